// The final podium: 2nd, 1st, 3rd, with the nicknames above the blocks.
import type { RankedPlayer } from "@/server/protocol";
import { formatScore, ordinal } from "@/app/lib/format";

const BLOCK = {
  1: { height: "h-[34vh]", colour: "bg-amber-400 text-amber-950", medal: "🥇" },
  2: { height: "h-[25vh]", colour: "bg-slate-300 text-slate-900", medal: "🥈" },
  3: { height: "h-[18vh]", colour: "bg-orange-300 text-orange-950", medal: "🥉" },
} as const;

export function Podium({ ranking }: { ranking: RankedPlayer[] }) {
  // DOM order is 1st, 2nd, 3rd (what a screen reader should hear); CSS order shows 2nd, 1st, 3rd.
  // Blocks go by position, labels by rank (ties may give two players the same rank).
  const top = ranking.slice(0, 3);
  const visualOrder = [2, 1, 3];
  return (
    <ol className="flex items-end justify-center gap-[1.5vw]" aria-label="Podium">
      {[0, 1, 2].map((i) => {
        const p = top[i];
        const block = BLOCK[(i + 1) as 1 | 2 | 3];
        if (!p) return <li key={i} className="w-[22vw]" style={{ order: visualOrder[i] }} aria-hidden="true" />;
        return (
          <li key={i} className="flex w-[22vw] flex-col items-center" style={{ order: visualOrder[i] }}>
            <span className="text-[3vw]" aria-hidden="true">
              {BLOCK[Math.min(3, p.rank) as 1 | 2 | 3].medal}
            </span>
            <span
              className={`line-clamp-2 max-w-full text-center leading-tight font-black [overflow-wrap:anywhere] text-white ${p.nickname.length > 12 ? "text-[2vw]" : "text-[2.6vw]"}`}
              title={p.nickname}
            >
              {p.nickname}
            </span>
            <span className="mb-[1vh] text-[1.6vw] font-semibold text-white/85">{formatScore(p.score)} pts</span>
            <div className={`flex w-full items-start justify-center rounded-t-2xl pt-[1.5vh] text-[3.5vw] font-black shadow-lg ${block.height} ${block.colour}`}>
              <span className="sr-only">Place: </span>
              {ordinal(p.rank)}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
