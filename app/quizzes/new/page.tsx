import type { Metadata } from "next";
import { QuizEditor } from "../_components/QuizEditor";

export const metadata: Metadata = { title: "New quiz · Factsprint" };

export default function NewQuizPage() {
  return <QuizEditor />;
}
