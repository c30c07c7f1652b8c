// The wire contract between the game server and every client (host screen, player phone).
// Imported by server/ and app/: one place for event names, payload types, zod schemas and error codes.
// Rule: player views are built from these types only, and no player type before `reveal` has a field
// that could carry the correct answer — secrecy is enforced by the types, then tested.
import { z } from "zod";

export const PROTOCOL_VERSION = 1;

export const ErrorCode = {
  BAD_REQUEST: "BAD_REQUEST",
  GAME_NOT_FOUND: "GAME_NOT_FOUND",
  GAME_ALREADY_STARTED: "GAME_ALREADY_STARTED",
  GAME_LOCKED: "GAME_LOCKED",
  GAME_FULL: "GAME_FULL",
  RATE_LIMITED: "RATE_LIMITED",
  NICKNAME_OFFENSIVE: "NICKNAME_OFFENSIVE",
  GAME_OVER: "GAME_OVER",
  NICKNAME_TAKEN: "NICKNAME_TAKEN",
  NICKNAME_INVALID: "NICKNAME_INVALID",
  NOT_A_PLAYER: "NOT_A_PLAYER",
  NOT_THE_HOST: "NOT_THE_HOST",
  WRONG_PHASE: "WRONG_PHASE",
  ALREADY_ANSWERED: "ALREADY_ANSWERED",
  TOO_LATE: "TOO_LATE",
  INVALID_OPTION: "INVALID_OPTION",
  NO_PLAYERS: "NO_PLAYERS",
  UNKNOWN_PLAYER: "UNKNOWN_PLAYER",
  KICKED: "KICKED",
  NOT_SIGNED_IN: "NOT_SIGNED_IN",
  INTERNAL: "INTERNAL",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  BAD_REQUEST: "That request was not understood.",
  GAME_NOT_FOUND: "No game with that PIN. Check the number on the screen.",
  GAME_ALREADY_STARTED: "This game has already started.",
  GAME_LOCKED: "The host has locked this game: no one else can join.",
  GAME_FULL: "This game is full.",
  RATE_LIMITED: "Too many tries. Wait a minute, then check the PIN on the screen.",
  NICKNAME_OFFENSIVE: "Please choose a different nickname.",
  GAME_OVER: "This game has ended.",
  NICKNAME_TAKEN: "Someone in this game already has that nickname. Pick another.",
  NICKNAME_INVALID: "Nicknames are 1 to 20 letters, digits or spaces.",
  NOT_A_PLAYER: "You are not in this game.",
  NOT_THE_HOST: "Only the host can do that.",
  WRONG_PHASE: "That can't be done right now.",
  ALREADY_ANSWERED: "Your answer is already locked in.",
  TOO_LATE: "Time was up before your answer arrived.",
  INVALID_OPTION: "That answer can't be accepted for this question.",
  NO_PLAYERS: "Wait for at least one player to join.",
  UNKNOWN_PLAYER: "No such player.",
  KICKED: "The host removed you from this game.",
  NOT_SIGNED_IN: "Log in to continue.",
  INTERNAL: "Something went wrong on the server.",
};

export type Ack<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; code: ErrorCode; message: string };

// ---------- question content ----------

/**
 * mc: 2–4 options, `correct` is the key's index. tf: ["True", "False"]. type: the player types the answer;
 * `options` are the accepted answers (first = canonical, small misspellings accepted), never sent before
 * the reveal. order: `options` are 3–4 items in their TRUE order; players see them shuffled.
 */
export const QUESTION_TYPES = ["mc", "tf", "type", "order"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  mc: "Multiple choice",
  tf: "True or false",
  type: "Type the answer",
  order: "Put in order",
};
export const TYPED_ANSWER_MAX = 80;
export const POINTS_VALUES = [0, 1000, 2000] as const;
export type PointsValue = (typeof POINTS_VALUES)[number];
export const TIME_LIMITS_SEC = [5, 10, 20, 30, 60, 90, 120] as const;

/** Option shapes: the colour AND a shape identify an option, never colour alone. */
export const OPTION_SHAPES = ["triangle", "diamond", "circle", "square"] as const;
export type OptionShape = (typeof OPTION_SHAPES)[number];

// ---------- views: the only way game state reaches a client ----------

