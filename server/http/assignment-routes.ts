// /api/assignments: homework. The teacher assigns a bank with a deadline; each student opens the link,
// gives a name, and is served one question at a time — timed and scored by the server as in a live game.
import {
  assignmentAnswerSchema,
  assignmentJoinSchema,
  assignmentSeatSchema,
  createAssignmentSchema,
  type AssignmentInfo,
  type CreatedAssignment,
} from "../protocol";
import type { Db } from "../db/client";
import { requireTeacher } from "../auth/require";
import {
  AssignmentError,
  answerAssignment,
  authenticate,
  createAssignment,
  findAssignment,
  joinAssignment,
  nextStep,
  type AssignmentGame,
} from "../db/assignments";
import { HttpError, parseBody, readJson, sendJson } from "./json";
import type { Router } from "./router";

const SMALL_BODY_BYTES = 4_000;
const CODE = /^[A-Za-z0-9_-]{6,32}$/;

export interface AssignmentRouteOptions {
  clock?: () => number;
  /** The base URL students use (LAN address), for the link the teacher hands out. */
  baseUrl?: () => string;
}

export function registerAssignmentRoutes(router: Router, db: Db, opts: AssignmentRouteOptions = {}): void {
  const clock = opts.clock ?? Date.now;

  async function load(code: string): Promise<AssignmentGame> {
    const game = CODE.test(code) ? await findAssignment(db, code) : null;
    if (!game) throw new HttpError(404, "GAME_NOT_FOUND", "No assignment at this link. Check the link your teacher sent.");
    return game;
  }
  // The repository speaks AssignmentError; the wire speaks HttpError.
  async function run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof AssignmentError) throw new HttpError(err.status, err.code, err.message);
      throw err;
    }
  }

  router
    .on("POST", "/api/assignments", async ({ req, res }) => {
      // Creating homework is a teacher's act, on their own banks; playing it (below) needs no account.
      const teacher = await requireTeacher(db, req);
      const input = parseBody(createAssignmentSchema, await readJson(req, SMALL_BODY_BYTES));
      const deadline = new Date(input.deadline).getTime();
      const created = await run(() => createAssignment(db, { quizId: input.quizId, deadline, streakBonus: input.streakBonus }, clock(), teacher.id));
      const body: CreatedAssignment = {
        ...created,
        joinUrl: `${opts.baseUrl?.() ?? ""}/assignment/${created.code}`,
        deadline: new Date(deadline).toISOString(),
      };
      sendJson(res, 201, body);
    })
    .on("GET", "/api/assignments/:code", async ({ res, params }) => {
      const game = await load(params.code);
      const now = clock();
      const info: AssignmentInfo = {
        code: game.code,
        title: game.quizTitle,
        deadline: new Date(game.deadline).toISOString(),
        questionCount: game.questions.length,
        closed: now >= game.deadline,
        streakBonus: game.streakBonus,
        serverNow: new Date(now).toISOString(),
      };
      sendJson(res, 200, info);
    })
    .on("POST", "/api/assignments/:code/join", async ({ req, res, params }) => {
      const { nickname } = parseBody(assignmentJoinSchema, await readJson(req, SMALL_BODY_BYTES));
      const game = await load(params.code);
      sendJson(res, 201, await run(() => joinAssignment(db, game, nickname, clock())));
    })
    .on("POST", "/api/assignments/:code/next", async ({ req, res, params }) => {
      const seat = parseBody(assignmentSeatSchema, await readJson(req, SMALL_BODY_BYTES));
      const game = await load(params.code);
      const step = await run(async () => nextStep(db, game, await authenticate(db, game, seat.playerId, seat.resumeToken), clock()));
      sendJson(res, 200, step);
    })
    .on("POST", "/api/assignments/:code/answer", async ({ req, res, params }) => {
      const input = parseBody(assignmentAnswerSchema, await readJson(req, SMALL_BODY_BYTES));
      const game = await load(params.code);
      const feedback = await run(async () => {
        await authenticate(db, game, input.playerId, input.resumeToken);
        return answerAssignment(db, game, input.playerId, input, clock());
      });
      sendJson(res, 200, feedback);
    });
}
