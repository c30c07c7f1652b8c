// Teacher screens: only for a signed-in teacher (others are sent to /login and brought back here).
import type { ReactNode } from "react";
import { RequireTeacher } from "@/app/components/auth/RequireTeacher";

export default function TeacherLayout({ children }: { children: ReactNode }) {
  return <RequireTeacher>{children}</RequireTeacher>;
}
