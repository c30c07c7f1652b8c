import type { Metadata } from "next";
import { PlayerGame } from "./PlayerGame";

export const metadata: Metadata = { title: "Join a game · Factsprint" };

export default async function PlayPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { pin } = await searchParams;
  const initialPin = typeof pin === "string" && /^\d{6}$/.test(pin.trim()) ? pin.trim() : null;
  return <PlayerGame initialPin={initialPin} />;
}
