import type { Metadata } from "next";
import { QuizGamesView } from "./QuizGamesView";

export const metadata: Metadata = { title: "Results · Factsprint" };

export default async function QuizResultsPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  return <QuizGamesView key={quizId} quizId={quizId} />;
}
