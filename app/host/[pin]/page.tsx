import type { Metadata } from "next";
import { HostGame } from "./HostGame";

export const metadata: Metadata = { title: "Host · Factsprint" };

export default async function HostPage({ params }: { params: Promise<{ pin: string }> }) {
  const { pin } = await params;
  return <HostGame pin={pin} />;
}
