// The only way state leaves the engine. Views are built field by field from protocol types — never by
// spreading engine objects — so the key (EngineQuestion.correct, Answer.correct) cannot slip into a
// player's screen before the reveal. Every view is computed from (state, now) alone, so a client that
// reconnects, or missed a message, is whole again after one view.
import type { HostView, OfflinePlayers, PlayerResult, PlayerSummary, PlayerView, QuestionFace, RankedPlayer } from "../protocol";
import { idMapEntries, idMapGet, idMapHas } from "./idmap";
import { standings, type Standing } from "./ranking";
import { acceptedAnswers, correctOptions, displayIndexOf, visibleOptions } from "./responses";
import { assertNever, type GameState, type Player } from "./types";

/** How many players the host's between-questions leaderboard shows. */
export const LEADERBOARD_SIZE = 5;

export type PlayerStatus = "active" | "kicked" | "unknown";

/** Lets the adapter check an id before asking for its view (playerView throws for unknown ids). */
export function playerStatus(state: GameState, playerId: string): PlayerStatus {
  if (state.players[playerId]) return "active";
  if (state.kicked[playerId]) return "kicked";
  return "unknown";
}

export function hostView(state: GameState, now: number): HostView {
  const { pin } = state;
  const phase = state.phase;
  const playerCount = activeCount(state);
  switch (phase.kind) {
    case "lobby":
      return {
        phase: "lobby",
        pin,
        players: lobbyOrder(state).map(
          (p): PlayerSummary => ({ id: p.id, nickname: p.nickname, connected: p.connected }),
        ),
        quizTitle: state.quizTitle,
        totalQuestions: state.questions.length,
        locked: state.locked,
        maxPlayers: state.settings.maxPlayers,
      };
    case "question":
      return {
        phase: "question",
        pin,
        question: questionFace(state, phase.index),
        opensInMs: msUntil(phase.opensAt, now),
        playerCount,
        offline: offlinePlayers(state),
      };
    case "answering":
      return {
        phase: "answering",
        pin,
        question: questionFace(state, phase.index),
        remainingMs: msUntil(phase.closesAt, now),
        answeredCount: activeAnswerCount(state, phase.index),
        playerCount,
        offline: offlinePlayers(state),
      };
    case "reveal": {
      const question = state.questions[phase.index];
      const answers = activeAnswers(state, phase.index);
      const counts = question.type === "mc" || question.type === "tf" ? question.options.map(() => 0) : [];
      for (const answer of answers) if (answer.choice !== null && counts.length) counts[displayIndexOf(question, answer.choice)]++;
      return {
        phase: "reveal",
        pin,
        question: questionFace(state, phase.index),
        correctOptions: correctOptions(question),
        acceptedAnswers: acceptedAnswers(question),
        counts,
        correctCount: answers.filter((a) => a.correct).length,
        answeredCount: answers.length,
        playerCount,
        sourceSentence: question.sourceSentence,
        explanation: question.explanation,
      };
    }
    case "leaderboard":
      return {
        phase: "leaderboard",
        pin,
        index: phase.index,
        total: state.questions.length,
        top: standings(state.players).ordered.slice(0, LEADERBOARD_SIZE).map(toRankedPlayer),
        isLast: phase.index >= state.questions.length - 1,
      };
    case "podium":
      return {
        phase: "podium",
        pin,
        ranking: standings(state.players).ordered.map(toRankedPlayer),
        endedEarly: phase.reason === "ended",
      };
    default:
      return assertNever(phase);
  }
}

/**
 * A player's view. A kicked player gets `{ phase: "kicked" }`. An id the game never saw THROWS: the
 * adapter only holds ids the engine accepted, so this is a bug to surface, not a screen to show
 * (use playerStatus() first when the id comes from outside, e.g. a resume request).
 */
