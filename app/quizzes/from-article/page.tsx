import type { Metadata } from "next";
import { FromArticle } from "./_components/FromArticle";

export const metadata: Metadata = { title: "New quiz from an article · Factsprint" };

export default function FromArticlePage() {
  return <FromArticle />;
}
