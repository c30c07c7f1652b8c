// How handlers report back, and how their effects are tidied before leaving the engine.
import type { ErrorCode } from "../protocol";
import type { Effect, GameState, Phase } from "./types";

/** What a handler returns: a new state with effects, or a refusal. Handlers never throw for bad input. */
export type Outcome = { state: GameState; effects: Effect[] } | { error: ErrorCode };

export const refuse = (error: ErrorCode): Outcome => ({ error });

/** Accepted, nothing to do (stale timer, repeated disconnect, ...). */
export const unchanged = (state: GameState): Outcome => ({ state, effects: [] });

/** The usual bundle for a phase change: write the snapshot, then everyone needs a fresh view. */
export function phaseChangeEffects(phase: Phase): Effect[] {
  return [{ type: "persist", what: "phase", phase }, { type: "sendHost" }, { type: "sendAllPlayers" }];
}

/**
 * Handlers add effects freely (an answer that closes the round adds "send this player" and then
 * "send everyone"); this merges them so the adapter does each thing once, in a safe order:
 *   1. persist   — written before anyone is told, so a crash never shows clients a state that is lost;
 *   2. schedule  — timers;
 *   3. sends     — one sendHost; sendAllPlayers swallows any sendPlayers;
 *   4. disconnectPlayer last, so a kicked player's socket receives its "kicked" view before it closes.
 */
export function finalizeEffects(effects: readonly Effect[]): Effect[] {
  const persists: Effect[] = [];
  const schedules: Effect[] = [];
  const disconnects: Effect[] = [];
  let changedPlayers: Set<string> | null = null;
  let playersPersistAt = -1;
  let sendHost = false;
  let sendAll = false;
  const sendTo = new Set<string>();

  for (const effect of effects) {
    switch (effect.type) {
      case "persist":
        if (effect.what === "players") {
          // One "players" write with the union of ids, at the place the first one was asked for.
          if (!changedPlayers) {
            changedPlayers = new Set();
            playersPersistAt = persists.length;
            persists.push(effect);
          }
          for (const id of effect.playerIds) changedPlayers.add(id);
        } else {
          persists.push(effect);
        }
        break;
      case "schedule":
        schedules.push(effect);
        break;
      case "sendHost":
        sendHost = true;
        break;
      case "sendAllPlayers":
        sendAll = true;
        break;
      case "sendPlayers":
        for (const id of effect.playerIds) sendTo.add(id);
        break;
      case "disconnectPlayer":
        disconnects.push(effect);
        break;
    }
  }
  if (changedPlayers) persists[playersPersistAt] = { type: "persist", what: "players", playerIds: [...changedPlayers] };

  const sends: Effect[] = [];
  if (sendHost) sends.push({ type: "sendHost" });
  if (sendAll) sends.push({ type: "sendAllPlayers" });
  else if (sendTo.size > 0) sends.push({ type: "sendPlayers", playerIds: [...sendTo] });
  return [...persists, ...schedules, ...sends, ...disconnects];
}
