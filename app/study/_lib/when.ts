// Due dates in words a learner reads at a glance: "in 10 minutes", "tomorrow at 18:00", "in 3 days".
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const time = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dayAndTime = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export function dueIn(iso: string, now = Date.now()): string {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return "";
  const diff = at - now;
  if (diff <= 0) return "now";
  if (diff < HOUR) return `in ${Math.max(1, Math.round(diff / MIN))} minute${Math.round(diff / MIN) === 1 ? "" : "s"}`;
  const days = Math.round((startOfDay(at) - startOfDay(now)) / DAY);
  if (days === 0) return `today at ${time.format(at)}`;
  if (days === 1) return `tomorrow at ${time.format(at)}`;
  return `in ${days} days`;
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : dayAndTime.format(d);
}
