import type { LearnerBank, StudyDeck, StudyFeedback } from "@/server/protocol";
import { apiFetch } from "./http";

/** The seam for "study an article": any screen that has a quiz id can send a learner here. */
export const studyHref = (quizId: string) => `/study/${encodeURIComponent(quizId)}`;

export const fetchDeck = (quizId: string, learner: string) =>
  apiFetch<StudyDeck>(`/api/study/${encodeURIComponent(quizId)}?learner=${encodeURIComponent(learner)}`);
export const fetchLearnerBanks = (learner: string) => apiFetch<LearnerBank[]>(`/api/study?learner=${encodeURIComponent(learner)}`);
export const postStudyAnswer = (quizId: string, body: { learnerId: string; questionId: string; choice: number | null; text?: string; order?: number[]; elapsedMs: number }) =>
  apiFetch<StudyFeedback>(`/api/study/${encodeURIComponent(quizId)}/answer`, body);
