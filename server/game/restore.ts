// Surviving a restart. A snapshot is the state without the answers (those are stored one row each as
// they are accepted, and acknowledged only once stored); restoring puts the stored answers back and
// resumes the game at the same question. A question that was showing or open when the server died is
// shown again from "get ready" with its full time: players who had answered keep their answer (and
// cannot answer twice), the others get a fair window. Everyone starts disconnected until they return.
import { emptyIdMap, idMapSet } from "./idmap";
import { showQuestion } from "./rounds";
import { DEFAULT_SETTINGS, type Answer, type GameState, type Player, type Round } from "./types";

/** What is written at each phase change: small and independent of how many answers there are. */
export type GameSnapshot = Omit<GameState, "rounds"> & { rounds: Omit<Round, "answers">[] };

export function snapshotOf(state: GameState): GameSnapshot {
  return { ...state, rounds: state.rounds.map(({ questionId, closedAt }) => ({ questionId, closedAt })) };
}

export interface StoredAnswer {
  playerId: string;
  questionIndex: number;
  answer: Answer;
}

export interface StoredPlayer {
  id: string;
  nickname: string;
  joinedAt: number;
  kicked: boolean;
}

/**
 * Rebuilds a live state from its last snapshot plus what was stored after it: answers, and players who
 * joined the lobby since (joins do not change the phase, so they are not in the snapshot).
 */
export function restoreState(snapshot: GameSnapshot, answers: StoredAnswer[], players: StoredPlayer[], now: number): GameState {
  const active: Record<string, Player> = {};
  for (const p of Object.values(snapshot.players)) active[p.id] = { ...p, connected: false };
  const kicked: Record<string, Player> = { ...snapshot.kicked };
  for (const p of players) {
    if (p.kicked) {
      delete active[p.id];
      kicked[p.id] ??= { id: p.id, nickname: p.nickname, connected: false, score: 0, streak: 0, joinedAt: p.joinedAt, kicked: true };
    } else if (!active[p.id] && !kicked[p.id]) {
      active[p.id] = { id: p.id, nickname: p.nickname, connected: false, score: 0, streak: 0, joinedAt: p.joinedAt };
    }
  }
  const rounds: Round[] = snapshot.rounds.map((r) => ({ ...r, answers: emptyIdMap<Answer>() }));
  for (const a of answers) {
    const round = rounds[a.questionIndex];
    if (round) rounds[a.questionIndex] = { ...round, answers: idMapSet(round.answers, a.playerId, a.answer) };
  }
  // Fields added after a snapshot was written get their defaults (a server upgraded between the two).
  const settings = { ...DEFAULT_SETTINGS, ...snapshot.settings };
  const state: GameState = { ...snapshot, settings, locked: snapshot.locked ?? false, players: active, kicked, rounds };
  const phase = state.phase;
  if (phase.kind === "question" || phase.kind === "answering") {
    const resumed = showQuestion(state, phase.index, now);
    if ("state" in resumed) return resumed.state;
  }
  return state;
}