export interface PlayerSummary {
  id: string;
  nickname: string;
  connected: boolean;
}

export interface RankedPlayer {
  nickname: string;
  score: number;
  rank: number;
  streak: number;
}

/** What the question looks like before its reveal. No key field exists on purpose. */
export interface QuestionFace {
  index: number; // 0-based
  total: number;
  type: QuestionType;
  prompt: string;
  /** mc/tf: the options; order: the items in a shuffled display order; type: always empty. */
  options: string[];
  timeLimitSec: number;
  points: PointsValue;
}

/** Players whose phone is disconnected right now (they keep their seat): a few names and the count. */
export interface OfflinePlayers {
  count: number;
  names: string[];
}

export type HostView =
  | {
      phase: "lobby";
      pin: string;
      players: PlayerSummary[];
      quizTitle: string;
      totalQuestions: number;
      /** Locked: nobody else can join (the host's choice). */
      locked: boolean;
      maxPlayers: number;
    }
  | { phase: "question"; pin: string; question: QuestionFace; opensInMs: number; playerCount: number; offline: OfflinePlayers }
  | {
      phase: "answering";
      pin: string;
      question: QuestionFace;
      remainingMs: number;
      answeredCount: number;
      playerCount: number;
      offline: OfflinePlayers;
    }
  | {
      phase: "reveal";
      pin: string;
      question: QuestionFace;
      /** mc/tf: [key index]; order: display indices in the true order; type: []. */
      correctOptions: number[];
      /** type: the accepted answers; other types: []. */
      acceptedAnswers: string[];
      counts: number[]; // mc/tf: how many chose each option; type/order: []
      correctCount: number;
      answeredCount: number;
      playerCount: number;
      sourceSentence: string | null;
      explanation: string | null;
    }
  | { phase: "leaderboard"; pin: string; index: number; total: number; top: RankedPlayer[]; isLast: boolean }
  | { phase: "podium"; pin: string; ranking: RankedPlayer[]; endedEarly: boolean };

/** A player's own outcome for one question, shown only once the round is closed. */
export interface PlayerResult {
  answered: boolean;
  /** mc/tf: the option chosen. */
  choice: number | null;
  /** type: what the player typed. */
  text: string | null;
  /** order: the display indices in the order the player put them. */
  order: number[] | null;
  correct: boolean;
  pointsEarned: number;
  correctOptions: number[];
  acceptedAnswers: string[];
}

export type PlayerView =
  | { phase: "lobby"; nickname: string; quizTitle: string }
  | { phase: "question"; nickname: string; question: QuestionFace; opensInMs: number; score: number }
  | {
      phase: "answering";
      nickname: string;
      question: QuestionFace;
      remainingMs: number;
      answered: boolean;
      choice: number | null;
      text: string | null;
      order: number[] | null;
      score: number;
    }
  | {
      phase: "reveal";
      nickname: string;
      index: number;
      total: number;
      /** Safe now: the round is closed. Lets a phone that reloaded here show the options' text. */
      question: QuestionFace;
      result: PlayerResult;
      streak: number;
      score: number;
      rank: number;
      playerCount: number;
    }
  | { phase: "leaderboard"; nickname: string; score: number; rank: number; streak: number; playerCount: number }
  | { phase: "podium"; nickname: string; score: number; rank: number; playerCount: number; endedEarly: boolean }
  | { phase: "kicked"; nickname: string };

// ---------- socket event maps ----------

const pin = z.string().regex(/^\d{6}$/, "PIN is 6 digits");
const token = z.string().min(16).max(128);

export const hostAttachSchema = z.object({ pin, hostToken: token });
export const playerJoinSchema = z.object({ pin, nickname: z.string().min(1).max(64) });
export const playerResumeSchema = z.object({ pin, playerId: z.string().min(1).max(64), resumeToken: token });
/** Exactly one of: choice (mc/tf), text (type), order (order: display indices, first to last). */
export const playerAnswerSchema = z
  .object({
    questionIndex: z.number().int().min(0).max(999),
    choice: z.number().int().min(0).max(3).optional(),
    text: z.string().trim().min(1, "Type an answer").max(TYPED_ANSWER_MAX).optional(),
    order: z.array(z.number().int().min(0).max(3)).min(2).max(4).optional(),
  })
  .refine((a) => [a.choice, a.text, a.order].filter((x) => x !== undefined).length === 1, {
    message: "Send one answer: a choice, a text or an order",
  });
