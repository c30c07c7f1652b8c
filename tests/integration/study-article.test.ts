// "Study an article" through the real server: pasted text → an unowned quiz with its article → the
// study API serves its questions without keys; refusals (too short, binary, bad count, rate limit).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, StudyArticleCreated, StudyDeck, StudyFeedback } from "../../server/protocol";
import type { RunningServer } from "../../server/index";
import { isSoloPlayable } from "../../server/study/question-types";
import { startTestServer } from "./helpers";

// An invented story, written for this test.
const ARTICLE = `The Orchard Bridge Opens at Kestrel Ford

After six years of work, the Orchard Bridge at Kestrel Ford opened to walkers and cyclists on Monday. The bridge was designed by the engineer Helena Varga and crosses the River Dunmore in a single span of 140 metres.

The project cost 18 million euros. Most of the money came from the Riverside Fund, which collected it from more than 9,000 families living along the valley.

The deck is made of recycled steel from the old railway viaduct, which was taken down in 2017. Local schoolchildren painted the 64 panels that line the walkway, each showing a bird that nests on the river.

Mayor Tomas Brandt cut the ribbon in front of a crowd of about 4,000 people. "For the first time in a century, the two halves of the town are joined again," Brandt said. A small museum about the old ferry will open beside the bridge in May, and entry will be free for children.
`;
const LEARNER = "learner_article_0123456789";

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function studyArticle(body: unknown): Promise<{ status: number; json: StudyArticleCreated & ApiError }> {
  const res = await fetch(`${server.url}/api/study/articles`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

describe("study an article", () => {
  let created: StudyArticleCreated;

  it("makes an unowned quiz with its article from pasted text, without an account", async () => {
    const { status, json } = await studyArticle({ text: ARTICLE, count: 6 });
    expect(status, JSON.stringify(json)).toBe(201);
    created = json;
    expect(created.quizId).toBeTruthy();
    expect(created.title).toBe("The Orchard Bridge Opens at Kestrel Ford");
    expect(created.questionCount).toBeGreaterThan(0);
    expect(created.questionCount).toBeLessThanOrEqual(6);

    const quiz = await server.database.prisma.quiz.findUnique({ where: { id: created.quizId }, include: { questions: true, article: true } });
    expect(quiz?.teacherId).toBeNull();
    expect(quiz?.article?.text).toContain("Helena Varga");
    expect(quiz?.questions.length).toBe(created.questionCount);
    for (const q of quiz!.questions) {
      expect(isSoloPlayable(q.type)).toBe(true);
      if (q.sourceSentence) expect(quiz!.article!.text).toContain(q.sourceSentence);
    }
  });

  it("serves the questions to a learner without their keys, and answers with the source sentence", async () => {
    const res = await fetch(`${server.url}/api/study/${created.quizId}?learner=${LEARNER}`);
    expect(res.status).toBe(200);
    const deck = (await res.json()) as StudyDeck;
    expect(deck.questions.length).toBe(created.questionCount);
    expect(deck.due.newIds.length).toBe(created.questionCount);
    for (const q of deck.questions) {
      expect(Object.keys(q).sort()).toEqual(["id", "index", "options", "prompt", "timeLimitSec", "type"]);
    }
    const raw = JSON.stringify(deck);
    expect(raw).not.toMatch(/"correct"|sourceSentence|explanation/);

    // answered by choice: the first question that takes one (which kinds lead depends on the generator's ranking)
    const first = deck.questions.find((q) => q.type === "mc" || q.type === "tf")!;
    expect(first).toBeDefined();
    const answer = await fetch(`${server.url}/api/study/${created.quizId}/answer`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ learnerId: LEARNER, questionId: first.id, choice: 0, elapsedMs: 3000 }),
    });
    expect(answer.status).toBe(200);
    const feedback = (await answer.json()) as StudyFeedback;
    expect(ARTICLE.replace(/\s+/g, " ")).toContain(feedback.sourceSentence);
  });

  it("refuses a text too short to be an article, naming the field", async () => {
    const { status, json } = await studyArticle({ text: "Far too short to ask anything about." });
    expect(status).toBe(400);
    expect(json.error.message).toMatch(/words/);
    expect(json.error.issues?.[0].path).toBe("text");
  });

  it("refuses binary text, a bad count and a request without an article", async () => {
    const binary = await studyArticle({ text: "\u0000\u0001\u0002PK\u0003\u0004".repeat(200) });
    expect(binary.status).toBe(400);
    expect(binary.json.error.issues?.[0].path).toBe("text");
    const count = await studyArticle({ text: ARTICLE, count: 500 });
    expect(count.status).toBe(400);
    expect(count.json.error.issues?.[0].path).toBe("count");
    const none = await studyArticle({ count: 5 });
    expect(none.status).toBe(400);
    expect(none.json.error.message).toMatch(/Paste the article's text or give a web address/);
  });

  it("refuses an unreachable web page, naming the field", async () => {
    const { status, json } = await studyArticle({ url: "not a web address" });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(json.error.issues?.[0].path).toBe("url");
  });

  it("limits how many articles one address can send", async () => {
    let last: Awaited<ReturnType<typeof studyArticle>> | null = null;
    for (let i = 0; i < 12; i++) {
      last = await studyArticle({ text: "Short." });
      if (last.status === 429) break;
    }
    expect(last!.status).toBe(429);
    expect(last!.json.error.code).toBe("RATE_LIMITED");
    expect(last!.json.error.message).toMatch(/Wait a few minutes/);
  });
});