export function playerView(state: GameState, playerId: string, now: number): PlayerView {
  const player = state.players[playerId];
  if (!player) {
    const kicked = state.kicked[playerId];
    if (kicked) return { phase: "kicked", nickname: kicked.nickname };
    throw new Error(`playerView: unknown player id ${JSON.stringify(playerId)}`);
  }
  const { nickname, score } = player;
  const phase = state.phase;
  switch (phase.kind) {
    case "lobby":
      return { phase: "lobby", nickname, quizTitle: state.quizTitle };
    case "question":
      return {
        phase: "question",
        nickname,
        question: questionFace(state, phase.index),
        opensInMs: msUntil(phase.opensAt, now),
        score,
      };
    case "answering": {
      const answer = idMapGet(state.rounds[phase.index].answers, playerId);
      return {
        phase: "answering",
        nickname,
        question: questionFace(state, phase.index),
        remainingMs: msUntil(phase.closesAt, now),
        answered: answer !== undefined,
        choice: answer && answer.choice !== null ? displayIndexOf(state.questions[phase.index], answer.choice) : null,
        text: answer ? answer.text : null,
        order: answer ? answer.order : null,
        score, // unchanged by the answer until the close: a jump would give the key away
      };
    }
    case "reveal": {
      const standing = standingOf(state, playerId);
      return {
        phase: "reveal",
        nickname,
        index: phase.index,
        total: state.questions.length,
        question: questionFace(state, phase.index),
        result: playerResult(state, phase.index, playerId),
        streak: player.streak,
        score,
        rank: standing.rank,
        playerCount: activeCount(state),
      };
    }
    case "leaderboard": {
      const standing = standingOf(state, playerId);
      return {
        phase: "leaderboard",
        nickname,
        score,
        rank: standing.rank,
        streak: player.streak,
        playerCount: activeCount(state),
      };
    }
    case "podium": {
      const standing = standingOf(state, playerId);
      return {
        phase: "podium",
        nickname,
        score,
        rank: standing.rank,
        playerCount: activeCount(state),
        endedEarly: phase.reason === "ended",
      };
    }
    default:
      return assertNever(phase);
  }
}

/** The question without its key: only the fields QuestionFace declares, picked one by one. */
export function questionFace(state: GameState, index: number): QuestionFace {
  const q = state.questions[index];
  return {
    index,
    total: state.questions.length,
    type: q.type,
    prompt: q.prompt,
    options: visibleOptions(q),
    timeLimitSec: q.timeLimitSec,
    points: q.points,
  };
}

function playerResult(state: GameState, index: number, playerId: string): PlayerResult {
  const question = state.questions[index];
  const key = { correctOptions: correctOptions(question), acceptedAnswers: acceptedAnswers(question) };
  const answer = idMapGet(state.rounds[index].answers, playerId);
  if (!answer) return { answered: false, choice: null, text: null, order: null, correct: false, pointsEarned: 0, ...key };
  const { text, order, correct, points } = answer;
  const choice = answer.choice === null ? null : displayIndexOf(question, answer.choice);
  return { answered: true, choice, text, order, correct, pointsEarned: points, ...key };
}

/** Answers of players still in the game: a kicked player's answer leaves the counts with them. */
function activeAnswers(state: GameState, index: number) {
  return idMapEntries(state.rounds[index].answers)
    .filter(([id]) => state.players[id] !== undefined)
    .map(([, answer]) => answer);
}

/** Same count as activeAnswers().length without a scan: the host view is rebuilt on every answer. */
function activeAnswerCount(state: GameState, index: number): number {
  const answers = state.rounds[index].answers;
  let kickedWithAnswer = 0;
  for (const id of Object.keys(state.kicked)) if (idMapHas(answers, id)) kickedWithAnswer++;
  return answers.size - kickedWithAnswer;
}

function standingOf(state: GameState, playerId: string): Standing {
  const standing = standings(state.players).byId.get(playerId);
  if (!standing) throw new Error(`no standing for ${playerId}`); // unreachable: caller checked players
  return standing;
}

function toRankedPlayer(s: Standing): RankedPlayer {
  return { nickname: s.nickname, score: s.score, rank: s.rank, streak: s.streak };
}

/** Join order, as the lobby screen lists players (record key order is not reliable for numeric ids). */
function lobbyOrder(state: GameState): Player[] {
  return Object.values(state.players).sort((a, b) => a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Non-kicked players, connected or not (they keep their seat and score). Cached with the standings. */
function activeCount(state: GameState): number {
  return standings(state.players).ordered.length;
}

/** Shown on the projector so the teacher can tell a student "your phone dropped": names capped for the screen. */
const OFFLINE_NAMES_SHOWN = 8;
function offlinePlayers(state: GameState): OfflinePlayers {
  const names: string[] = [];
  let count = 0;
  for (const p of Object.values(state.players)) {
    if (p.connected) continue;
    count++;
    if (names.length < OFFLINE_NAMES_SHOWN) names.push(p.nickname);
  }
  return { count, names };
}

function msUntil(at: number, now: number): number {
  return Math.max(0, at - now);
}
