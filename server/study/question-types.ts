// Which question types each solo mode plays. Study plays them all: options to tap (mc/tf), a typed
// answer (type) and ordering (order), each with its own screen. Assignments play them all too.
export const SOLO_QUESTION_TYPES = ["mc", "tf", "type", "order"] as const;
/** Student-paced assignments: the types snapshotted into a new assignment. */
export const ASSIGNMENT_QUESTION_TYPES = ["mc", "tf", "type", "order"] as const;

export function isSoloPlayable(type: string): boolean {
  return (SOLO_QUESTION_TYPES as readonly string[]).includes(type);
}

export function isAssignmentPlayable(type: string): boolean {
  return (ASSIGNMENT_QUESTION_TYPES as readonly string[]).includes(type);
}
