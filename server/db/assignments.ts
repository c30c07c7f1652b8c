// Student-paced assignments, stored as Game rows with mode "assignment" and a deadline; students are
// Player rows and their answers Answer rows, so the results pages read live games and homework alike.
// The rules (what to serve, what counts, how it scores) are in server/study/assignment-rules.ts.
import crypto from "node:crypto";
import type { AssignmentFeedback, AssignmentJoined, AssignmentStep, ErrorCode, QuestionFace } from "../protocol";
import type { EngineQuestion } from "../game";
import { hashToken, newToken, tokenMatches } from "../realtime/tokens";
import { checkNickname } from "../realtime/nickname";
import { checkAnswer, decideStep, rankOf, scoreAssignmentAnswer } from "../study/assignment-rules";
import { isAssignmentPlayable } from "../study/question-types";
import { acceptedAnswers, correctOptions, displayOrder, judge, visibleOptions, type JudgedResponse } from "../game/responses";
import { soloDisplayOrder } from "../study/shuffle";
import { toQuestionInput } from "./quizzes";
import type { Db } from "./client";

export class AssignmentError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface AssignmentGame {
  id: string;
  code: string;
  quizTitle: string;
  deadline: number;
  streakBonus: boolean;
  questions: EngineQuestion[];
  /** A server-only value (the unused host secret's hash) that seeds each student's shuffle of ordering items. */
  secret: string;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Client = Db | Tx;

const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === "P2002";

const closedMessage = (deadline: number) =>
  `This assignment closed on ${new Date(deadline).toUTCString().replace(" GMT", " UTC")}. Answers are no longer accepted.`;

/** Snapshots the quiz (as a live game does) into a new assignment. Throws AssignmentError on bad input. */
export async function createAssignment(
  db: Db,
  input: { quizId: string; deadline: number; streakBonus: boolean },
  now: number,
  /** The signed-in teacher: they must own the quiz, and they own the assignment. */
  teacherId: string,
) {
  if (input.deadline <= now + 60_000) throw new AssignmentError(400, "BAD_REQUEST", "The deadline must be in the future.");
  if (input.deadline > now + 366 * 86_400_000) throw new AssignmentError(400, "BAD_REQUEST", "The deadline must be within a year.");
  const quiz = await db.quiz.findUnique({ where: { id: input.quizId }, include: { questions: { orderBy: { position: "asc" } } } });
  // Someone else's bank answers 404, as the library does: it does not tell a stranger the id exists.
  if (!quiz || quiz.teacherId !== teacherId) {
    throw new AssignmentError(404, "BAD_REQUEST", "That quiz does not exist (it may have been deleted).");
  }
  const playable = quiz.questions.filter((q) => isAssignmentPlayable(q.type));
  if (!playable.length) throw new AssignmentError(400, "BAD_REQUEST", "This quiz has no questions yet. Add at least one before assigning it.");
  const questions: EngineQuestion[] = playable.map((row) => {
    const q = toQuestionInput(row);
    return { ...q, sourceSentence: q.sourceSentence ?? null, explanation: q.explanation ?? null };
  });
  // The students' link carries this unguessable code (stored in `pin`), never the game id, which opens
  // the results. Live PINs are 6 digits, so the two never collide.
  const code = crypto.randomBytes(9).toString("base64url");
  const game = await db.game.create({
    data: {
      pin: code,
      mode: "assignment",
      quizId: quiz.id,
      quizTitle: quiz.title,
      teacherId,
      deadline: new Date(input.deadline),
      status: "running",
      startedAt: new Date(now),
      streakBonus: input.streakBonus,
      // Required by the schema for live hosts; an assignment has no host, so this secret is never handed out.
      hostTokenHash: hashToken(newToken()),
      questions: questions as unknown as object,
    },
    select: { id: true },
  });
  return { gameId: game.id, code };
}

export async function findAssignment(db: Db, code: string): Promise<AssignmentGame | null> {
  const g = await db.game.findFirst({
    where: { pin: code, mode: "assignment" },
    select: { id: true, pin: true, quizTitle: true, deadline: true, streakBonus: true, questions: true, hostTokenHash: true },
  });
  if (!g || !g.deadline) return null;
  return { id: g.id, code: g.pin, quizTitle: g.quizTitle, deadline: g.deadline.getTime(), streakBonus: g.streakBonus, questions: g.questions as unknown as EngineQuestion[], secret: g.hostTokenHash };
}

export async function joinAssignment(db: Db, game: AssignmentGame, rawNickname: string, now: number): Promise<AssignmentJoined> {
  if (now >= game.deadline) throw new AssignmentError(409, "GAME_OVER", closedMessage(game.deadline));
  // The same checks as a live game's nicknames: the teacher may show results to the class.
  const checked = checkNickname(rawNickname);
  if (!checked.ok) {
    if (checked.reason === "offensive") throw new AssignmentError(400, "NICKNAME_OFFENSIVE", "Please choose a different name.");
    throw new AssignmentError(400, "NICKNAME_INVALID", "Names are 1 to 20 letters, digits or spaces.");
  }
  const nickname = checked.nickname;
  const taken = () =>
    new AssignmentError(409, "NICKNAME_TAKEN", `Someone has already started this assignment as “${nickname}”. If that was you on another device, carry on there; otherwise add your initial or pick another name.`);
  // Case-insensitive, as in live games: "ann" and "Ann" would be the same name on the results page.
  if (await db.player.findFirst({ where: { gameId: game.id, nickname: { equals: nickname, mode: "insensitive" } }, select: { id: true } })) throw taken();
  const resumeToken = newToken();
  const playerId = crypto.randomBytes(12).toString("base64url");
  try {
    await db.player.create({ data: { id: playerId, gameId: game.id, nickname, resumeTokenHash: hashToken(resumeToken), joinedAt: new Date(now) } });
  } catch (err) {
    if (isUniqueViolation(err)) throw taken();
    throw err;
  }
  return { playerId, resumeToken, nickname };
}

interface Seat {
  id: string;
  nickname: string;
  score: number;
  streak: number;
  servedAt: Date | null;
  answered: number;
}

async function loadSeat(db: Client, game: AssignmentGame, playerId: string): Promise<Seat | null> {
  const p = await db.player.findFirst({
    where: { id: playerId, gameId: game.id, kicked: false },
    select: { id: true, nickname: true, score: true, streak: true, servedAt: true, _count: { select: { answers: true } } },
  });
  return p && { id: p.id, nickname: p.nickname, score: p.score, streak: p.streak, servedAt: p.servedAt, answered: p._count.answers };
}

/** The student's seat, if the resume token is theirs. */
export async function authenticate(db: Db, game: AssignmentGame, playerId: string, resumeToken: string): Promise<Seat> {
  const p = await db.player.findFirst({ where: { id: playerId, gameId: game.id }, select: { resumeTokenHash: true, kicked: true } });
  if (!p || p.kicked || !tokenMatches(resumeToken, p.resumeTokenHash)) {
    throw new AssignmentError(403, "NOT_A_PLAYER", "This device is not signed in to this assignment. Enter your name to start.");
  }
  return (await loadSeat(db, game, playerId))!;
}

/** The question as this student plays it: ordering items in their own deterministic shuffle. */
function playerQuestion(game: AssignmentGame, playerId: string, index: number): EngineQuestion {
  const q = game.questions[index];
  const order = soloDisplayOrder(q.type, q.options.length, `assignment:${game.secret}:${playerId}:${q.id}`);
  return order ? { ...q, displayOrder: order } : q;
}

function face(game: AssignmentGame, playerId: string, index: number): QuestionFace {
  const q = playerQuestion(game, playerId, index);
  // No key: typed answers' accepted answers never leave, ordering goes out shuffled.
  return { index, total: game.questions.length, type: q.type, prompt: q.prompt, options: visibleOptions(q), timeLimitSec: q.timeLimitSec, points: q.points };
}

async function finishedStep(db: Db, game: AssignmentGame, seat: Seat, closed: boolean): Promise<AssignmentStep> {
  const [scores, correctCount, given] = await Promise.all([
    db.player.findMany({ where: { gameId: game.id, kicked: false }, select: { score: true } }),
    db.answer.count({ where: { playerId: seat.id, correct: true } }),
    db.answer.findMany({ where: { playerId: seat.id }, select: { choice: true, text: true, order: true } }),
  ]);
  const answeredCount = given.filter((a) => a.choice !== null || a.text !== null || a.order !== null).length;
  const all = scores.map((s) => s.score);
  return { kind: "finished", nickname: seat.nickname, closed, score: seat.score, correctCount, answeredCount, total: game.questions.length, rank: rankOf(seat.score, all), playerCount: all.length };
}

/** Stores the answer to the served question (null or late: time's up), scores it, frees the seat. */
async function storeAnswer(tx: Tx, game: AssignmentGame, seat: Seat, judged: JudgedResponse | null, late: boolean, now: number) {
  const index = seat.answered;
  const q = playerQuestion(game, seat.id, index);
  const s = scoreAssignmentAnswer({
    choice: judged?.choice ?? null,
    judged,
    late,
    correctIndex: q.correct,
    questionPoints: q.points,
    timeLimitSec: q.timeLimitSec,
    servedAt: seat.servedAt!.getTime(),
    now,
    streakBefore: seat.streak,
    streakBonusEnabled: game.streakBonus,
  });
  await tx.answer.create({
    data: {
      gameId: game.id,
      playerId: seat.id,
      questionId: q.id,
      questionIndex: index,
      // null everywhere: time's up. An order is kept as STORED indices (the true positions), since each
      // student saw their own shuffle and the results read answers against the quiz's order.
      choice: s.timedOut ? null : (judged?.choice ?? null),
      text: s.timedOut ? null : (judged?.text ?? null),
      ...(!s.timedOut && judged?.order ? { order: judged.order.map((d) => displayOrder(q)[d]) } : {}),
      correct: s.correct,
      elapsedMs: s.elapsedMs,
      points: s.points,
      answeredAt: new Date(now),
    },
  });
  await tx.player.update({ where: { id: seat.id }, data: { score: { increment: s.points }, streak: s.streakAfter, servedAt: null } });
  return s;
}

/** "Next question, please": serves (and stamps) the next one, resumes the one out, or says it is over. */
export async function nextStep(db: Db, game: AssignmentGame, seat: Seat, now: number): Promise<AssignmentStep> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const d = decideStep({
      answered: seat.answered,
      total: game.questions.length,
      servedAt: seat.servedAt?.getTime() ?? null,
      timeLimitSec: game.questions[seat.answered]?.timeLimitSec ?? 0,
      deadline: game.deadline,
      now,
    });
    const question = () => ({ kind: "question" as const, nickname: seat.nickname, score: seat.score, streak: seat.streak, question: face(game, seat.id, seat.answered) });
    switch (d.kind) {
      case "finished":
        return finishedStep(db, game, seat, false);
      case "closed":
        return finishedStep(db, game, seat, true);
      case "resume":
        return { ...question(), remainingMs: d.remainingMs };
      case "serve": {
        // Only stamps a seat with nothing out: two tabs asking at once share one clock.
        const { count } = await db.player.updateMany({ where: { id: seat.id, servedAt: null }, data: { servedAt: new Date(now) } });
        if (count === 1) return { ...question(), remainingMs: game.questions[seat.answered].timeLimitSec * 1000 };
        break;
      }
      case "expire":
        try {
          await db.$transaction((tx) => storeAnswer(tx, game, seat, null, true, now));
        } catch (err) {
          if (!isUniqueViolation(err)) throw err; // another request stored it first: fine
        }
        break;
    }
    seat = (await loadSeat(db, game, seat.id))!;
  }
  throw new AssignmentError(409, "WRONG_PHASE", "Your progress changed while loading. Try again.");
}

