// The anonymous learner: a random id kept in this browser, sent with every study request, so progress
// survives visits without an account. Made with getRandomValues, which (unlike randomUUID) also works
// on plain-http LAN addresses, where classroom servers usually live.
const KEY = "factsprint:learner";
const VALID = /^[A-Za-z0-9_-]{16,64}$/;

function newLearnerId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** This browser's learner id, created on first use. In private mode (no storage) it lasts the page. */
let fallback: string | null = null;
export function learnerId(): string {
  try {
    const saved = window.localStorage.getItem(KEY);
    if (saved && VALID.test(saved)) return saved;
    const id = newLearnerId();
    window.localStorage.setItem(KEY, id);
    return id;
  } catch {
    fallback ??= newLearnerId();
    return fallback;
  }
}

const TIMER_PREF = "factsprint:pref:studyTimer";
export function loadTimerPref(): boolean {
  try {
    return window.localStorage.getItem(TIMER_PREF) === "on";
  } catch {
    return false;
  }
}
export function saveTimerPref(on: boolean): void {
  try {
    window.localStorage.setItem(TIMER_PREF, on ? "on" : "off");
  } catch {
    /* not essential */
  }
}
