import { describe, expect, it } from "vitest";
import { authHref, safeNext } from "./next";

describe("safeNext", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeNext("/quizzes/abc/edit")).toBe("/quizzes/abc/edit");
    expect(safeNext("/results/game/g1?tab=matrix#q2")).toBe("/results/game/g1?tab=matrix#q2");
    expect(safeNext("/host/123456")).toBe("/host/123456");
  });

  it("refuses anything that could leave the site", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "/\t/evil.example",
      "javascript:alert(1)",
      "quizzes",
      "",
      null,
      undefined,
    ]) {
      expect(safeNext(bad)).toBe("/quizzes");
    }
  });

  it("never sends back to the login or sign-up pages", () => {
    expect(safeNext("/login?next=/quizzes")).toBe("/quizzes");
    expect(safeNext("/signup")).toBe("/quizzes");
    expect(safeNext("/login-help")).toBe("/login-help");
  });

  it("builds login links, leaving out the default destination", () => {
    expect(authHref("/login", "/quizzes")).toBe("/login");
    expect(authHref("/login", "/results/quiz/q1?x=1")).toBe("/login?next=%2Fresults%2Fquiz%2Fq1%3Fx%3D1");
    expect(authHref("/signup", "https://evil.example")).toBe("/signup");
  });
});
