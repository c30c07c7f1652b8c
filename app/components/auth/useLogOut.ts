"use client";
// Log out: end the session on the server, then show /login. While it runs the button says so; if the
// server can't be reached the error is returned for the screen to show.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "@/app/quizzes/_lib/api";
import { logOut } from "./api";

export function useLogOut() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await logOut();
      router.replace("/login");
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return { logOut: run, busy, error };
}