export const hostKickSchema = z.object({ playerId: z.string().min(1).max(64) });
export const hostLockSchema = z.object({ locked: z.boolean() });

export type HostAttach = z.infer<typeof hostAttachSchema>;
export type PlayerJoin = z.infer<typeof playerJoinSchema>;
export type PlayerResume = z.infer<typeof playerResumeSchema>;
export type PlayerAnswer = z.infer<typeof playerAnswerSchema>;
export type HostKick = z.infer<typeof hostKickSchema>;
export type HostLock = z.infer<typeof hostLockSchema>;

export interface ClientToServerEvents {
  "host:attach": (msg: HostAttach, ack: (res: Ack) => void) => void;
  "host:start": (msg: Record<string, never>, ack: (res: Ack) => void) => void;
  "host:next": (msg: Record<string, never>, ack: (res: Ack) => void) => void;
  "host:skip": (msg: Record<string, never>, ack: (res: Ack) => void) => void;
  "host:end": (msg: Record<string, never>, ack: (res: Ack) => void) => void;
  "host:kick": (msg: HostKick, ack: (res: Ack) => void) => void;
  "host:lock": (msg: HostLock, ack: (res: Ack) => void) => void;
  "player:join": (msg: PlayerJoin, ack: (res: Ack<{ playerId: string; resumeToken: string; nickname: string }>) => void) => void;
  "player:resume": (msg: PlayerResume, ack: (res: Ack<{ nickname: string }>) => void) => void;
  "player:answer": (msg: PlayerAnswer, ack: (res: Ack) => void) => void;
}

export interface ServerToClientEvents {
  /** The whole view for this client's role: one message makes a client whole again. */
  "game:host": (view: HostView) => void;
  "game:player": (view: PlayerView) => void;
}

export interface SocketData {
  pin?: string;
  role?: "host" | "player";
  playerId?: string;
}

// ---------- HTTP API shapes (quiz library and editor) ----------

export const questionInputSchema = z
  .object({
    /** A saved question's id, when editing: it is kept (study progress and results refer to it). */
    id: z.string().max(64).optional(),
    type: z.enum(QUESTION_TYPES),
    prompt: z.string().trim().min(1, "Write the question").max(300),
    options: z.array(z.string().trim().min(1, "Options can't be empty").max(120)).min(1).max(6),
    correct: z.number().int().min(0).max(3),
    timeLimitSec: z.number().int().min(5).max(240),
    points: z.union([z.literal(0), z.literal(1000), z.literal(2000)]),
    sourceSentence: z.string().max(2000).nullable().optional(),
    explanation: z.string().max(1000).nullable().optional(),
  })
  .refine((q) => q.correct < q.options.length, { message: "Mark one of the options as correct", path: ["correct"] })
  .refine((q) => q.type !== "mc" || (q.options.length >= 2 && q.options.length <= 4), {
    message: "Multiple choice has 2 to 4 options",
    path: ["options"],
  })
  .refine((q) => q.type !== "tf" || q.options.length === 2, { message: "True/false has two options", path: ["options"] })
  .refine((q) => q.type !== "type" || q.correct === 0, { message: "The first accepted answer is the key", path: ["correct"] })
  .refine((q) => q.type !== "order" || (q.options.length >= 3 && q.options.length <= 4 && q.correct === 0), {
    message: "Ordering takes 3 or 4 items, listed in their correct order",
    path: ["options"],
  })
  .refine((q) => new Set(q.options.map((o) => o.toLowerCase())).size === q.options.length, {
    message: "Options must differ",
    path: ["options"],
  });
export type QuestionInput = z.infer<typeof questionInputSchema>;

export const quizInputSchema = z.object({
  title: z.string().trim().min(1, "Give the quiz a title").max(120),
  description: z.string().trim().max(500).default(""),
  questions: z.array(questionInputSchema).max(100),
});
export type QuizInput = z.infer<typeof quizInputSchema>;

