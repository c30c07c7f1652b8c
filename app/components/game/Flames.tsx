/** "🔥 3" for a streak of 3 or more consecutive correct answers (2+ shows too: it's the fun part). */
export function Streak({ streak, className = "" }: { streak: number; className?: string }) {
  if (streak < 2) return null;
  return (
    <span className={`inline-flex items-center gap-1 font-bold text-orange-600 ${className}`} title={`${streak} in a row`}>
      <span aria-hidden="true">🔥</span>
      <span className="sr-only">Streak: </span>
      {streak}
      <span className="sr-only"> in a row</span>
    </span>
  );
}