/** Scores one answer, once. The clock is the server's: from servedAt to now. */
export async function answerAssignment(
  db: Db,
  game: AssignmentGame,
  playerId: string,
  input: { questionIndex: number; choice: number | null; text?: string; order?: number[] },
  now: number,
): Promise<AssignmentFeedback> {
  try {
    return await db.$transaction(async (tx) => {
      const seat = (await loadSeat(tx, game, playerId))!;
      const q = game.questions[input.questionIndex] && playerQuestion(game, playerId, input.questionIndex);
      const check = checkAnswer({
        answered: seat.answered,
        servedAt: seat.servedAt?.getTime() ?? null,
        timeLimitSec: q?.timeLimitSec ?? 0,
        deadline: game.deadline,
        now,
        questionIndex: input.questionIndex,
      });
      if (!check.ok) {
        if (check.code === "GAME_OVER") throw new AssignmentError(409, "GAME_OVER", closedMessage(game.deadline));
        if (check.code === "ALREADY_ANSWERED") throw new AssignmentError(409, "ALREADY_ANSWERED", "You have already answered this question.");
        throw new AssignmentError(409, "WRONG_PHASE", "That question is not the one you were given. Reload to carry on.");
      }
      const given = input.text !== undefined ? { text: input.text } : input.order !== undefined ? { order: input.order } : input.choice !== null ? { choice: input.choice } : null;
      const judged = given ? judge(q, given) : null;
      if (typeof judged === "string") throw new AssignmentError(400, "INVALID_OPTION", q.type === "type" ? "Type an answer." : q.type === "order" ? `Put all ${q.options.length} items in order.` : "That is not one of the options.");
      const s = await storeAnswer(tx, game, seat, judged, check.late, now);
      const choiceType = q.type === "mc" || q.type === "tf";
      return {
        index: input.questionIndex,
        total: game.questions.length,
        correct: s.correct,
        timedOut: s.timedOut,
        choice: s.timedOut ? null : (judged?.choice ?? null),
        correctOption: choiceType ? q.correct : -1,
        text: s.timedOut ? null : (judged?.text ?? null),
        acceptedAnswer: acceptedAnswers(q)[0] ?? null,
        order: s.timedOut ? null : (judged?.order ?? null),
        correctOrder: q.type === "order" ? correctOptions(q) : null,
        pointsEarned: s.points,
        bonus: s.bonus,
        score: seat.score + s.points,
        streak: s.streakAfter,
        sourceSentence: q.sourceSentence,
        explanation: q.explanation,
      };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AssignmentError(409, "ALREADY_ANSWERED", "You have already answered this question.");
    throw err;
  }
}