export interface QuizSummary {
  id: string;
  title: string;
  description: string;
  questionCount: number;
  isSample: boolean;
  updatedAt: string;
}

export interface QuizDetail extends QuizInput {
  id: string;
  isSample: boolean;
  updatedAt: string;
  questions: (QuestionInput & { id: string })[];
}

export const createGameSchema = z.object({ quizId: z.string().min(1), streakBonus: z.boolean().default(true) });
export interface CreatedGame {
  pin: string;
  hostToken: string;
}

export interface ApiError {
  error: { code: ErrorCode; message: string; issues?: { path: string; message: string }[] };
}

// =====================================================================================================
// ---------- solo study, student-paced assignments and results (HTTP API) ----------
// Added for /api/study, /api/assignments and /api/results. As in the live game, the key (`correct`)
// never leaves the server before the learner has answered: questions go out as faces without it.

/** An anonymous learner: a random id the browser keeps in localStorage (`factsprint:learner`). */
export const learnerIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "A learner id is 16 to 64 letters, digits, - or _");
const entityId = z.string().min(1).max(64);

export const studyAnswerSchema = z.object({
  learnerId: learnerIdSchema,
  questionId: entityId,
  /** mc/tf: the option shown at this position. null (and no text or order): the timer ran out. */
  choice: z.number().int().min(0).max(3).nullable().default(null),
  /** type: what the learner typed. */
  text: z.string().trim().min(1, "Type an answer").max(TYPED_ANSWER_MAX).optional(),
  /** order: the display indices, first to last. */
  order: z.array(z.number().int().min(0).max(3)).min(2).max(4).optional(),
  /** Measured in the browser from showing the question: study is self-practice, nothing to gain by lying. */
  elapsedMs: z.number().int().min(0).max(24 * 3_600_000),
}).refine((a) => [a.choice ?? undefined, a.text, a.order].filter((x) => x !== undefined).length <= 1, {
  message: "Send one answer: a choice, a text or an order",
});
export type StudyAnswerInput = z.infer<typeof studyAnswerSchema>;

/** A question as a learner sees it before answering: no key, no source sentence, no explanation. */
export interface StudyQuestion {
  id: string;
  index: number;
  type: QuestionType;
  prompt: string;
  /** mc/tf: the options; order: the items shuffled for this learner; type: always empty. */
  options: string[];
  timeLimitSec: number;
}

export type StudyItemStatus = "new" | "due" | "later";
/** up: next box · stay: same box · reset: back to box 0 · ahead: studied before it was due, unchanged. */
export type StudyMove = "up" | "stay" | "reset" | "ahead";

export interface StudyItemProgress {
  questionId: string;
  status: StudyItemStatus;
  box: number | null;
  dueAt: string | null;
}

export interface StudyDueSummary {
  dueIds: string[];
  newIds: string[];
  nextDueAt: string | null;
  boxCounts: number[];
  learnedCount: number;
}

export interface StudyDeck {
  quizId: string;
  title: string;
  description: string;
  questions: StudyQuestion[];
  progress: StudyItemProgress[];
  due: StudyDueSummary;
  serverNow: string;
}

export interface StudyFeedback {
  questionId: string;
  type: QuestionType;
  correct: boolean;
  /** mc/tf: the option chosen (null: time ran out). */
  choice: number | null;
  /** mc/tf: the key's position; -1 for type and order (see acceptedAnswer, correctOrder). */
  correctOption: number;
  /** type: what was typed, and the first (canonical) accepted answer. */
  text: string | null;
  acceptedAnswer: string | null;
  /** order: the display indices as sent, and the display indices in their true order. */
  order: number[] | null;
  correctOrder: number[] | null;
  sourceSentence: string | null;
  explanation: string | null;
  previousBox: number | null;
  box: number;
  dueAt: string;
  move: StudyMove;
}

/** A bank this learner has studied, for "what is due" on return. */
export interface LearnerBank {
  quizId: string;
  title: string;
  questionCount: number;
  dueCount: number;
  newCount: number;
  nextDueAt: string | null;
  lastStudiedAt: string;
}

export const createAssignmentSchema = z.object({
  quizId: entityId,
  deadline: z.iso.datetime({ offset: true, message: "Pick a date and time for the deadline" }),
  streakBonus: z.boolean().default(true),
});
export type CreateAssignmentInput = z.infer<typeof createAssignmentSchema>;

