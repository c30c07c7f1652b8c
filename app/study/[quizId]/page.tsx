import type { Metadata } from "next";
import { StudyApp } from "./StudyApp";

export const metadata: Metadata = { title: "Study · Factsprint" };

// Any quiz id starts a study session: the library's "Study", a link a teacher shares, or (later) a quiz
// generated on the spot from an article.
export default async function StudyPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  return <StudyApp key={quizId} quizId={quizId} />;
}
