import type { Metadata } from "next";
import { StudyArticle } from "./StudyArticle";

export const metadata: Metadata = { title: "Study an article · Factsprint" };

export default function StudyArticlePage() {
  return <StudyArticle />;
}
