// The game engine's public surface. Pure: the adapter (server/realtime) owns sockets, timers and the database.
//
// Adapter loop, per game:
//   const { state, effects, error } = reduce(current, event, Date.now());
//   current = state;  // on error, state is the input unchanged and effects is empty: just ack the error
//   for (const e of effects) perform(e);  // already merged and ordered: persist → schedule → send → disconnect
// - schedule: setTimeout until `at`, then reduce(current, e.event, now). Never cancel timers: a timer for a
//   question that has moved on is ignored by the engine. After a restart, pendingTimers(restored) re-arms.
// - sendHost / sendPlayers / sendAllPlayers: build hostView / playerView at send time (ranks are cached).
//   sendAllPlayers includes kicked ids still connected (their view is { phase: "kicked" }).
// - playerView throws for an id the engine never accepted; check playerStatus() for ids from outside.
export { createGame, reduce, pendingTimers } from "./reduce";
export { hostView, playerView, playerStatus, questionFace, LEADERBOARD_SIZE, type PlayerStatus } from "./views";
export { standings, type Standing, type Standings } from "./ranking";
export { timedPoints, streakBonus, scoreAnswer } from "./scoring";
export { emptyIdMap, idMapEntries, idMapGet, idMapHas, type IdMap } from "./idmap";
export * from "./types";
export { snapshotOf, restoreState, type GameSnapshot, type StoredAnswer, type StoredPlayer } from "./restore";
