// The two sample quizzes Factsprint ships with, made by the generator from our own sample texts.
// The texts (*.md beside this file) are our own words; only the facts come from the credited articles.
// The questions are whatever server/questions makes of them (10 per text, converted the way the "New quiz
// from an article" screen saves a draft); banks.generated.md is that output as a person reads it, and a
// test keeps it in step, so a change to the generator shows up there for review.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { QuestionInput } from "../../server/protocol";
import { generateQuestions } from "../../server/questions";
import { itemToQuestion } from "../../server/articles/convert";

export interface SampleBank {
  slug: string;
  title: string;
  description: string;
  /** File name of the sample text, relative to this folder. */
  articleFile: string;
  questions: QuestionInput[];
}

export const SAMPLE_QUESTION_COUNT = 10;

/** Reads a sample text (e.g. "karabakh-analysis.md") that sits beside this module. */
export function readSampleText(articleFile: string): string {
  return readFileSync(fileURLToPath(new URL(`./${articleFile}`, import.meta.url)), "utf8");
}

/** The generator's best `SAMPLE_QUESTION_COUNT` items for a text, as the question bank stores them. */
export function sampleQuestions(text: string): QuestionInput[] {
  const { questions } = generateQuestions(text, { count: SAMPLE_QUESTION_COUNT });
  return questions.map((q) =>
    itemToQuestion({
      type: q.type,
      prompt: q.prompt,
      options: q.options,
      answer: q.answer,
      ...(q.accept ? { accept: q.accept } : {}),
      sourceSentence: q.sourceSentence,
      explanation: q.explanation,
    }),
  );
}

const SOURCES: Omit<SampleBank, "questions">[] = [
  {
    slug: "karabakh-analysis",
    title: "Russia's Retreat from Karabakh",
    description:
      "An analysis of what the Russian peacekeepers' exit from Nagorno-Karabakh means for Moscow in the South Caucasus. Facts drawn from an analysis by Nikola Mikovic (World Geostrategic Insights).",
    articleFile: "karabakh-analysis.md",
  },
  {
    slug: "karabakh-exit-news",
    title: "Russian Peacekeepers Pull Out of Karabakh",
    description:
      "A news story on the Russian withdrawal from Nagorno-Karabakh and how people in Armenia and Azerbaijan reacted. Facts drawn from an AFP news report.",
    articleFile: "karabakh-exit-news.md",
  },
];

/** Questions are generated on first use only: a server whose teachers already have their copies never needs them. */
export const SAMPLE_BANKS: SampleBank[] = SOURCES.map((s) => {
  let questions: QuestionInput[] | undefined;
  return {
    ...s,
    get questions() {
      return (questions ??= sampleQuestions(readSampleText(s.articleFile)));
    },
  };
});

/** The banks as a reviewer reads them: every question with its options, the key marked, and its sentence. */
export function renderSampleBanks(banks: SampleBank[] = SAMPLE_BANKS): string {
  const lines = ["# Sample banks, as the generator makes them", "", "Written by `prisma/samples/samples.test.ts`; do not edit by hand.", ""];
  for (const b of banks) {
    lines.push(`## ${b.title} (${b.articleFile})`, "");
    b.questions.forEach((q, i) => {
      lines.push(`${i + 1}. [${q.type}] ${q.prompt}`);
      if (q.type === "mc" || q.type === "tf") q.options.forEach((o, k) => lines.push(`   - ${k === q.correct ? "**" + o + "**" : o}`));
      if (q.type === "type") lines.push(`   - accepted: ${q.options.join(" / ")}`);
      if (q.type === "order") q.options.forEach((o, k) => lines.push(`   ${k + 1}) ${o}`));
      lines.push(`   > ${q.sourceSentence ?? ""}`, "");
    });
  }
  return lines.join("\n");
}
