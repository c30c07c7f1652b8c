// One question's life: shown (get ready) → answering → closed (reveal), and the answers in between.
import { ErrorCode } from "../protocol";
import { phaseChangeEffects, refuse, unchanged, type Outcome } from "./effects";
import { emptyIdMap, idMapGet, idMapHas, idMapSet } from "./idmap";
import { judge, type Response } from "./responses";
import { scoreResponse } from "./scoring";
import type { Answer, Effect, GameState, Phase, Player, Round } from "./types";

/** Shows question `index` (answers still closed) and asks for the "open" timer; past the last → podium. */
export function showQuestion(state: GameState, index: number, now: number): Outcome {
  if (index >= state.questions.length) return endGame(state, now, "finished");
  const phase: Phase = { kind: "question", index, shownAt: now, opensAt: now + state.settings.getReadyMs };
  const round: Round = { questionId: state.questions[index].id, answers: emptyIdMap(), closedAt: null };
  // rounds[index] is created here; indices only grow, so this appends (the guard keeps it idempotent).
  const rounds = state.rounds.length > index ? state.rounds : [...state.rounds, round];
  return {
    state: { ...state, phase, rounds },
    effects: [
      ...phaseChangeEffects(phase),
      { type: "schedule", at: phase.opensAt, event: { type: "open", index } },
    ],
  };
}

/** Get-ready is over (timer or host skip): answers open now, for the question's full time limit. */
export function openAnswers(state: GameState, now: number): Outcome {
  if (state.phase.kind !== "question") return unchanged(state);
  const { index } = state.phase;
  const closesAt = now + state.questions[index].timeLimitSec * 1000;
  const phase: Phase = { kind: "answering", index, openedAt: now, closesAt };
  return {
    state: { ...state, phase },
    effects: [
      ...phaseChangeEffects(phase),
      // The deadline fires after the grace window, so answers in flight at closesAt still land.
      { type: "schedule", at: closesAt + state.settings.graceMs, event: { type: "deadline", index } },
    ],
  };
}

export function acceptAnswer(
  state: GameState,
  event: { playerId: string; questionIndex: number } & Response,
  now: number,
): Outcome {
  const player = state.players[event.playerId];
  if (!player) return refuse(state.kicked[event.playerId] ? ErrorCode.KICKED : ErrorCode.NOT_A_PLAYER);
  const phase = state.phase;
  if (phase.kind !== "answering" || phase.index !== event.questionIndex) return refuse(ErrorCode.WRONG_PHASE);
  const question = state.questions[phase.index];
  const judged = judge(question, event);
  if (typeof judged === "string") return refuse(judged);
  const round = state.rounds[phase.index];
  if (idMapHas(round.answers, player.id)) return refuse(ErrorCode.ALREADY_ANSWERED);
  if (now > phase.closesAt + state.settings.graceMs) return refuse(ErrorCode.TOO_LATE);

  const scored = scoreResponse({
    correct: judged.correct,
    questionPoints: question.points,
    timeLimitSec: question.timeLimitSec,
    elapsedMs: now - phase.openedAt,
    streakBefore: player.streak,
    streakBonusEnabled: state.settings.streakBonus,
  });
  const answer: Answer = { choice: judged.choice, text: judged.text, order: judged.order, at: now, ...scored };
  const rounds = replaceAt(state.rounds, phase.index, { ...round, answers: idMapSet(round.answers, player.id, answer) });
  const next: GameState = { ...state, rounds };
  // Only the host's count and this player's "locked in" screen changed: at 2,000 players,
  // re-sending everyone on every answer would be 4 million views per question.
  const effects: Effect[] = [
    { type: "persist", what: "answer", playerId: player.id, questionIndex: phase.index, questionId: question.id, answer },
    { type: "sendHost" },
    { type: "sendPlayers", playerIds: [player.id] },
  ];
  return withEarlyClose(next, effects, now);
}

/**
 * Closes the round (deadline, host skip, or everyone answered): points go to the scores now, not at
 * answer time — a score that jumped while answering would tell the player they were right.
 */
export function closeRound(state: GameState, now: number): Outcome {
  if (state.phase.kind !== "answering") return unchanged(state);
  const { index } = state.phase;
  const question = state.questions[index];
  const round = state.rounds[index];
  const players: Record<string, Player> = { ...state.players };
  const changed: string[] = [];
  // A 0-point question is a warm-up: it neither pays nor touches the streak, whatever the answer.
  if (question.points > 0) {
    for (const player of Object.values(state.players)) {
      const answer = idMapGet(round.answers, player.id);
      const updated =
        answer && answer.correct
          ? { ...player, score: player.score + answer.points, streak: player.streak + 1 }
          : player.streak === 0
            ? player
            : { ...player, streak: 0 };
      if (updated !== player) {
        players[player.id] = updated;
        changed.push(player.id);
      }
    }
  }
  const phase: Phase = { kind: "reveal", index };
  const rounds = replaceAt(state.rounds, index, { ...round, closedAt: now });
  const effects: Effect[] = [...phaseChangeEffects(phase)];
  if (changed.length > 0) effects.unshift({ type: "persist", what: "players", playerIds: changed });
  return { state: { ...state, players: changed.length > 0 ? players : state.players, rounds, phase }, effects };
}

/**
 * After anything that can leave every remaining player answered (an answer, a disconnect, a kick),
 * close the round at once rather than make the class wait for the timer.
 */
export function withEarlyClose(state: GameState, effects: Effect[], now: number): Outcome {
  if (!everyoneAnswered(state)) return { state, effects };
  const closed = closeRound(state, now);
  if ("error" in closed) return closed;
  return { state: closed.state, effects: [...effects, ...closed.effects] };
}

/**
 * Every connected player has answered. Needs at least one connected player: if the whole room drops
 * (a Wi-Fi blip), the round waits for its deadline instead of closing on a vacuous "all answered".
 */
export function everyoneAnswered(state: GameState): boolean {
  if (state.phase.kind !== "answering") return false;
  const answers = state.rounds[state.phase.index].answers;
  const connected = connectedCount(state.players);
  // Cheap necessary condition first (answers.size counts every answer ever given to this question, so it
  // is at least the number of connected players who answered): skips the scan for all but the last few.
  if (connected === 0 || answers.size < connected) return false;
  for (const player of Object.values(state.players)) {
    if (player.connected && !idMapHas(answers, player.id)) return false;
  }
  return true;
}

// The players record does not change while answers pour in, so its connected count is cached by
// identity (state is immutable) instead of being recounted over 2,000 players on every answer.
const connectedCounts = new WeakMap<object, number>();

function connectedCount(players: Readonly<Record<string, Player>>): number {
  let count = connectedCounts.get(players);
  if (count === undefined) {
    count = 0;
    for (const player of Object.values(players)) if (player.connected) count++;
    connectedCounts.set(players, count);
  }
  return count;
}

export function endGame(state: GameState, now: number, reason: "finished" | "ended"): Outcome {
  // A round cut short by "end" stays unscored (closedAt null): its answers are kept, but players who
  // had not answered yet would be punished for the host's click.
  const phase: Phase = { kind: "podium", endedAt: now, reason };
  return { state: { ...state, phase }, effects: phaseChangeEffects(phase) };
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = items.slice();
  copy[index] = item;
  return copy;
}
