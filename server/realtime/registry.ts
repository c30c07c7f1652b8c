// The live games in this process. Each holds the engine state; every event goes through `dispatch`,
// which runs the pure reducer and then performs its effects: views to sockets, timers, database writes.
import crypto from "node:crypto";
import type { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from "../protocol";
import type { Db } from "../db/client";
import { activePins, insertGame, loadResumableGames } from "../db/games";
import { toQuestionInput } from "../db/quizzes";
import {
  DEFAULT_SETTINGS,
  createGame,
  hostView,
  pendingTimers,
  restoreState,
  snapshotOf,
  type GameSnapshot,
  playerView,
  reduce,
  standings,
  type Effect,
  type EngineQuestion,
  type GameEvent,
  type GameSettings,
  type GameState,
  type ReduceResult,
} from "../game";
import { GamePersister } from "./persister";
import { hashToken, newPin, newToken } from "./tokens";

type IO = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const hostRoom = (pin: string) => `host:${pin}`;
export const playerRoom = (pin: string, playerId: string) => `player:${pin}:${playerId}`;

/** The host screen is redrawn at most this often: at 2,000 players, one frame per answer would flood it. */
const HOST_FRAME_MS = 50;
/** Finished games stay reachable (podium, late reconnects) for this long, then leave memory. */
const FINISHED_TTL_MS = 30 * 60_000;

export interface LiveGame {
  gameId: string;
  /** The teacher who opened it: only they may drive it (with the host token from the same session). */
  teacherId: string | null;
  pin: string;
  state: GameState;
  hostTokenHash: string;
  resumeTokenHashes: Map<string, string>;
  timers: Set<NodeJS.Timeout>;
  hostFrame: NodeJS.Timeout | null;
  hostDirty: boolean;
  persister: GamePersister;
}

export class GameNotPlayable extends Error {}

/** A random display order for an ordering question, never the true order (that would give it away). */
export function shuffledOrder(n: number, randomInt: (max: number) => number = crypto.randomInt): number[] {
  const identity = Array.from({ length: n }, (_, i) => i);
  if (n < 2) return identity;
  for (;;) {
    const order = [...identity];
    for (let i = n - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    if (order.some((v, i) => v !== i)) return order;
  }
}

export class GameRegistry {
  private games = new Map<string, LiveGame>();

  constructor(
    private readonly db: Db,
    private readonly io: IO,
    private readonly clock: () => number = Date.now,
    private readonly settingsOverride: Partial<GameSettings> = {},
  ) {}

  get(pin: string): LiveGame | undefined {
    return this.games.get(pin);
  }

  /** Snapshots the quiz's questions into a new game in the lobby; returns its PIN and the host's secret. */
  async create(quizId: string, streakBonus: boolean, teacherId: string | null): Promise<{ pin: string; hostToken: string }> {
    const quiz = await this.db.quiz.findUnique({ where: { id: quizId }, include: { questions: { orderBy: { position: "asc" } } } });
    if (!quiz) throw new GameNotPlayable("That quiz does not exist (it may have been deleted).");
    if (!quiz.questions.length) throw new GameNotPlayable("This quiz has no questions yet. Add at least one before hosting.");
    const questions: EngineQuestion[] = quiz.questions.map((row) => {
      const q = toQuestionInput(row);
      // Shuffled per game (true/false keeps its familiar order): a shared screenshot of one game, or
      // "it's always the second one", tells nothing about another.
      const shuffled = q.type === "order" || q.type === "mc" ? { displayOrder: shuffledOrder(q.options.length) } : {};
      return { ...q, ...shuffled, sourceSentence: q.sourceSentence ?? null, explanation: q.explanation ?? null };
    });
    const stored = await activePins(this.db);
    const pin = newPin((p) => this.games.has(p) || stored.has(p));
    const hostToken = newToken();
    const hostTokenHash = hashToken(hostToken);
    const state = createGame({ pin, quizTitle: quiz.title, questions, settings: { ...DEFAULT_SETTINGS, ...this.settingsOverride, streakBonus } });
    const snapshot = JSON.stringify(snapshotOf(state));
    const gameId = await insertGame(this.db, { pin, quizId, quizTitle: quiz.title, streakBonus, hostTokenHash, questions, snapshot, teacherId });
    this.games.set(pin, this.liveGame(gameId, state, hostTokenHash, new Map(), teacherId));
    return { pin, hostToken };
  }

  private liveGame(
    gameId: string,
    state: GameState,
    hostTokenHash: string,
    resumeTokenHashes: Map<string, string>,
    teacherId: string | null,
  ): LiveGame {
    return {
      gameId,
      teacherId,
      pin: state.pin,
      state,
      hostTokenHash,
      resumeTokenHashes,
      timers: new Set(),
      hostFrame: null,
      hostDirty: false,
      persister: new GamePersister(this.db),
    };
  }

  /**
   * After a restart (or a crash): brings back every unfinished live game from its last snapshot and its
   * stored answers, re-arms its timer, and waits for the host and players to reconnect with their tokens.
   */
  async restore(maxAgeMs = 24 * 3600_000): Promise<number> {
    const now = this.clock();
    const rows = await loadResumableGames(this.db, new Date(now - maxAgeMs));
    for (const row of rows) {
      if (this.games.has(row.pin)) continue;
      const answers = row.answers.map((a) => ({
        playerId: a.playerId,
        questionIndex: a.questionIndex,
        answer: {
          choice: a.choice,
          text: a.text,
          order: (a.order as number[] | null) ?? null,
          at: a.answeredAt.getTime(),
          elapsedMs: a.elapsedMs,
          correct: a.correct,
          points: a.points,
          bonus: 0, // only the total is stored; the split is a reporting detail
        },
      }));
      const players = row.players.map((p) => ({ id: p.id, nickname: p.nickname, joinedAt: p.joinedAt.getTime(), kicked: p.kicked }));
      const state = restoreState(row.snapshot as unknown as GameSnapshot, answers, players, now);
      const tokens = new Map(row.players.map((p) => [p.id, p.resumeTokenHash]));
      const game = this.liveGame(row.id, state, row.hostTokenHash, tokens, row.teacherId);
      this.games.set(row.pin, game);
      for (const effect of pendingTimers(state)) this.perform(game, effect, now);
    }
    return rows.length;
  }

  /**
   * Runs one event. Views and timers happen now; `stored` resolves when the answer this event accepted
   * (if any) is durable: an answer is acknowledged only then. Other writes (a round's scores, the
   * snapshot) go on in order, but the answer that closed a round does not wait for them.
   */
  dispatch(game: LiveGame, event: GameEvent): ReduceResult & { stored: Promise<void> } {
    const now = this.clock();
    const result = reduce(game.state, event, now);
    if (result.error) return { ...result, stored: Promise.resolve() };
    game.state = result.state;
    const answerWrites: Promise<void>[] = [];
    for (const effect of result.effects) {
      const write = this.perform(game, effect, now);
      if (write && effect.type === "persist" && effect.what === "answer") answerWrites.push(write);
      else write?.catch(() => {}); // logged by the persister; nothing waits on it
    }
    return { ...result, stored: Promise.all(answerWrites).then(() => {}) };
  }

  private perform(game: LiveGame, effect: Effect, now: number): Promise<void> | void {
    switch (effect.type) {
      case "sendHost":
        return this.scheduleHostFrame(game);
      case "sendPlayers":
        for (const id of effect.playerIds) this.sendPlayer(game, id, now);
        return;
      case "sendAllPlayers":
        for (const id of Object.keys(game.state.players)) this.sendPlayer(game, id, now);
        return;
      case "schedule": {
        const timer = setTimeout(() => {
          game.timers.delete(timer);
          this.dispatch(game, effect.event);
        }, Math.max(0, effect.at - now));
        game.timers.add(timer);
        return;
      }
      case "disconnectPlayer": {
        // The engine has already sent the "kicked" view; the seat's sockets now leave its room.
        this.io.in(playerRoom(game.pin, effect.playerId)).socketsLeave(playerRoom(game.pin, effect.playerId));
        return;
      }
      case "persist":
        return this.persist(game, effect, now);
    }
  }

  private persist(game: LiveGame, effect: Extract<Effect, { type: "persist" }>, now: number): Promise<void> {
    switch (effect.what) {
      case "answer":
        return game.persister.saveAnswer({
          gameId: game.gameId,
          playerId: effect.playerId,
          questionId: effect.questionId,
          questionIndex: effect.questionIndex,
          choice: effect.answer.choice,
          text: effect.answer.text,
          order: effect.answer.order,
          correct: effect.answer.correct,
          elapsedMs: effect.answer.elapsedMs,
          points: effect.answer.points,
          answeredAt: new Date(effect.answer.at),
        });
      case "players": {
        const ranks = standings(game.state.players).byId;
        const rows = effect.playerIds.flatMap((id) => {
          const p = game.state.players[id] ?? game.state.kicked[id];
          if (!p) return [];
          return [{
            id,
            gameId: game.gameId,
            nickname: p.nickname,
            resumeTokenHash: game.resumeTokenHashes.get(id) ?? "",
            score: p.score,
            streak: p.streak,
            rank: ranks.get(id)?.rank ?? null,
            kicked: Boolean(game.state.kicked[id]),
          }];
        });
        return game.persister.savePlayers(rows);
      }
      case "phase": {
        const kind = effect.phase.kind;
        const status = kind === "lobby" ? "lobby" : kind === "podium" ? "finished" : "running";
        if (kind === "podium") {
          this.retire(game);
          // Final ranks for everyone: a player whose score did not change may still have moved.
          void this.persist(game, { type: "persist", what: "players", playerIds: Object.keys(game.state.players) }, now);
        }
        // Opening answers changes nothing a restart needs (a question that was showing or open is shown
        // again from "get ready"), and it is the busiest moment: answers must not queue behind a snapshot.
        if (kind === "answering") return Promise.resolve();
        const firstQuestion = kind === "question" && effect.phase.index === 0 && game.state.rounds.length === 1;
        const snapshot = JSON.stringify(snapshotOf(game.state));
        return game.persister.saveSnapshot(game.gameId, status, snapshot, new Date(now), firstQuestion);
      }
    }
  }

  /** Sends at once, then at most one more frame per HOST_FRAME_MS carrying whatever changed meanwhile. */
  private scheduleHostFrame(game: LiveGame): void {
    if (game.hostFrame) {
      game.hostDirty = true;
      return;
    }
    this.emitHost(game);
    game.hostFrame = setTimeout(() => {
      game.hostFrame = null;
      if (game.hostDirty) {
        game.hostDirty = false;
        this.scheduleHostFrame(game);
      }
    }, HOST_FRAME_MS);
  }

  emitHost(game: LiveGame, to: string = hostRoom(game.pin)): void {
    this.io.to(to).emit("game:host", hostView(game.state, this.clock()));
  }

  sendPlayer(game: LiveGame, playerId: string, now = this.clock(), to = playerRoom(game.pin, playerId)): void {
    this.io.to(to).emit("game:player", playerView(game.state, playerId, now));
  }

  private retire(game: LiveGame): void {
    for (const t of game.timers) clearTimeout(t);
    game.timers.clear();
    const timer = setTimeout(() => {
      if (this.games.get(game.pin) === game) this.games.delete(game.pin);
    }, FINISHED_TTL_MS);
    timer.unref();
  }

  stopTimers(): void {
    for (const game of this.games.values()) {
      for (const t of game.timers) clearTimeout(t);
      game.timers.clear();
      if (game.hostFrame) clearTimeout(game.hostFrame);
    }
  }

  async flush(): Promise<void> {
    await Promise.all([...this.games.values()].map((g) => g.persister.flush()));
  }
}
