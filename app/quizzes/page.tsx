import type { Metadata } from "next";
import { QuizLibrary } from "./_components/QuizLibrary";

export const metadata: Metadata = { title: "Quiz library · Factsprint" };

export default function QuizzesPage() {
  return <QuizLibrary />;
}
