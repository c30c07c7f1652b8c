import type { GameResults, QuizGames } from "@/server/protocol";
import { apiFetch } from "@/app/study/_lib/http";

export const fetchQuizGames = (quizId: string) => apiFetch<QuizGames>(`/api/results/quizzes/${encodeURIComponent(quizId)}`);
export const fetchGameResults = (gameId: string) => apiFetch<GameResults>(`/api/results/games/${encodeURIComponent(gameId)}`);
export const csvHref = (gameId: string) => `/api/results/games/${encodeURIComponent(gameId)}/csv`;
export const gameHref = (gameId: string) => `/results/game/${encodeURIComponent(gameId)}`;
export const quizResultsHref = (quizId: string) => `/results/quiz/${encodeURIComponent(quizId)}`;
