// Who is in the game: joining, dropping, coming back, being kicked.
import { ErrorCode } from "../protocol";
import { refuse, unchanged, type Outcome } from "./effects";
import { withEarlyClose } from "./rounds";
import type { Effect, GameState, Player } from "./types";

export function join(state: GameState, event: { playerId: string; nickname: string }, now: number): Outcome {
  if (state.phase.kind !== "lobby") return refuse(ErrorCode.GAME_ALREADY_STARTED);
  if (state.locked) return refuse(ErrorCode.GAME_LOCKED);
  if (state.kicked[event.playerId]) return refuse(ErrorCode.KICKED);
  // Ids are minted by the adapter; a repeated id is a bug there, not a second seat.
  if (state.players[event.playerId]) return refuse(ErrorCode.BAD_REQUEST);
  if (nicknameTaken(state, event.nickname)) return refuse(ErrorCode.NICKNAME_TAKEN);
  if (Object.keys(state.players).length >= state.settings.maxPlayers) return refuse(ErrorCode.GAME_FULL);

  const player: Player = {
    id: event.playerId,
    nickname: event.nickname,
    connected: true,
    score: 0,
    streak: 0,
    joinedAt: now,
  };
  return {
    state: { ...state, players: { ...state.players, [player.id]: player } },
    effects: [
      { type: "persist", what: "players", playerIds: [player.id] },
      { type: "sendHost" },
      { type: "sendPlayers", playerIds: [player.id] },
    ],
  };
}

/**
 * Case-insensitive ("Ana" = "ANA"). Kicked players keep their nickname: the host removed that name
 * for a reason, and the database keeps it unique per game too. The caller has already normalised it.
 */
/** The host locks or unlocks the lobby; only the host's screen changes. */
export function lock(state: GameState, locked: boolean): Outcome {
  if (state.phase.kind === "podium") return refuse(ErrorCode.GAME_OVER);
  if (state.locked === locked) return unchanged(state);
  return { state: { ...state, locked }, effects: [{ type: "sendHost" }] };
}

export function nicknameTaken(state: GameState, nickname: string): boolean {
  const wanted = nickname.toLowerCase();
  const clash = (p: Player) => p.nickname.toLowerCase() === wanted;
  return Object.values(state.players).some(clash) || Object.values(state.kicked).some(clash);
}

export function disconnect(state: GameState, playerId: string, now: number): Outcome {
  // A kicked player's socket closing is expected (we closed it): nothing to report.
  if (state.kicked[playerId]) return unchanged(state);
  const player = state.players[playerId];
  if (!player) return refuse(ErrorCode.UNKNOWN_PLAYER);
  if (!player.connected) return unchanged(state);

  const next = setPlayer(state, { ...player, connected: false });
  // The host screen names who is offline (lobby chips, the "Offline:" line during a question); the host
  // frame is throttled, so a classroom-wide Wi-Fi drop still costs a few frames, not one per phone.
  const effects: Effect[] = [{ type: "sendHost" }];
  // And if this player was the last one the round was waiting for, the round closes.
  return withEarlyClose(next, effects, now);
}

/** The player's seat, score and answers are kept while away; coming back just needs a fresh view. */
export function reconnect(state: GameState, playerId: string): Outcome {
  if (state.kicked[playerId]) return refuse(ErrorCode.KICKED);
  const player = state.players[playerId];
  if (!player) return refuse(ErrorCode.UNKNOWN_PLAYER);

  // Always send the player's view: the new socket has nothing yet, even if we never saw it drop.
  const effects: Effect[] = [{ type: "sendPlayers", playerIds: [playerId] }];
  if (player.connected) return { state, effects };
  effects.push({ type: "sendHost" });
  return { state: setPlayer(state, { ...player, connected: true }), effects };
}

export function kick(state: GameState, playerId: string, now: number): Outcome {
  if (state.kicked[playerId]) return unchanged(state); // a double click on "kick" is not an error
  const player = state.players[playerId];
  if (!player) return refuse(ErrorCode.UNKNOWN_PLAYER);

  const players = { ...state.players };
  delete players[playerId];
  const kicked = { ...state.kicked, [playerId]: { ...player, connected: false, kicked: true as const } };
  const next: GameState = { ...state, players, kicked };

  const effects: Effect[] = [
    { type: "persist", what: "players", playerIds: [playerId] },
    { type: "sendHost" },
    { type: "sendPlayers", playerIds: [playerId] }, // their "kicked" screen, before the socket closes
    { type: "disconnectPlayer", playerId, reason: "kicked" },
  ];
  // Once standings are on screen, everyone's rank and the player count may have moved.
  const phase = state.phase.kind;
  if (phase === "reveal" || phase === "leaderboard" || phase === "podium") effects.push({ type: "sendAllPlayers" });
  return withEarlyClose(next, effects, now);
}

function setPlayer(state: GameState, player: Player): GameState {
  return { ...state, players: { ...state.players, [player.id]: player } };
}
