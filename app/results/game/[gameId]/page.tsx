import type { Metadata } from "next";
import { GameResultsView } from "./GameResultsView";

export const metadata: Metadata = { title: "Game results · Factsprint" };

export default async function GameResultsPage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  return <GameResultsView key={gameId} gameId={gameId} />;
}