export interface CreatedAssignment {
  gameId: string;
  /** The code in the students' link: /assignment/CODE. Not the game id, which opens the results. */
  code: string;
  joinUrl: string;
  deadline: string;
}

export interface AssignmentInfo {
  code: string;
  title: string;
  deadline: string;
  questionCount: number;
  closed: boolean;
  streakBonus: boolean;
  serverNow: string;
}

export const assignmentJoinSchema = z.object({ nickname: z.string().min(1).max(64) });
export const assignmentSeatSchema = z.object({ playerId: entityId, resumeToken: z.string().min(16).max(128) });
export const assignmentAnswerSchema = assignmentSeatSchema.extend({
  questionIndex: z.number().int().min(0).max(999),
  /** mc/tf: the option shown at this position. null (and no text or order): the time ran out. */
  choice: z.number().int().min(0).max(3).nullable().default(null),
  /** type: what the student typed. */
  text: z.string().trim().min(1, "Type an answer").max(TYPED_ANSWER_MAX).optional(),
  /** order: the display indices, first to last. */
  order: z.array(z.number().int().min(0).max(3)).min(2).max(4).optional(),
});
export type AssignmentSeat = z.infer<typeof assignmentSeatSchema>;
export type AssignmentAnswerInput = z.infer<typeof assignmentAnswerSchema>;

export interface AssignmentJoined extends AssignmentSeat {
  nickname: string;
}

export type AssignmentStep =
  | { kind: "question"; nickname: string; question: QuestionFace; remainingMs: number; score: number; streak: number }
  | {
      kind: "finished";
      nickname: string;
      /** True when the deadline ended it before the last question. */
      closed: boolean;
      score: number;
      correctCount: number;
      answeredCount: number;
      total: number;
      rank: number;
      playerCount: number;
    };

export interface AssignmentFeedback {
  index: number;
  total: number;
  correct: boolean;
  timedOut: boolean;
  choice: number | null;
  /** mc/tf: the key's position; -1 for type and order. */
  correctOption: number;
  /** type: what was typed and the first accepted answer; order: display indices sent and in true order. */
  text?: string | null;
  acceptedAnswer?: string | null;
  order?: number[] | null;
  correctOrder?: number[] | null;
  pointsEarned: number;
  bonus: number;
  score: number;
  streak: number;
  sourceSentence: string | null;
  explanation: string | null;
}

export type GameMode = "live" | "assignment";

export interface GameListItem {
  id: string;
  mode: GameMode;
  status: string;
  quizTitle: string;
  createdAt: string;
  endedAt: string | null;
  deadline: string | null;
  /** Assignments: past the deadline. Live games: finished. */
  closed: boolean;
  /** Assignments only: the students' link code, and the whole link (on the address students reach). */
  code: string | null;
  joinUrl: string | null;
  playerCount: number;
  questionCount: number;
}

export interface QuizGames {
  quizId: string;
  title: string | null;
  games: GameListItem[];
}

export interface ResultAnswer {
  /** mc/tf: the option chosen (index into the question's options). All three null: time ran out. */
  choice: number | null;
  /** "type" questions: what was typed. */
  text: string | null;
  /** "order" questions: the items in the order the player put them. */
  order: string[] | null;
  correct: boolean;
  points: number;
  elapsedMs: number;
}

export interface ResultPlayer {
  id: string;
  nickname: string;
  score: number;
  rank: number;
  correctCount: number;
  answeredCount: number;
  /** One entry per question; null where the student gave no answer (not reached, or absent). */
  answers: (ResultAnswer | null)[];
}

export interface ResultQuestion {
  index: number;
  type: QuestionType;
  prompt: string;
  /** mc/tf: the options; "type": the accepted answers; "order": the items in their true order. */
  options: string[];
  correct: number;
  points: number;
  timeLimitSec: number;
  /** Players who were asked it: everyone in a live game; in an assignment, those who reached it. */
  askedCount: number;
  correctCount: number;
  /** Difficulty as % correct of askedCount; null when nobody was asked. */
  percentCorrect: number | null;
  choiceCounts: number[];
}

