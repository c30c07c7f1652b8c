// The words term extraction reads by: nouns too general to ask, words that break or open a phrase, verbs the
// tagger may take for nouns, fixed phrases. Kept apart from the extraction so that terms.ts reads as the steps it takes.

/** A word for a number or a part of things, before "of" and what they are: "groups of flagellants", "bands of rebels",
 * "a tiny fraction of starlight". */
export const COLLECTIVE = /^(?:groups?|bands?|crowds?|gangs?|teams?|flocks?|herds?|swarms?|packs?|numbers?|dozens|hundreds|thousands|millions|lots|sets?|pairs?|fractions?|portions?|proportions?|pieces?|amounts?|quantit(?:y|ies)|percentages?)$/i;

/** Nouns too general to be worth a question on their own. */
export const GENERIC = new Set(
  ("thing things way ways part parts kind kinds type types lot number numbers time times year years day days people person man men " +
    "woman women world area areas case cases fact facts form forms group groups member members place places point points side sides " +
    "end use uses work result results product products example examples order level levels term terms name names state states system systems " +
    "role roles process presence action actions issue issues need needs move moment moments matter history interest interests " +
    "position positions impact support lack approach view views policy question questions change changes effort efforts " +
    "others other something anything nothing everything nobody everybody somebody anybody everyone someone anyone one ones itself themselves himself herself series set sets amount amounts " +
    "image picture figure table list unit units region regions nation nations country countries secret secrets reason thing aspect aspects factor factors fact facts situation " +
    "idea ideas notion notions backing approval consent permission help comparison comparisons analogy " +
    "less more lot lots bit deal couple following addition instance majority minority half rest variety range mix mixture combination handful host array fraction portion proportion percentage basis purpose reason reasons effect effects " +
    // the unnamed voices a report cites ("Critics say…", "Experts warn…") are who said it, not what the article says
    "critics experts observers analysts commentators officials authorities sources historians scientists researchers")
    .split(/\s+/),
);

/** Words compromise may tag as adjectives that begin a new phrase or are not modifiers at all. */
export const BREAKERS = new Set(["less", "more", "sufficient", "enough", "many", "much", "several", "few", "some", "most", "other", "such", "beyond", "within", "without", "above", "below", "each", "every", "all", "both", "either", "neither", "own", "various", "numerous",
  // prepositions compromise may tag as adjectives ("in the leaves, inside small structures")
  "inside", "outside", "beneath", "underneath", "behind", "amid", "amidst", "despite", "unlike", "via",
  // ("slept on the floor beside patients")
  "beside", "besides", "alongside", "towards", "toward", "amongst", "among", "throughout", "atop", "upon", "onto"]);

/** Nouns that take a clause without "that": in "the way animals do", "the reason people left", the next noun opens
 * the clause, it is no part of a compound. */
export const CLAUSE_HEADS = /^(?:way|ways|reason|reasons)$/;
/** A clause's opening word and a determiner: "as the", "when its", "until a". */
export const SUBORDINATE_THE = /\b(?:as|when|while|because|if|once|until|after|before|since|unless|whereas|where|that)\s+(?:the|a|an|its|their|his|her)\s$/i;
/** Adverbs of place that can follow a noun: "the point underground", "the troops abroad". */
export const PLACE_ADVERB = /^(?:underground|abroad|outward|outwards|inward|inwards|forward|forwards|backward|backwards|upward|upwards|downward|downwards|away|homeward|northward|southward|eastward|westward|overseas|ahead|nearby|downstairs|upstairs|outdoors|indoors|offshore|inland|aboard|ashore|downstream|upstream|downwind|upwind|downhill|uphill|overhead|worldwide|nationwide|below|above|online|overboard|apart|adrift|aground|astray)$/;
/** Verbs whose past form is their base, and nouns too: "claims about the vaccine spread online". */
export const PAST_AS_BASE = /^(?:spread|set|cut|put|shed|cast|burst|split|hit|cost|broadcast|upset)$/;
/** Round quantities written as nouns: "hundreds of kilometres", "dozens of ships". */
export const QUANTITY = /^(?:dozens|hundreds|thousands|millions|billions|tens|scores)$/;
/** What one spends doing something: "time collecting beetles" is the time and what was done with it. */
export const SPENT = /^(?:time|hours|days|weeks|months|years|evenings|nights|life|career|money)$/;
/** A share of something that can be the subject of the next word: "large parts of the forest flood". */
export const SHARE_OF_THE = /\b(?:parts|most|much|some|all|half|areas|sections|stretches) of (?:the|its|their) $/;
/** Verbs that take an object and what it is doing: "keep the wheels turning", "found the door locked". */
export const KEPT_DOING = /\b(?:keep|keeps|kept|keeping|leave|leaves|left|leaving|set|sets|find|finds|found|finding)\s+(?:the|a|an|its|their|his|her|our|your)\s+$/i;
/** Plurals that modify a noun after them: "sales team", "arms race", "sports car". */
export const PLURAL_MODIFIERS = /^(?:sales|arms|sports|customs|savings|goods|clothes|means|series|species|news|parts|systems|operations|communications|rights|jobs|drugs|weapons|trades|students|workers|womens|mens|childrens|accounts|materials|services)$/;
/** Words that open a verb's object of quantity: "agriculture employs more than half", "phytoplankton produce roughly half". */
export const OBJECT_OPENERS = /^(?:more|less|fewer|roughly|nearly|almost|half|most|twice)$/;

