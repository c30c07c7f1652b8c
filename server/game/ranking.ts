// Standings: score descending, ties share a rank ("1, 2, 2, 4"), ties listed by nickname so the
// screen does not reshuffle between frames.
import type { Player } from "./types";

export interface Standing {
  id: string;
  nickname: string;
  score: number;
  streak: number;
  rank: number;
}

export interface Standings {
  ordered: readonly Standing[];
  byId: ReadonlyMap<string, Standing>;
}

// sendAllPlayers builds one view per player (2,000 at most), each needing its rank. State is immutable,
// so the players record is a safe cache key: sort once per roster/score change, not once per view.
const cache = new WeakMap<object, Standings>();

export function standings(players: Readonly<Record<string, Player>>): Standings {
  const cached = cache.get(players);
  if (cached) return cached;
  const sorted = Object.values(players).sort(compareForRanking);
  const ordered: Standing[] = [];
  sorted.forEach((p, i) => {
    const previous = ordered[i - 1];
    // Competition ranking: equal score → same rank as the one above; otherwise position + 1.
    const rank = previous && previous.score === p.score ? previous.rank : i + 1;
    ordered.push({ id: p.id, nickname: p.nickname, score: p.score, streak: p.streak, rank });
  });
  const result: Standings = { ordered, byId: new Map(ordered.map((s) => [s.id, s])) };
  cache.set(players, result);
  return result;
}

function compareForRanking(a: Player, b: Player): number {
  if (a.score !== b.score) return b.score - a.score;
  // Plain code-unit comparison, not localeCompare: identical order on every server and client locale.
  const an = a.nickname.toLowerCase();
  const bn = b.nickname.toLowerCase();
  if (an !== bn) return an < bn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
