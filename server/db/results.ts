// Results for teachers: a quiz's games (live and assignments) and one game's full results, read from
// the Game, Player and Answer rows both modes write. The report itself is built in server/study/results-report.ts.
import type { GameListItem, GameMode, GameResults, QuizGames } from "../protocol";
import type { EngineQuestion } from "../game";
import { buildReport } from "../study/results-report";
import type { Db } from "./client";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const modeOf = (m: string): GameMode => (m === "assignment" ? "assignment" : "live");

function isClosed(g: { mode: string; status: string; deadline: Date | null }, now: number): boolean {
  return modeOf(g.mode) === "assignment" ? (g.deadline?.getTime() ?? 0) <= now : g.status === "finished";
}

/** A teacher reads the games they ran, and (for games made before games carried a teacher) those of their quizzes. */
export async function canReadGame(db: Db, teacherId: string, gameId: string): Promise<boolean> {
  const g = await db.game.findUnique({ where: { id: gameId }, select: { teacherId: true, quiz: { select: { teacherId: true } } } });
  return !!g && (g.teacherId === teacherId || (g.teacherId === null && g.quiz?.teacherId === teacherId));
}

export async function listQuizGames(db: Db, quizId: string, teacherId: string, now: number, baseUrl = ""): Promise<QuizGames> {
  const quiz = await db.quiz.findUnique({ where: { id: quizId }, select: { title: true } });
  const rows = await db.game.findMany({
    // A lobby that was opened and never started has no results: leave it out.
    where: {
      quizId,
      AND: [
        { OR: [{ mode: "assignment" }, { startedAt: { not: null } }] },
        { OR: [{ teacherId }, { teacherId: null, quiz: { teacherId } }] },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      mode: true,
      status: true,
      quizTitle: true,
      createdAt: true,
      endedAt: true,
      deadline: true,
      pin: true,
      questions: true,
      _count: { select: { players: { where: { kicked: false } } } },
    },
  });
  const games: GameListItem[] = rows.map((g) => ({
    id: g.id,
    mode: modeOf(g.mode),
    status: g.status,
    quizTitle: g.quizTitle,
    createdAt: g.createdAt.toISOString(),
    endedAt: iso(g.endedAt),
    deadline: iso(g.deadline),
    closed: isClosed(g, now),
    code: modeOf(g.mode) === "assignment" ? g.pin : null,
    joinUrl: modeOf(g.mode) === "assignment" ? `${baseUrl}/assignment/${g.pin}` : null,
    playerCount: g._count.players,
    questionCount: Array.isArray(g.questions) ? g.questions.length : 0,
  }));
  return { quizId, title: quiz?.title ?? null, games };
}

export async function getGameResults(db: Db, gameId: string, now: number): Promise<GameResults | null> {
  const g = await db.game.findUnique({
    where: { id: gameId },
    include: {
      players: { select: { id: true, nickname: true, score: true, kicked: true } },
      answers: { select: { playerId: true, questionIndex: true, choice: true, text: true, order: true, correct: true, points: true, elapsedMs: true } },
    },
  });
  if (!g) return null;
  const questions = (g.questions as unknown as EngineQuestion[]).map((q) => ({
    type: q.type,
    displayOrder: q.displayOrder,
    prompt: q.prompt,
    options: q.options,
    correct: q.correct,
    points: q.points,
    timeLimitSec: q.timeLimitSec,
  }));
  const mode = modeOf(g.mode);
  return buildReport(
    {
      id: g.id,
      mode,
      status: g.status,
      quizId: g.quizId,
      quizTitle: g.quizTitle,
      createdAt: g.createdAt.toISOString(),
      endedAt: iso(g.endedAt),
      deadline: iso(g.deadline),
      closed: isClosed(g, now),
      code: mode === "assignment" ? g.pin : null,
      streakBonus: g.streakBonus,
    },
    questions,
    g.players,
    g.answers,
  );
}
