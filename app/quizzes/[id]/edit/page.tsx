import type { Metadata } from "next";
import { QuizEditor } from "../../_components/QuizEditor";

export const metadata: Metadata = { title: "Edit quiz · Factsprint" };

export default async function EditQuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <QuizEditor key={id} quizId={id} />;
}