/** Third-person verbs compromise can read as plural nouns ("colonialism refers to"). */
export const VERB_LIKE = /^(?:refers|leads|belongs|applies|relates|amounts|corresponds|contributes|tends|seems|appears|means|helps|allows|continues|wants|needs|wishes|hopes|tries|plans|remains|becomes|requires|includes|involves|consists|depends|exists|occurs|makes|takes|gives|uses|shows|says|states|argues|claims|suggests|describes|explains)$/;

export const AUXILIARY = /^(?:have|do|are|were|be|can|could|may|might|must|shall|should|will|would|need)$/;
/** Words that read as nouns but, before "to", are adjectives: "rock relative to one another". */
export const BEFORE_TO = /^(?:relative|similar|prior|due|close|equal|related|subject|according|next|opposite|adjacent|identical|comparable|parallel)$/;
/** Verbs of saying and thinking, which the tagger may read as nouns before "that" ("critics hold that"). */
export const SAYING = /^(?:hold|argue|claim|believe|suggest|say|note|state|contend|maintain|assert|think|feel|insist|show|agree|find|report|warn)$/;
/** Modifiers that leave a generic head as vague as it was: "common forms", "many different ways", "a wide variety". */
export const VAGUE = /^(?:true|exact|precise|actual|real|official|common|normal|usual|typical|main|various|different|many|other|certain|general|particular|specific|basic|important|similar|new|same|wide|broad|vast|large|great|huge|small|growing|increasing|powerful|dominant|contemporary|significant|major|primary|distinct|existing|greatest|simple|complex|tiny|little|big|whole|entire|full|long|short|extraordinary|remarkable|enormous|incredible|considerable|amazing|astonishing|staggering|stunning|surprising|striking|wonderful|impressive|(?:worst|best|most|least|hardest|badly|severely|heavily)-\p{L}+)$/u;

/** Words of praise, which say what the writer thinks of a thing, not what it is. */
export const PRAISE = /^(?:remarkable|extraordinary|astonishing|incredible|amazing|wonderful|impressive|stunning|staggering|striking|spectacular|magnificent|splendid|excellent|fantastic|superb|outstanding|exceptional)$/;

/** Words of judgement: "a constant challenge", "a serious problem" say how the writer weighs a thing. */
const JUDGEMENT = /^(?:famous|well-known|notable|classic|obvious|constant|real|serious|key|crucial|vital|perfect|ideal|terrible|difficult|hard|easy|good|bad|poor|rare|unique|special|true|genuine|massive|daunting|formidable|welcome|valuable|useful|costly|expensive|risky|dangerous|lovely|nice|neat|clever|charming|delightful|pleasant|brilliant|great|fine)$/;

/**
 * "protecting the ruins is a constant challenge", "the apprenticeship turned out to be a remarkable education": a
 * judgement and a noun after a linking verb are the writer's verdict, no fact to recall.
 */
/** A word that weighs a thing ("vital", "famous", "remarkable") and so leaves a generic noun as vague as it was: "a famous
 * example", "another vital group". */
export const weighs = (word: string) => JUDGEMENT.test(word) || PRAISE.test(word);

export function isVerdict(words: readonly string[], before: string): boolean {
  if (words.length !== 2) return false;
  const w = words[0].toLowerCase();
  if (PRAISE.test(w)) return true;
  return (JUDGEMENT.test(w) || VAGUE.test(w)) && /\b(?:is|was|are|were|be|been|remains?|remained|became|become|becomes|proved|proves|seems?|seemed)\s+(?:a|an|the)\s+$/i.test(before);
}

/** Fixed phrases whose noun is no term: "on the other hand", "take into account", "by means of", "taken prisoner". */
const IDIOMS = /\b(?:(?:by|at|from|until|since) the time|at the same time|on the (?:other|one) hand|(?:by|at|in) hand|into account|on account of|with regard to|by means of|in spite of|in (?:the )?light of|on behalf of|for the sake of|in charge of|in favou?r of|on average|in common|in question|in the long run|in the meantime|for the most part|follow(?:s|ed|ing)? suit|take(?:s|n)? place|took place|make(?:s)? sense|made sense|at stake|in turn|by way of|in terms of|on the (?:verge|brink) of|in the wake of|at odds|(?:take|takes|taken|took|taking|be|been|was|were) (?:prisoner|captive|hostage)s?|(?:on|at) (?:the )?top of)\b/gi;

/** Whether [start, end) lies inside a fixed phrase of the text. */
export function inIdiom(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 24);
  for (const m of text.slice(from, end + 24).matchAll(IDIOMS)) {
    const s = from + m.index!;
    // (a phrase that opens inside one is cut from it too: "by the time firebreaks were made" has no "time firebreaks")
    if (s <= start && s + m[0].length > start) return true;
  }
  return false;
}

/** Verbs whose past form is their base or a word the tagger reads as a noun: "has hit trade", "had built homes". */
export const SAME_PAST = /^(?:hit|cut|put|set|shut|let|hurt|spread|cost|split|burst|cast|struck|held|built|brought|bought|caught|taught|made|sent|kept|met)$/;

/** A superlative that judges ("the simplest way"): the writer's verdict, not part of a name. */
export const JUDGING_SUPERLATIVE = /^(?:simplest|easiest|hardest|best|worst|greatest|finest|strangest|clearest|surest|safest|wisest|purest|truest|noblest|kindest|cruellest|cruelest)$/i;

/** Adverbs of time and frequency the tagger may read as adjectives: "his descendants still paint". */
export const TIME_ADVERB = /^(?:still|also|often|never|always|just|even|only|now|then|sometimes|usually|already|rarely|seldom|soon|again)$/;
