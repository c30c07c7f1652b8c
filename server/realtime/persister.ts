// Writes one game's results in order (a player row before its answers) and in batches: answers that
// arrive together share one INSERT. Each write's promise resolves once it is stored, so an answer is
// acknowledged to the phone only when it would survive a crash.
import type { Db } from "../db/client";
import { insertAnswers, saveGameSnapshot, upsertPlayers, type AnswerRow, type GameStatus, type PlayerRow } from "../db/games";

const ANSWER_BATCH_MS = 10;

interface Pending<T> {
  row: T;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class GamePersister {
  private chain: Promise<void> = Promise.resolve();
  private answers: Pending<AnswerRow>[] = [];
  private answerTimer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Db) {}

  /** Appends a write to this game's queue; failures are logged and reported to the caller, never thrown at the queue. */
  private enqueue(write: () => Promise<void>): Promise<void> {
    const run = this.chain.then(write);
    this.chain = run.catch((err) => console.error("[db] write failed", err));
    return run;
  }

  savePlayers(rows: PlayerRow[]): Promise<void> {
    return this.enqueue(() => upsertPlayers(this.db, rows));
  }

  /** `snapshot` is serialised by the caller at the moment of the phase change, not when the write runs. */
  saveSnapshot(gameId: string, status: GameStatus, snapshot: string, at: Date, firstQuestion: boolean): Promise<void> {
    return this.enqueue(() => saveGameSnapshot(this.db, gameId, status, snapshot, at, firstQuestion));
  }

  saveAnswer(row: AnswerRow): Promise<void> {
    return new Promise((resolve, reject) => {
      this.answers.push({ row, resolve, reject });
      this.answerTimer ??= setTimeout(() => this.flushAnswers(), ANSWER_BATCH_MS);
    });
  }

  private flushAnswers(): Promise<void> {
    if (this.answerTimer) clearTimeout(this.answerTimer);
    this.answerTimer = null;
    const batch = this.answers;
    this.answers = [];
    if (!batch.length) return this.chain;
    return this.enqueue(() => insertAnswers(this.db, batch.map((p) => p.row))).then(
      () => batch.forEach((p) => p.resolve()),
      (err) => batch.forEach((p) => p.reject(err)),
    );
  }

  /** Resolves when everything queued so far is stored. */
  async flush(): Promise<void> {
    await this.flushAnswers().catch(() => {});
    await this.chain;
  }
}
