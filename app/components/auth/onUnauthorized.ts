// What the teacher screens do when an API call answers 401 NOT_SIGNED_IN (the session ended or was
// logged out in another tab): go to /login, coming back to this page afterwards. A full page load,
// so nothing of the previous teacher stays in memory; the editor's local backup keeps unsaved work.
import { forgetTeacher } from "./session";

let redirecting = false;

export function redirectToLogin(): void {
  if (typeof window === "undefined" || redirecting) return;
  const { pathname, search } = window.location;
  if (pathname === "/login" || pathname === "/signup") return;
  redirecting = true;
  forgetTeacher();
  window.location.replace(`/login?next=${encodeURIComponent(pathname + search)}`);
}
