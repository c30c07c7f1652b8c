import type { Metadata } from "next";
import { StudyHome } from "./StudyHome";

export const metadata: Metadata = { title: "My study · Factsprint" };

export default function StudyHomePage() {
  return <StudyHome />;
}
