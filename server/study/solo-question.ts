// A stored question as solo study plays it: an EngineQuestion (so the live game's judge, visible options
// and key functions in server/game/responses.ts apply as they are), with this learner's display order.
import type { EngineQuestion } from "../game/types";
import type { PointsValue, QuestionType } from "../protocol";
import { soloDisplayOrder } from "./shuffle";

export interface SoloQuestionRow {
  id: string;
  type: string;
  prompt: string;
  options: unknown;
  correct?: number;
  timeLimitSec: number;
  points?: number;
  sourceSentence?: string | null;
  explanation?: string | null;
}

export function soloQuestion(row: SoloQuestionRow, seed: string): EngineQuestion {
  const options = row.options as string[];
  const type = row.type as QuestionType;
  const displayOrder = soloDisplayOrder(type, options.length, seed);
  return {
    id: row.id,
    type,
    prompt: row.prompt,
    options,
    correct: row.correct ?? 0,
    ...(displayOrder ? { displayOrder } : {}),
    timeLimitSec: row.timeLimitSec,
    points: (row.points ?? 1000) as PointsValue,
    sourceSentence: row.sourceSentence ?? null,
    explanation: row.explanation ?? null,
  };
}