export interface GameResults {
  id: string;
  mode: GameMode;
  status: string;
  quizId: string | null;
  quizTitle: string;
  createdAt: string;
  endedAt: string | null;
  deadline: string | null;
  closed: boolean;
  code: string | null;
  streakBonus: boolean;
  questions: ResultQuestion[];
  players: ResultPlayer[];
}

// ---------- article intake: "New quiz from an article" (server/articles, /api/articles/*) ----------
// A draft is what the generator (server/questions) made from an article; the teacher reviews and edits
// it, then saves the chosen items, converted to the bank format above, as a quiz linked to the article.

/** The generator's question kinds (server/questions/types.ts QuestionKind, checked there to match). */
export const ARTICLE_ITEM_KINDS = ["mc", "tf", "type", "number", "order", "quote"] as const;
export type ArticleItemKind = (typeof ARTICLE_ITEM_KINDS)[number];

export const ARTICLE_LIMITS = {
  /** Fewer words than this is not an article the generator can find facts in. */
  minWords: 80,
  /** Extracted text longer than this is refused (about 30,000 words). */
  maxChars: 200_000,
  /** Uploaded files (multipart/form-data, one part named "file"). */
  maxUploadBytes: 5 * 1024 * 1024,
  /** Questions per draft, spares included. */
  maxCount: 60,
  fileExtensions: [".txt", ".md", ".markdown", ".html", ".htm", ".pdf"],
} as const;

/** One generated item as the draft screen shows and edits it (the generator's GeneratedQuestion). */
export interface DraftItem {
  type: ArticleItemKind;
  prompt: string;
  /** mc/number/quote: the options; tf: ["True", "False"]; order: the events shuffled; type: []. */
  options: string[];
  /** The key; for "order" the events in their true order. */
  answer: string | string[];
  /** "type" items: answers accepted besides the key. */
  accept?: string[];
  /** Exact substring of the article's cleaned text. */
  sourceSentence: string;
  explanation: string;
  /** Offset of the answer (tf/order: of the source sentence) in the article's cleaned text. */
  answerStart: number;
  sentenceIndex: number;
  difficulty: "easy" | "medium" | "hard";
  focus?: string;
}

export interface DraftArticle {
  title: string;
  /** The cleaned text: every item's sourceSentence is a substring of it. */
  text: string;
  words: number;
  sourceUrl: string | null;
  source: "text" | "file" | "url";
  fileName: string | null;
}

export interface ArticleDraft {
  article: DraftArticle;
  questions: DraftItem[];
  ms: number;
}

const articleKind = z.enum(ARTICLE_ITEM_KINDS);
const draftCount = z.number().int().min(1).max(ARTICLE_LIMITS.maxCount);
const draftTypes = z.array(articleKind).min(1, "Pick at least one kind of question.").max(ARTICLE_ITEM_KINDS.length);

/** POST /api/articles/draft as JSON: exactly one of text or url. (A file goes as multipart/form-data.) */
export const articleDraftRequestSchema = z
  .object({
    text: z.string().max(4 * ARTICLE_LIMITS.maxChars, "That text is far too long to be one article.").optional(),
    url: z.string().trim().max(2000, "That web address is too long.").optional(),
    /** Re-runs send the article's own title and address back with its cleaned text. */
    title: z.string().trim().max(300).optional(),
    sourceUrl: z.string().trim().max(2000).nullable().optional(),
    count: draftCount.default(15),
    types: draftTypes.optional(),
  })
  .refine((r) => (r.text === undefined) !== (r.url === undefined), {
    message: "Send the article's text or a web address.",
    path: ["text"],
  });
export type ArticleDraftRequest = z.infer<typeof articleDraftRequestSchema>;

/** The fields sent beside the file in a multipart draft request. */
export const articleUploadFieldsSchema = z.object({
  count: z.coerce.number().pipe(draftCount).default(15),
  types: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(",").map((t) => t.trim()).filter(Boolean) : undefined))
    .pipe(draftTypes.optional()),
});

const itemIdentity = z.object({
  prompt: z.string().max(2000),
  answer: z.union([z.string().max(500), z.array(z.string().max(500)).max(12)]),
  sourceSentence: z.string().max(5000),
});

