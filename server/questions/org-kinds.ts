// What sort of organisation a name is, so that a company's wrong options are companies and a space centre's are
// places of work, not a country or a committee ("General Electric | Soviet Union, Johnson Space Center").
import { CARMAKER_FOUNDED, COMPANIES, FIRMS_NAMED_LIKE_PEOPLE } from "./data/pools";

export type OrgKind = "company" | "school" | "facility" | "party" | "international" | "government" | "club" | "publisher" | "court";

const INTERNATIONAL = new Set(
  ("United Nations|UN|European Union|EU|NATO|CSTO|World Bank|World Health Organization|WHO|Red Cross|UNESCO|African Union|OPEC|" +
    "Interpol|International Monetary Fund|IMF|World Trade Organization|WTO|Council of Europe|Arab League|Organization of American States|" +
    "International Court of Justice|International Criminal Court|ICC|International Olympic Committee|UNICEF|Commonwealth|OSCE|ASEAN")
    .split("|"),
);
const COMPANY_NAMES = new Set([...COMPANIES, ...Object.keys(CARMAKER_FOUNDED), ...FIRMS_NAMED_LIKE_PEOPLE]);

/** The last word (or two) of a name says what it is: "… Company", "… University", "… Space Center". */
const BY_ENDING: [OrgKind, RegExp][] = [
  ["company", /\b(?:Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|LLC|plc|GmbH|AG|SA|NV|SpA|AB|ASA|Oyj|Pvt|Bhd|Tbk|BV|Pty|Motors|Electric|Dynamics|Airlines|Airways|Aircraft|Aviation|Industries|Technologies|Oil)$/],
  ["publisher", /\b(?:Press|Publishing|Publishers)$/],
  ["school", /\b(?:School|Academy|Polytechnic|University|College)$|\bInstitute of Technology$/],
  ["facility", /\b(?:Center|Centre|Laboratory|Laboratories|Observatory|Hospital|Museum|Library|Base)$/],
  ["party", /\bParty$/],
  ["government", /\b(?:Administration|Agency|Department|Ministry|Office|Bureau|Commission|Committee|Council|Task Group|Service|Authority|Parliament|Senate|Congress|Army|Navy|Air Force|Government)$/],
  ["club", /\b(?:United|Rovers|Wanderers|Athletic|Albion|Hotspur|FC|Club)$/],
  // "Parliament of Victoria", "Council of the European Union": a government body, whatever follows
  ["government", /^(?:Parliament|Council|Ministry|Department|Senate|Congress|Assembly|Government) of\b/],
  // "European Court of Justice", "Court of Appeal": a court, whatever follows
  ["court", /\bCourt\b/],
  // "University of Chicago", "Warsaw University of Technology": a school, whatever follows
  ["school", /\b(?:University|College)\b/],
];

export function orgKind(name: string): OrgKind | undefined {
  const n = name.replace(/^the\s+/i, "").trim();
  if (INTERNATIONAL.has(n)) return "international";
  if (COMPANY_NAMES.has(n)) return "company";
  for (const [kind, re] of BY_ENDING) if (re.test(n)) return kind;
  return undefined;
}
