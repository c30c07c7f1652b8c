// Bits every host screen uses.
import type { HostView } from "@/server/protocol";

export type ViewOf<P extends HostView["phase"]> = Extract<HostView, { phase: P }>;

export const BIG_BUTTON = "px-[2.4vw] py-[1.4vh] text-[max(18px,1.9vw)] rounded-xl shadow-md";
