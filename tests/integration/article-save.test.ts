// From draft to quiz through the real server: regenerate one item, save the reviewed items (every kind
// converted to the bank format), find the quiz and its article, host it; and the refusals on saving.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, ArticleDraft, DraftItem, QuizDetail, QuizSummary, RegeneratedItem } from "../../server/protocol";
import type { RunningServer } from "../../server/index";
import { STORY_TEXT, STORY_TITLE } from "../../server/articles/test-fixtures";
import { postJson, startTestServer, teacherCookie } from "./helpers";

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function post(path: string, body: unknown): Promise<{ status: number; json: ApiError & Record<string, unknown> }> {
  const res = await fetch(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: teacherCookie(server) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

const identity = (q: DraftItem) => ({ prompt: q.prompt, answer: q.answer, sourceSentence: q.sourceSentence });

describe("regenerate and save", () => {
  let draft: ArticleDraft;

  beforeAll(async () => {
    draft = await postJson<ArticleDraft>(server, "/api/articles/draft", { text: STORY_TEXT, count: 12 });
  });

  it("regenerates the next unused item of the same type, the same one each time", async () => {
    const item = draft.questions.find((q) => q.type === "number") ?? draft.questions[0];
    const body = { text: draft.article.text, type: item.type, exclude: draft.questions.map(identity) };
    const a = await postJson<RegeneratedItem>(server, "/api/articles/regenerate", body);
    const b = await postJson<RegeneratedItem>(server, "/api/articles/regenerate", body);
    expect(a.question).not.toBeNull();
    expect(a.question).toEqual(b.question);
    expect(a.question!.type).toBe(item.type);
    expect(draft.questions.map((q) => q.prompt)).not.toContain(a.question!.prompt);
    expect(draft.article.text).toContain(a.question!.sourceSentence);
    const bad = await post("/api/articles/regenerate", { text: "", type: "mc" });
    expect(bad.status).toBe(400);
  });

  it("saves edited items as a quiz linked to its article, converting every kind", async () => {
    const items = draft.questions.map((q, i) => (i === 0 ? { ...q, prompt: q.prompt + " (edited)" } : q));
    const extra: DraftItem[] = [
      { type: "tf", prompt: "True or false: the tower was built in 1873.", options: ["True", "False"], answer: "False", sourceSentence: "s1", explanation: "e1", answerStart: 0, sentenceIndex: 0, difficulty: "easy" },
      { type: "type", prompt: "Who built the tower?", options: [], answer: "Margaret Cole", accept: ["Cole", "cole", "M. Cole"], sourceSentence: "s2", explanation: "e2", answerStart: 0, sentenceIndex: 0, difficulty: "hard" },
      { type: "order", prompt: "Put these events in order", options: ["c", "a", "b"], answer: ["Built", "Closed", "Reopened"], sourceSentence: "s3", explanation: "e3", answerStart: 0, sentenceIndex: 0, difficulty: "hard" },
      { type: "quote", prompt: "Who said it?", options: ["Tomos Griffiths", "Margaret Cole", "Rhian Mostyn", "Mary Evans"], answer: "Margaret Cole", sourceSentence: "s4", explanation: "e4", answerStart: 0, sentenceIndex: 0, difficulty: "medium" },
    ];
    const { status, json } = await post("/api/quizzes/from-article", {
      title: "Lighthouse quiz",
      article: { title: draft.article.title, text: draft.article.text, sourceUrl: "https://news.example.org/lighthouse" },
      items: [...items, ...extra],
    });
    expect(status).toBe(201);
    const quiz = json as unknown as QuizDetail & { articleId: string };
    expect(quiz.title).toBe("Lighthouse quiz");
    expect(quiz.description).toBe(`Questions generated from “${STORY_TITLE}” (news.example.org).`);
    expect(quiz.questions).toHaveLength(items.length + extra.length);
    expect(quiz.questions[0].prompt).toMatch(/\(edited\)$/);
    for (const [i, q] of items.entries()) {
      const saved = quiz.questions[i];
      expect(saved.sourceSentence).toBe(q.sourceSentence);
      expect(saved.explanation).toBe(q.explanation);
      if (q.type === "mc" || q.type === "number" || q.type === "quote") expect(saved.options[saved.correct]).toBe(q.answer);
    }
    const [tf, typed, ordered, quote] = quiz.questions.slice(items.length);
    expect(tf).toMatchObject({ type: "tf", options: ["True", "False"], correct: 1, timeLimitSec: 20, points: 1000, sourceSentence: "s1", explanation: "e1" });
    expect(typed).toMatchObject({ type: "type", options: ["Margaret Cole", "Cole", "M. Cole"], correct: 0, timeLimitSec: 30 });
    expect(ordered).toMatchObject({ type: "order", options: ["Built", "Closed", "Reopened"], correct: 0, timeLimitSec: 30 });
    expect(quote).toMatchObject({ type: "mc", correct: 1, timeLimitSec: 20 });

    // The article row is stored and linked.
    const row = await server.database.prisma.quiz.findUnique({ where: { id: quiz.id }, include: { article: true } });
    expect(row?.articleId).toBe(quiz.articleId);
    expect(row?.article).toMatchObject({ title: STORY_TITLE, text: draft.article.text, sourceUrl: "https://news.example.org/lighthouse" });

    // It is in the library, and can be hosted.
    const library = await (await fetch(`${server.url}/api/quizzes`, { headers: { cookie: teacherCookie(server) } })).json() as QuizSummary[];
    expect(library.find((q) => q.id === quiz.id)).toMatchObject({ title: "Lighthouse quiz", questionCount: quiz.questions.length });
    const game = await postJson<{ pin: string; hostToken: string }>(server, "/api/games", { quizId: quiz.id });
    expect(game.pin).toMatch(/^\d{6}$/);
  });

  it("gives the quiz to the signed-in teacher", async () => {
    const signup = await fetch(`${server.url}/api/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Ada", email: `ada-${Date.now()}@school.example`, password: "correct horse battery" }),
    });
    expect(signup.status).toBe(201);
    const cookie = signup.headers.get("set-cookie")!.split(";")[0];
    const res = await fetch(`${server.url}/api/quizzes/from-article`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ title: "Mine", article: { title: draft.article.title, text: draft.article.text }, items: draft.questions.slice(0, 2) }),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as QuizDetail;
    const row = await server.database.prisma.quiz.findUnique({ where: { id }, include: { teacher: true } });
    expect(row?.teacher?.name).toBe("Ada");
  });

  it("refuses a save with nothing chosen, no title, or items that can't be played, and stores nothing", async () => {
    const before = await server.database.prisma.article.count();
    const article = { title: draft.article.title, text: draft.article.text };
    const none = await post("/api/quizzes/from-article", { title: "x", article, items: [] });
    expect(none.status).toBe(400);
    expect(none.json.error.message).toBe("Choose at least one question to save.");
    const untitled = await post("/api/quizzes/from-article", { title: "  ", article, items: draft.questions.slice(0, 1) });
    expect(untitled.json.error.message).toBe("Give the quiz a title");
    const good = draft.questions[0];
    const broken = await post("/api/quizzes/from-article", {
      title: "Broken",
      article,
      items: [good, { type: "mc", prompt: "Which?", options: ["a", "b", "c", "d"], answer: "z" }, { type: "order", prompt: "Order", options: [], answer: ["one", "two"] }],
    });
    expect(broken.status).toBe(400);
    expect(broken.json.error.message).toBe("2 questions need fixing before saving.");
    expect(broken.json.error.issues).toEqual([
      { path: "items.1.answer", message: "Mark one of the options as the correct answer" },
      { path: "items.2.answer", message: "Ordering takes 3 or 4 items, listed in their correct order" },
    ]);
    expect(await server.database.prisma.article.count()).toBe(before);
  });
});
