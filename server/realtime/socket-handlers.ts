// Socket.io → engine. Validates every inbound event (zod), maps the socket to its role and seat, and
// answers each command with an ack. No game rule lives here: the engine decides, this only relays.
import crypto from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Server, Socket } from "socket.io";
import { z } from "zod";
import {
  ERROR_MESSAGES,
  hostAttachSchema,
  hostKickSchema,
  hostLockSchema,
  playerAnswerSchema,
  playerJoinSchema,
  playerResumeSchema,
  type Ack,
  type ClientToServerEvents,
  type ErrorCode,
  type ServerToClientEvents,
  type SocketData,
} from "../protocol";
import type { GameEvent } from "../game";
import { clientAddress, RateLimiter } from "./guards";
import { checkNickname } from "./nickname";
import { hostRoom, playerRoom, type GameRegistry, type LiveGame } from "./registry";
import { hashToken, newToken, tokenMatches } from "./tokens";

type IO = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type GameSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const empty = z.object({});

const fail = (code: ErrorCode, message = ERROR_MESSAGES[code]): Ack<never> => ({ ok: false, code, message });

/** Wraps a handler: validates the payload, guarantees exactly one ack, never lets an exception escape. */
function command<S extends z.ZodType, R extends object>(
  schema: S,
  run: (msg: z.infer<S>) => Promise<Ack<R>> | Ack<R>,
) {
  return async (msg: unknown, ack: unknown) => {
    const reply = typeof ack === "function" ? (ack as (res: Ack<R>) => void) : () => {};
    const parsed = schema.safeParse(msg ?? {});
    if (!parsed.success) return reply(fail("BAD_REQUEST", parsed.error.issues[0]?.message ?? ERROR_MESSAGES.BAD_REQUEST));
    try {
      reply(await run(parsed.data));
    } catch (err) {
      console.error("[realtime]", err);
      reply(fail("INTERNAL"));
    }
  };
}

/** Failed PIN or seat guesses allowed per address per minute. */
export const JOIN_FAILURES_PER_MINUTE = 10;

/**
 * `signedInTeacher` reads the teacher session from the socket's handshake (its cookie): host controls
 * need both the game's host token and the session of the teacher who opened the game.
 */
export function attachRealtime(
  io: IO,
  registry: GameRegistry,
  signedInTeacher: (req: IncomingMessage) => Promise<string | null>,
  clock: () => number = Date.now,
): void {
  const guesses = new RateLimiter(JOIN_FAILURES_PER_MINUTE, 60_000, clock);
  io.on("connection", (socket: GameSocket) => {
    const address = clientAddress(socket.request);
    /** Looks up a game for a join or resume; unknown PINs count against the address's guesses. */
    const findGame = (pin: string): LiveGame | Ack<never> => {
      if (!guesses.allow(address)) return fail("RATE_LIMITED");
      const game = registry.get(pin);
      if (!game) {
        guesses.record(address);
        return fail("GAME_NOT_FOUND");
      }
      return game;
    };
    const hostGame = (): LiveGame | null => {
      const { role, pin } = socket.data;
      return role === "host" && pin ? (registry.get(pin) ?? null) : null;
    };
    const hostCommand = (event: GameEvent | ((game: LiveGame) => GameEvent)) => (): Ack => {
      const game = hostGame();
      if (!game) return fail("NOT_THE_HOST");
      const result = registry.dispatch(game, typeof event === "function" ? event(game) : event);
      return result.error ? fail(result.error) : { ok: true };
    };

    socket.on(
      "host:attach",
      command(hostAttachSchema, async ({ pin, hostToken }) => {
        const game = registry.get(pin);
        if (!game) return fail("GAME_NOT_FOUND");
        if (!tokenMatches(hostToken, game.hostTokenHash)) return fail("NOT_THE_HOST");
        if (game.teacherId && (await signedInTeacher(socket.request)) !== game.teacherId) return fail("NOT_THE_HOST");
        socket.data = { role: "host", pin };
        void socket.join(hostRoom(pin));
        registry.emitHost(game, socket.id);
        return { ok: true };
      }),
    );
    socket.on("host:start", command(empty, hostCommand({ type: "start" })));
    socket.on("host:next", command(empty, hostCommand({ type: "next" })));
    socket.on("host:skip", command(empty, hostCommand({ type: "skip" })));
    socket.on("host:end", command(empty, hostCommand({ type: "end" })));
    socket.on(
      "host:kick",
      command(hostKickSchema, ({ playerId }) => hostCommand({ type: "kick", playerId })()),
    );
    socket.on(
      "host:lock",
      command(hostLockSchema, ({ locked }) => hostCommand({ type: "lock", locked })()),
    );

    socket.on(
      "player:join",
      command(playerJoinSchema, ({ pin, nickname: raw }) => {
        const game = findGame(pin);
        if ("ok" in game) return game;
        const checked = checkNickname(raw);
        if (!checked.ok) return fail(checked.reason === "offensive" ? "NICKNAME_OFFENSIVE" : "NICKNAME_INVALID");
        const nickname = checked.nickname;
        const playerId = crypto.randomUUID();
        const resumeToken = newToken();
        game.resumeTokenHashes.set(playerId, hashToken(resumeToken));
        const result = registry.dispatch(game, { type: "join", playerId, nickname });
        if (result.error) {
          game.resumeTokenHashes.delete(playerId);
          return fail(result.error);
        }
        seat(game, playerId);
        return { ok: true, playerId, resumeToken, nickname };
      }),
    );

    socket.on(
      "player:resume",
      command(playerResumeSchema, ({ pin, playerId, resumeToken }) => {
        const game = findGame(pin);
        if ("ok" in game) return game;
        const hash = game.resumeTokenHashes.get(playerId);
        if (!hash || !tokenMatches(resumeToken, hash)) {
          guesses.record(address);
          return fail("NOT_A_PLAYER");
        }
        if (game.state.kicked[playerId]) return fail("KICKED");
        const result = registry.dispatch(game, { type: "reconnect", playerId });
        if (result.error) return fail(result.error);
        seat(game, playerId);
        return { ok: true, nickname: game.state.players[playerId]?.nickname ?? "" };
      }),
    );

    socket.on(
      "player:answer",
      command(playerAnswerSchema, async ({ questionIndex, choice, text, order }) => {
        const { role, pin, playerId } = socket.data;
        const game = role === "player" && pin && playerId ? registry.get(pin) : undefined;
        if (!game || !playerId) return fail("NOT_A_PLAYER");
        const result = registry.dispatch(game, { type: "answer", playerId, questionIndex, choice, text, order });
        if (result.error) return fail(result.error);
        await result.stored; // acknowledged only once stored
        return { ok: true };
      }),
    );

    socket.on("disconnect", () => {
      const { role, pin, playerId } = socket.data;
      if (role !== "player" || !pin || !playerId) return;
      const game = registry.get(pin);
      if (!game) return;
      // A player may have a second tab or a fresh socket already: only the last one leaving disconnects the seat.
      const stillThere = io.sockets.adapter.rooms.get(playerRoom(pin, playerId))?.size ?? 0;
      if (stillThere === 0) registry.dispatch(game, { type: "disconnect", playerId });
    });

    function seat(game: LiveGame, playerId: string) {
      socket.data = { role: "player", pin: game.pin, playerId };
      void socket.join(playerRoom(game.pin, playerId));
      registry.sendPlayer(game, playerId, undefined, socket.id);
    }
  });
}
