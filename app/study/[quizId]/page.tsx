import type { Metadata } from "next";
import { StudyApp } from "./StudyApp";

export const metadata: Metadata = { title: "Study · Factsprint" };

// Any quiz id starts a study session: the library's "Study", a link a teacher shares, or (later) a quiz
// generated on the spot from an article.
// `?start=1` (from "Study an article") skips the overview and starts the sitting at once.
export default async function StudyPage({ params, searchParams }: { params: Promise<{ quizId: string }>; searchParams: Promise<{ start?: string }> }) {
  const { quizId } = await params;
  const { start } = await searchParams;
  return <StudyApp key={quizId} quizId={quizId} autoStart={start === "1"} />;
}