/** POST /api/articles/regenerate: the next unused item of one kind (deterministic for the same input). */
export const regenerateRequestSchema = z.object({
  text: z.string().min(1).max(ARTICLE_LIMITS.maxChars),
  type: articleKind,
  /** Items the teacher has seen (in the draft, deleted or replaced): never offered again. */
  exclude: z.array(itemIdentity).max(400).default([]),
});
export interface RegeneratedItem {
  question: DraftItem | null;
  ms: number;
}

/** An item as the teacher edited it, sent back to be saved. */
export const draftItemSchema = z.object({
  type: articleKind,
  prompt: z.string().max(2000),
  options: z.array(z.string().max(500)).max(12),
  answer: z.union([z.string().max(500), z.array(z.string().max(500)).max(12)]),
  accept: z.array(z.string().max(500)).max(12).optional(),
  sourceSentence: z.string().max(5000).nullable().optional(),
  explanation: z.string().max(5000).nullable().optional(),
});
export type DraftItemInput = z.infer<typeof draftItemSchema>;

/** POST /api/quizzes/from-article: saves the article and a quiz of the chosen items; answers QuizDetail. */
export const quizFromArticleSchema = z.object({
  title: z.string().trim().min(1, "Give the quiz a title").max(120, "Keep the title under 120 characters"),
  description: z.string().trim().max(500).optional(),
  article: z.object({
    title: z.string().trim().max(300),
    text: z.string().min(1).max(ARTICLE_LIMITS.maxChars),
    sourceUrl: z.string().trim().max(2000).nullable().optional(),
  }),
  items: z.array(draftItemSchema).min(1, "Choose at least one question to save.").max(100, "A quiz can have up to 100 questions."),
});
export type QuizFromArticle = z.infer<typeof quizFromArticleSchema>;

// ---------- teacher accounts (server/auth, /api/auth/*) ----------

export const teacherEmail = z.string().trim().toLowerCase().email("Enter a valid email address").max(200);
export const signupSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(80),
  email: teacherEmail,
  password: z.string().min(8, "Use at least 8 characters").max(200),
});
export const loginSchema = z.object({ email: teacherEmail, password: z.string().min(1, "Enter your password").max(200) });
export const adminSettingsSchema = z.object({ signupOpen: z.boolean() });
export type SignupInput = z.infer<typeof signupSchema>;
export type LoginInput = z.infer<typeof loginSchema>;

export interface TeacherSummary {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
}

/** GET /api/auth/status: what the login screen needs to know. */
export interface AuthStatus {
  /** No teacher exists yet: the first visitor creates the first (admin) account. */
  setupNeeded: boolean;
  signupOpen: boolean;
  teacher: TeacherSummary | null;
}

// ---------- study an article (server/http/study-article-routes.ts, POST /api/study/articles) ----------
// Anyone (no account) turns an article into an unowned quiz to study on their own: the same intake and
// generator as /api/articles/draft, only the question types solo study plays, saved at once.

export const STUDY_ARTICLE_DEFAULT_COUNT = 10;
export const STUDY_ARTICLE_COUNTS = [5, 10, 15, 20] as const;
const studyArticleCount = z.number().int().min(1, "Ask for at least one question.").max(30, "Ask for at most 30 questions.");

/** POST /api/study/articles as JSON: exactly one of text or url. (A file goes as multipart/form-data.) */
export const studyArticleRequestSchema = z
  .object({
    text: z.string().max(4 * ARTICLE_LIMITS.maxChars, "That text is far too long to be one article.").optional(),
    url: z.string().trim().max(2000, "That web address is too long.").optional(),
    count: studyArticleCount.default(STUDY_ARTICLE_DEFAULT_COUNT),
  })
  .refine((r) => (r.text === undefined) !== (r.url === undefined), {
    message: "Paste the article's text or give a web address.",
    path: ["text"],
  });
export type StudyArticleRequest = z.infer<typeof studyArticleRequestSchema>;

/** The fields sent beside the file in a multipart study request. */
export const studyArticleUploadFieldsSchema = z.object({
  count: z.coerce.number().pipe(studyArticleCount).default(STUDY_ARTICLE_DEFAULT_COUNT),
});

export interface StudyArticleCreated {
  quizId: string;
  title: string;
  questionCount: number;
}
