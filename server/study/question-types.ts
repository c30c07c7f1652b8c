// Solo study and assignments show options to tap, so they play the option-based question types only.
// New types (typed answers, ordering) need their own screens before they are added here; until then
// they are left out of study decks and assignment snapshots rather than shown without a way to answer.
export const SOLO_QUESTION_TYPES = ["mc", "tf"] as const;

export function isSoloPlayable(type: string): boolean {
  return (SOLO_QUESTION_TYPES as readonly string[]).includes(type);
}
