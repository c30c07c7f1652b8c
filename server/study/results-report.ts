// A game's results — live or assignment alike — built from its stored rows: ranking, each student's
// answer to each question, and each question's difficulty (% correct). Pure, so it is tested on plain data.
import type { GameResults, ResultAnswer, ResultPlayer, ResultQuestion } from "../protocol";

export interface ReportQuestion {
  type: ResultQuestion["type"];
  /** Display position → stored index, when the game shuffled the options (see server/game/responses.ts). */
  displayOrder?: number[];
  prompt: string;
  options: string[];
  correct: number;
  points: number;
  timeLimitSec: number;
}
export interface ReportPlayer {
  id: string;
  nickname: string;
  score: number;
  kicked: boolean;
}
export interface ReportAnswer {
  playerId: string;
  questionIndex: number;
  /** All three null: time ran out (assignments store a row for that; live games store none). */
  choice: number | null;
  text?: string | null;
  /** "order" questions: the display positions in the player's order, as the engine keeps them. */
  order?: unknown;
  correct: boolean;
  points: number;
  elapsedMs: number;
}

const timedOut = (a: ResultAnswer) => a.choice === null && a.text === null && a.order === null;

/** An ordering answer as item texts: the engine keeps display positions, the teacher reads items. */
function orderedItems(q: ReportQuestion, order: unknown): string[] | null {
  if (!Array.isArray(order)) return null;
  const shown = q.displayOrder && q.displayOrder.length === q.options.length ? q.displayOrder : q.options.map((_, i) => i);
  return order.map((pos) => q.options[shown[pos as number]] ?? "?");
}

export function buildReport(
  game: Omit<GameResults, "questions" | "players">,
  questions: readonly ReportQuestion[],
  players: readonly ReportPlayer[],
  answers: readonly ReportAnswer[],
): GameResults {
  // Removed (kicked) players are not part of the class's results.
  const active = players.filter((p) => !p.kicked);
  const byPlayer = new Map(active.map((p) => [p.id, new Array<ResultPlayer["answers"][number]>(questions.length).fill(null)]));
  for (const a of answers) {
    const row = byPlayer.get(a.playerId);
    if (!row || a.questionIndex < 0 || a.questionIndex >= questions.length) continue;
    const q = questions[a.questionIndex];
    row[a.questionIndex] = { choice: a.choice, text: a.text ?? null, order: orderedItems(q, a.order), correct: a.correct, points: a.points, elapsedMs: a.elapsedMs };
  }

  const sorted = [...active].sort((a, b) => b.score - a.score || (a.nickname.toLowerCase() < b.nickname.toLowerCase() ? -1 : a.nickname.toLowerCase() > b.nickname.toLowerCase() ? 1 : 0));
  const ranked: ResultPlayer[] = [];
  sorted.forEach((p, i) => {
    const prev = ranked[i - 1];
    const row = byPlayer.get(p.id)!;
    ranked.push({
      id: p.id,
      nickname: p.nickname,
      score: p.score,
      rank: prev && prev.score === p.score ? prev.rank : i + 1,
      correctCount: row.filter((a) => a?.correct).length,
      answeredCount: row.filter((a) => a && !timedOut(a)).length,
      answers: row,
    });
  });

  const resultQuestions: ResultQuestion[] = questions.map((q, index) => {
    const cells = ranked.map((p) => p.answers[index]);
    // A live game asks every question of everyone present; an assignment only those who got that far
    // (a student who has not reached question 5 yet did not get it wrong).
    const askedCount = game.mode === "live" ? ranked.length : cells.filter((c) => c !== null).length;
    const correctCount = cells.filter((c) => c?.correct).length;
    // Only options you pick from have a distribution (not typed answers, not orderings).
    const choiceCounts = q.type === "mc" || q.type === "tf" ? q.options.map((_, o) => cells.filter((c) => c?.choice === o).length) : [];
    return {
      index,
      type: q.type,
      prompt: q.prompt,
      options: q.options,
      correct: q.correct,
      points: q.points,
      timeLimitSec: q.timeLimitSec,
      askedCount,
      correctCount,
      percentCorrect: askedCount ? Math.round((100 * correctCount) / askedCount) : null,
      choiceCounts,
    };
  });

  return { ...game, questions: resultQuestions, players: ranked };
}

/** Spreadsheets run cells that start with = + - @ (and tab/CR) as formulas: prefix them with '. */
export function csvCell(value: string | number | boolean | null): string {
  let s = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per student × question, the shape a teacher pivots in a spreadsheet. */
export function resultsCsv(r: GameResults): string {
  const header = ["rank", "student", "total score", "question", "prompt", "chosen option", "correct", "points", "time (s)"];
  const lines = [header.map(csvCell).join(",")];
  for (const p of r.players) {
    r.questions.forEach((q, i) => {
      const a = p.answers[i];
      const chosen = !a ? "" : a.text !== null ? a.text : a.order ? a.order.join(" > ") : a.choice === null ? "(time's up)" : (q.options[a.choice] ?? "");
      lines.push(
        [p.rank, p.nickname, p.score, i + 1, q.prompt, chosen, a ? (a.correct ? "yes" : "no") : "", a ? a.points : "", a ? (a.elapsedMs / 1000).toFixed(1) : ""]
          .map(csvCell)
          .join(","),
      );
    });
  }
  return lines.join("\r\n") + "\r\n";
}
