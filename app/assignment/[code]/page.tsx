import type { Metadata } from "next";
import { AssignmentPlay } from "./AssignmentPlay";

export const metadata: Metadata = { title: "Assignment · Factsprint" };

export default async function AssignmentPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <AssignmentPlay key={code} code={code} />;
}
