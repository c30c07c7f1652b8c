// A sentence that bids the reader do something (a lesson's task, a method's or a recipe's step) is no fact to ask about.
import { wordTags } from "./nlp";
import { isVerb } from "./wordnet";

/** Verbs of a method or a recipe: "Close the switch…", "Preheat the oven…", "Bake for 45 minutes". */
const STEP_VERBS =
  "Close|Open|Rinse|Place|Put|Add|Pour|Heat|Cut|Connect|Set|Switch|Turn|Record|Repeat|Remove|Take|Use|Mix|Stir|Leave|Wash|Dry|" +
  "Weigh|Attach|Press|Hold|Preheat|Bake|Brush|Wrap|Chill|Scatter|Sprinkle|Simmer|Whisk|Knead|Sift|Drain|Melt|Chop|Grate|" +
  "Refrigerate|Garnish|Serve|Fry|Spoon|Crimp|Pat|Dot|Warm|Combine|Transfer|Divide|Soak|Roast|Grill|Boil|Blend|Trim|Whip|Lay|Store|" +
  "Cover|Fold|Season|Return|Bring|Reduce|Fill|Shape|Roll|Beat|Cool|Slice|Peel|Dissolve|Filter|Evaporate|Label|Stand|Cook";
const STEP_VERB_SET = new Set(STEP_VERBS.toLowerCase().split("|"));

/** A lesson's task, after a label like "Homework:" if any: "Name the enzyme…", "Homework: draw and label…". */
const TASK = /^(?:\p{L}+(?: \p{L}+)?:\s*)?(?:Name|Explain|Describe|List|Draw|Label|Complete|Write|Calculate|Compare|Identify|Suggest|State|Give|Find|Imagine|Discuss|Answer|Sketch|Plot|Measure|Predict|Copy|Match|Underline|Circle|Fill|Research)\b/iu;

/** What follows a step's verb: its object ("the oven", "8 sheets", "it"), a particle, or a phrase of how or how long
 * ("for 45 minutes", "with egg", "over half the nuts", "gently", "uncovered"); not "in"/"on"/"to", which a noun takes
 * as often ("Heat in the Earth's core", "Set in 1850, the novel…"). */
const STEP_OBJECT = /^(?:the|a|an|your|each|it|them|all|both|half|some|up|off|out|down|for|with|into|over|onto|until|through|\d[\d.,/-]*|\p{Ll}+ly|un\p{Ll}+ed)$/u;

const bareVerb = (word: string) => !/(?:s|ed|ing)$/.test(word) && isVerb(word) && wordTags(word).has("Verb");

/**
 * A step's or a task's sentence: a step's verb before its object or a phrase of how ("Preheat the oven", "Bake for 45
 * minutes", "Wrap and chill"); a task; a bare verb before its object ("Spread it on a white tile", "Continue until…");
 * a step after its number ("1. Place crushed ice…"), a lead clause ("If the rice is still hard, sprinkle over 50ml…",
 * "With a sharp knife, cut the baklava…") or a label ("Activity: design your own table", "Exam tip: learn six
 * quotations"); a prohibition ("Do not refrigerate, or…").
 */
export function isInstruction(source: string, numbered: boolean): boolean {
  const s = source.trim().replace(/^\d{1,2}[.)]\s*/, "");
  if (TASK.test(s)) return true;
  const m = /^(\p{Lu}\p{Ll}+)(?:\s(\p{Ll}+|\d[\d.,/-]*)(?:\s(\p{Ll}+))?)?/u.exec(s);
  if (m) {
    const verb = m[1].toLowerCase();
    if (STEP_VERB_SET.has(verb)) {
      if (numbered && m[2]) return true;
      if (m[2] && STEP_OBJECT.test(m[2])) return true;
      if (m[2] === "and" && m[3] && STEP_VERB_SET.has(m[3])) return true;
      // ("Stir in the rose water", "Place in a warm oven"; "Turn on the tap")
      if (m[2] === "in" && /^(?:stir|fold|mix|whisk|beat|pour|soak|store|place|put|dissolve)$/.test(verb)) return true;
      if (m[2] === "on" && /^(?:switch|turn|put)$/.test(verb)) return true;
    }
    if (m[2] && /^(?:the|a|an|it|them|your|each|all|both|until|out|down|across)$/.test(m[2]) && bareVerb(verb)) return true;
  }
  // ("Remove, dot with butter and fork through gently": a step's verb, a comma and another)
  const two = /^(\p{Lu}\p{Ll}+),\s(\p{Ll}+)\s/u.exec(s);
  if (two && STEP_VERB_SET.has(two[1].toLowerCase()) && STEP_VERB_SET.has(two[2])) return true;
  if (/^(?:Do not|Don['’]t|Never)\s+(\p{Ll}+)/u.test(s) && bareVerb(/^(?:Do not|Don['’]t|Never)\s+(\p{Ll}+)/u.exec(s)![1])) return true;
  const lead = /^(?:If|When|Once|With|Using|After|Before)\b[^,]{2,80},\s+(\p{Ll}+)\s(\p{Ll}+|\d[\d.,/-]*)/u.exec(s);
  if (lead && (STEP_VERB_SET.has(lead[1]) || bareVerb(lead[1])) && STEP_OBJECT.test(lead[2])) return true;
  const label = /^(?:Activity|Task|Tip|Top tip|Exam tip|Revision tip|Homework|Challenge|Extension|Try this|Try it|Your turn|Practical|Step \d+)\s*[:—–-]\s*(\p{L}+)/iu.exec(s);
  return !!label && bareVerb(label[1].toLowerCase());
}

/** The text just before a sentence is a list's number: "1. ", "2) ". */
export const stepNumberBefore = (text: string, start: number) => /(?:^|\n)[ \t]*\d{1,2}[.)][ \t]*$/.test(text.slice(Math.max(0, start - 12), start));
