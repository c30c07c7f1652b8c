import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { extractFacts } from "./facts";
import { BLANK, eventText, neutralArticle, orderCandidate, quoteCandidates, stemFor, factCandidates } from "./candidates";
import { trueFalseCandidate } from "./true-false";

function setup(text: string) {
  const sentences = splitSentences(text);
  return { text, sentences, facts: extractFacts(text, sentences) };
}

describe("stems", () => {
  it("leaves out an opening time told in another sentence", () => {
    const { sentences, facts } = setup("During the same year, the banker Tomas Reyes gave $40 million to the city's music school.");
    const f = facts.facts.find((x) => x.text === "$40 million")!;
    expect(stemFor(f, sentences[0]).prompt).toMatch(/^The banker Tomas Reyes gave/);
    // (and writes a word with a capital after its small first letter as it was: "pH", not "PH")
    const ph = setup("pH can be measured with universal indicator, which turns green in a neutral solution.");
    const g = ph.facts.facts.find((x) => x.text === "universal indicator")!;
    expect(stemFor(g, ph.sentences[0]).prompt).toMatch(/^pH can be measured with _____/);
  });

  it("asks no 'who' of a subject the sentence calls a name or a thing ('… was the pen name of …')", () => {
    const { sentences, facts } = setup("George Eliot was the pen name of Mary Ann Evans, who was born near Nuneaton.");
    const f = facts.facts.find((x) => x.text === "George Eliot")!;
    expect(stemFor(f, sentences[0])).toEqual({ prompt: "_____ was the pen name of Mary Ann Evans, who was born near Nuneaton.", wh: false });
  });
  it("asks 'who' when a person is the subject heading the sentence", () => {
    const { sentences, facts } = setup("In 1902, Marta Velasco founded a school in Lima.");
    const f = facts.facts.find((x) => x.text === "Marta Velasco")!;
    expect(stemFor(f, sentences[0])).toEqual({ prompt: "In 1902, who founded a school in Lima?", wh: true });
    // an emphatic "did" stays a blank: no "Who did design…?"
    const did = setup("After the fire, Marta Velasco did design the new school in Lima.");
    expect(stemFor(did.facts.facts.find((x) => x.text === "Marta Velasco")!, did.sentences[0]).prompt).toBe("After the fire, _____ did design the new school in Lima.");
    // a court's word for a role before the subject stays a blank: no "Prosecuting, who told…?"
    const role = setup("Prosecuting, Rebecca Aldous told the court that the van had been stolen.");
    expect(stemFor(role.facts.facts.find((x) => x.text === "Rebecca Aldous")!, role.sentences[0]).prompt).toBe("Prosecuting, _____ told the court that the van had been stolen.");
  });

  it("asks no 'who' where ', and' and an adverbial open a second clause ('…hired him, and in March 1813 Faraday became…')", () => {
    const { sentences, facts } = setup("When a post fell vacant, Humphry Davy hired him, and in March 1813 Faraday became his assistant.");
    const f = facts.facts.find((x) => x.text === "Humphry Davy")!;
    expect(stemFor(f, sentences[0]).wh).toBe(false);
    const { sentences: s2, facts: f2 } = setup("Charles Babbage designed a machine, and later planned a bigger one.");
    expect(stemFor(f2.facts.find((x) => x.text === "Charles Babbage")!, s2[0]).wh).toBe(true);
  });

  it("asks for an organisation by its sort where its name says it: 'Which club…?', 'Which party…?'", () => {
    const club = setup("Riverside United reached the county cup final on Saturday.");
    const f = { ...club.facts.facts.find((x) => x.text === "Riverside United")!, kind: "org" as const, subject: true };
    expect(stemFor(f, club.sentences[0]).prompt).toBe("Which club reached the county cup final on Saturday?");
    expect(stemFor({ ...f, text: "Green Party" }, club.sentences[0]).prompt).toMatch(/^Which party /);
    expect(stemFor({ ...f, text: "University of Lima" }, club.sentences[0]).prompt).toMatch(/^Which university /);
    expect(stemFor({ ...f, text: "Hallam Trust" }, club.sentences[0]).prompt).toMatch(/^Which organisation /);
    expect(stemFor({ ...f, text: "Roman Empire" }, club.sentences[0]).prompt).toMatch(/^Which empire /);
    expect(stemFor({ ...f, text: "Swedish Academy" }, club.sentences[0]).prompt).toMatch(/^Which academy /);
    expect(stemFor({ ...f, text: "Trans-Andean Railway" }, club.sentences[0]).prompt).toMatch(/^Which railway /);
    // (a state the kinds call a country is an empire all the same: no "Which country…? → Ottoman Empire")
    expect(stemFor({ ...f, kind: "place", unit: "country", text: "Ottoman Empire" }, club.sentences[0]).prompt).toMatch(/^Which empire /);
    // a short name by the sort of the full name it shortens: "Vellan" for the carmaker Vellan Motors
    const firm = setup("The carmaker Vellan Motors will shut a plant. Vellan said demand for small cars had fallen.");
    const vellan = firm.facts.facts.find((x) => x.text === "Vellan")!;
    expect(stemFor(vellan, firm.sentences[1]).prompt).toBe("Which company said demand for small cars had fallen?");
  });

  it("writes 'a(n)' before the blank where the options would take different articles", () => {
    expect(neutralArticle(`She was an ${BLANK} who grew up poor.`, ["orphan girl", "cruel aunt", "child", "close friend"])).toBe(`She was a(n) ${BLANK} who grew up poor.`);
    expect(neutralArticle(`An ${BLANK} arrived.`, ["owl", "hawk", "eagle", "ibis"])).toBe(`A(n) ${BLANK} arrived.`);
    // options that all take the same article keep the sentence as written
    expect(neutralArticle(`She took a ${BLANK} from the shelf.`, ["book", "cup", "union card", "hat"])).toBe(`She took a ${BLANK} from the shelf.`);
    expect(neutralArticle(`It took an ${BLANK} to cross.`, ["hour", "age", "eternity", "instant"])).toBe(`It took an ${BLANK} to cross.`);
  });

  it("asks 'whose' for a person named with a possessive", () => {
    const { sentences, facts } = setup("Marta Velasco's letters have been read as a plea for reform.");
    const f = { ...facts.facts.find((x) => x.text === "Marta Velasco")!, subject: true };
    expect(stemFor(f, sentences[0]).prompt).toBe("Whose letters have been read as a plea for reform?");
  });

  it("leaves out a linking word that opens the sentence, not a 'However' the sentence leans on", () => {
    const { sentences, facts } = setup("Marta Velasco opened a school. Moreover, the school in Lima had 300 pupils. However, Lima paid for it.");
    const prompts = factCandidates(facts, sentences).map((c) => c.prompt);
    expect(prompts).toContain("The school in Lima had _____ pupils.");
    expect(prompts.filter((p) => p.startsWith("However,"))).not.toEqual([]);
  });

  it("asks nothing from the items of a list that are no sentences, only from the lead-in and the items that are", () => {
    const text = "In 1890 Marta Velasco wrote three plays for Lima:\n\n1. \"The Sea\", staged in Quito in 1891.\n\n2. \"The Hill\", which opened in 1893.\n\n" +
      "3. The last play won a prize in Quito in 1894.";
    const { sentences, facts } = setup(text);
    const sources = new Set(factCandidates(facts, sentences).map((c) => text.slice(c.sourceStart, c.sourceEnd)));
    expect([...sources]).toEqual(["In 1890 Marta Velasco wrote three plays for Lima:", "The last play won a prize in Quito in 1894."]);
    expect(orderCandidate(facts, sentences)).toBeUndefined();
    // (a name the tagger reads a verb in is still no sentence: "Young Farmers' Club, in 15 minutes")
    const race = "The top finishers were:\n\n1. Blue Watch, in 14 minutes;\n\n2. Pellingham Young Farmers' Club, in 15 minutes 41 seconds.";
    const r = setup(race);
    expect(factCandidates(r.facts, r.sentences).map((c) => race.slice(c.sourceStart, c.sourceEnd)).join("|")).not.toMatch(/Club, in/);
  });

  it("cuts a long sentence at a semicolon, but not a list whose items a semicolon parts", () => {
    const clauses = "The school opened in a small rented house near the old harbour of Lima with only forty pupils and two teachers in its first year; " +
      "by 1910 Marta Velasco had raised enough money from the merchants of the city to build a larger school on the hill above the port.";
    const c = setup(clauses);
    expect(stemFor(c.facts.facts.find((x) => x.text === "1910")!, c.sentences[0]).prompt).toMatch(/^By _____ Marta Velasco had raised/);
    const list = "Its former pupils include the writer Ana Ruiz, who won a prize for her first novel about the harbour in 1931; " +
      "the chemist Tomas Reyes, winner of the national science medal in 1959; and the painter Lucia Vega, who moved to Paris in the spring of 1948.";
    const l = setup(list);
    expect(stemFor(l.facts.facts.find((x) => x.text === "Tomas Reyes")!, l.sentences[0]).prompt).toMatch(/^Its former pupils include the writer Ana Ruiz/);
  });

  it("accepts a person's surname alone, but no ruler's numeral alone", () => {
    const { sentences, facts } = setup("In 1660 the diarist Samuel Pepys went to see King Charles II at Whitehall.");
    const accept = (name: string) => factCandidates(facts, sentences).find((c) => c.answer === name)?.accept ?? [];
    expect(accept("Samuel Pepys")).toContain("Pepys");
    expect(accept("Charles II")).toEqual(["Charles II"]);
  });

  it("blanks a name in brackets instead of asking 'who' about an aside", () => {
    const { sentences, facts } = setup("The board's chair (currently a former mayor, Marta Velasco) sets the agenda for the year.");
    const f = { ...facts.facts.find((x) => x.text === "Marta Velasco")!, subject: true };
    expect(stemFor(f, sentences[0])).toEqual({ prompt: `The board's chair (currently a former mayor, ${BLANK}) sets the agenda for the year.`, wh: false });
  });

  it("asks 'how many' and 'in which year' where the sentence allows", () => {
    const { sentences, facts } = setup("About 4,000 passengers used the line every week. The old bridge was built in 1859.");
    const count = facts.facts.find((x) => x.text === "4,000")!;
    expect(stemFor(count, sentences[0]).prompt).toBe("How many passengers used the line every week?");
    const year = facts.facts.find((x) => x.text === "1859")!;
    expect(stemFor(year, sentences[1]).prompt).toBe("In which year was the old bridge built?");
    // (a capital that only opened the sentence goes; a name's stays)
    const mixed = setup("Mixed doubles curling was added to the programme in 2018. Riverside Park was opened in 1859.");
    expect(stemFor(mixed.facts.facts.find((x) => x.text === "2018")!, mixed.sentences[0]).prompt).toBe("In which year was mixed doubles curling added to the programme?");
    expect(stemFor(mixed.facts.facts.find((x) => x.text === "1859")!, mixed.sentences[1]).prompt).toBe("In which year was Riverside Park opened?");
    // (a clause before the "was" is no subject: "His son succeeded him but was captured in 1689")
    const two = setup("His son Sambhaji succeeded him but was captured by the Mughals in 1689.");
    expect(stemFor(two.facts.facts.find((x) => x.text === "1689")!, two.sentences[0]).prompt).not.toMatch(/^In which year/);
  });

  it("asks a sentence the article puts in brackets without them", () => {
    const { sentences, facts } = setup('The college grew. (A 1643 publication said its purpose was "to advance learning".) It thrived.');
    const c = factCandidates(facts, sentences).filter((x) => x.answer === "1643");
    expect(c.length).toBeGreaterThan(0);
    for (const x of c) expect(x.prompt.startsWith("(")).toBe(false);
  });

  it("asks no wh-question over a second clause with its own subject", () => {
    const { sentences, facts } = setup("About 4,000 copies were printed, and 120 are known to survive. Marta Velasco was later elected and a long dispute was settled in Lima. Marta Velasco founded a school, and later a library, in Lima.");
    const count = facts.facts.find((x) => x.text === "4,000")!;
    expect(stemFor(count, sentences[0])).toEqual({ prompt: `About ${BLANK} copies were printed, and 120 are known to survive.`, wh: false });
    const person = facts.facts.find((x) => x.text === "Marta Velasco" && x.sentence === 1)!;
    expect(stemFor(person, sentences[1]).wh).toBe(false);
    // a second object is no second clause
    const founder = facts.facts.find((x) => x.text === "Marta Velasco" && x.sentence === 2)!;
    expect(stemFor(founder, sentences[2]).prompt).toBe("Who founded a school, and later a library, in Lima?");
    // (nor one whose subject comes after its opening phrases: "…and that night, helped by a student, he found…")
    const late = setup("Marta Velasco received the letter in 1902 and that same night, helped by a student, she found the comet.");
    expect(stemFor({ ...late.facts.facts.find((x) => x.text === "Marta Velasco")!, subject: true }, late.sentences[0]).wh).toBe(false);
    // (a name with an apostrophe opens one too: "…, and Lili'uokalani became queen")
    const king = setup("King Kalakaua died in San Francisco in 1891, and Lili'uokalani became queen.");
    const kalakaua = king.facts.facts.find((x) => x.text === "Kalakaua");
    if (kalakaua) expect(stemFor(kalakaua, king.sentences[0]).wh).toBe(false);
    expect(kalakaua).toBeDefined();
    // (and a name with a number after "and": "…1,086 miles and the Central Pacific about 690")
    const rail = setup("In total, the Union Pacific had built about 1,086 miles of track and the Central Pacific about 690 miles.");
    const union = rail.facts.facts.find((x) => x.text === "Union Pacific")!;
    expect(stemFor(union, rail.sentences[0]).wh).toBe(false);
    // (so does a plural and a form of "be": "…, and potatoes are increasingly important")
    const crop = setup("China is the largest producer, followed by India, and potatoes are increasingly important in Africa.");
    expect(stemFor(crop.facts.facts.find((x) => x.text === "China")!, crop.sentences[0]).wh).toBe(false);
    // a comma, a name and a verb open a clause too
    const duel = setup("Marta Velasco won the final in Lima, and Duarte retired the next year.");
    expect(stemFor(duel.facts.facts.find((x) => x.text === "Marta Velasco")!, duel.sentences[0]).wh).toBe(false);
    // a name and a time after "and" share the verb: "Marta Velasco arrived in 1921 and Ana Ruiz in 1922"
    const gap = setup("Marta Velasco arrived in 1921 and Ana Ruiz in 1922, while the school grew.");
    expect(stemFor(gap.facts.facts.find((x) => x.text === "Marta Velasco")!, gap.sentences[0]).wh).toBe(false);
    // so do "and two years later he…", a name and a past the tagger knows by heart, and a possessor
    for (const text of ["Ana Ruiz died in 1882, and two years later he married Eva.", "Ana Ruiz died in 1624, possibly poisoned, and Nzinga took power.", "Ana Ruiz won the war, and Shaka's brother Sigu was killed."]) {
      const one = setup(text);
      expect(stemFor(one.facts.facts.find((x) => x.text === "Ana Ruiz")!, one.sentences[0]).wh).toBe(false);
    }
  });

  it("asks no 'who' right after a word for a person and a comma, where it would read as that person's", () => {
    const { sentences, facts } = setup("As arranged by his uncle, Tomas Ortega married Ines Duarte in 1902. In 1910, Tomas Ortega opened a school in Lima.");
    const groom = facts.facts.find((x) => x.text === "Tomas Ortega" && x.sentence === 0)!;
    expect(stemFor(groom, sentences[0])).toEqual({ prompt: `As arranged by his uncle, ${BLANK} married Ines Duarte in 1902.`, wh: false });
    const founder = facts.facts.find((x) => x.text === "Tomas Ortega" && x.sentence === 1)!;
    expect(stemFor(founder, sentences[1]).prompt).toBe("In 1910, who opened a school in Lima?");
  });

  it("asks no wh-question over a clause opened by a quantity ('…, and many more died')", () => {
    const { sentences, facts } = setup("About 9,000 people were arrested, and many more fled the city.");
    const count = facts.facts.find((x) => x.text === "9,000")!;
    expect(stemFor(count, sentences[0])).toEqual({ prompt: `About ${BLANK} people were arrested, and many more fled the city.`, wh: false });
  });

  it("asks no 'how many' over a second figure ('…homes were flooded and 1,200 residents slept…')", () => {
    const { sentences, facts } = setup("About 600 homes were flooded and 1,200 residents slept in the school hall.");
    const count = facts.facts.find((x) => x.text === "600")!;
    expect(stemFor(count, sentences[0])).toEqual({ prompt: `About ${BLANK} homes were flooded and 1,200 residents slept in the school hall.`, wh: false });
    const span = setup("About 3,000 people left between 1949 and 1961.");
    expect(stemFor(span.facts.facts.find((x) => x.text === "3,000")!, span.sentences[0]).prompt).toBe("How many people left between 1949 and 1961?");
    // (nor over a second clause whose subject is a common noun: "…, and flooding of the plant caused…")
    const two = setup("About 900 people died in the storm, and flooding of the mill caused a fire.");
    expect(stemFor(two.facts.facts.find((x) => x.text === "900")!, two.sentences[0]).wh).toBe(false);
  });

  it("asks no wh-question over a clause after a comma and 'and', whatever its verb", () => {
    const { sentences, facts } = setup("About 400 cables are in use today, and together they stretch for a million kilometres. " +
      "The Kestrel Trust funded the vaccine in 2023, and the first doses reached Lima in 2024.");
    const count = facts.facts.find((x) => x.text === "400")!;
    expect(stemFor(count, sentences[0]).wh).toBe(false);
    const trust = { ...facts.facts.find((x) => x.text === "Kestrel Trust")!, subject: true };
    expect(stemFor(trust, sentences[1]).wh).toBe(false);
    // "…, and organisers said…": a plural noun and a verb of saying open a clause too
    const crowd = setup("About 9,000 fans filled the hall, and stewards said the queue stretched past the station.");
    expect(stemFor(crowd.facts.facts.find((x) => x.text === "9,000")!, crowd.sentences[0]).wh).toBe(false);
  });

  it("blanks the key otherwise", () => {
    const { sentences, facts } = setup("In 1902, Marta Velasco founded a school in Lima.");
    const f = facts.facts.find((x) => x.text === "1902")!;
    expect(stemFor(f, sentences[0]).prompt).toBe(`In ${BLANK}, Marta Velasco founded a school in Lima.`);
  });
});

describe("true/false", () => {
  it("states the sentence as written, or with the key swapped", () => {
    const { sentences, facts } = setup("The bridge over the Tamar opened in 1859.");
    const c = factCandidates(facts, sentences).find((x) => x.answer === "1859")!;
    expect(trueFalseCandidate(c, sentences[0], "1862", false)?.prompt).toBe("True or false: The bridge over the Tamar opened in 1859.");
    const f = trueFalseCandidate(c, sentences[0], "1862", true)!;
    expect([f.prompt, f.answer]).toEqual(["True or false: The bridge over the Tamar opened in 1862.", "False"]);
    // (no plural name for a singular one before a verb that agrees with it: "the Sahara Desert are")
    const hills = setup("Geologically, the Pentland Hills are the remains of old volcanoes in Scotland.");
    const key = factCandidates(hills.facts, hills.sentences).find((x) => x.answer === "Pentland Hills")!;
    expect(trueFalseCandidate(key, hills.sentences[0], "Sahara Desert", true)).toBeUndefined();
    expect(trueFalseCandidate(key, hills.sentences[0], "Ochil Hills", true)?.prompt).toMatch(/the Ochil Hills are/);
    // (no swap in a claim of one among many, which may hold for the swapped name too)
    const many = setup("Ancient Egypt was one of the world's earliest and longest-lasting civilisations.");
    const egypt = factCandidates(many.facts, many.sentences).find((x) => x.answer === "Egypt" || x.answer === "Ancient Egypt")!;
    expect(trueFalseCandidate(egypt, many.sentences[0], "China", true)).toBeUndefined();
    // (no swap of a name its acronym in brackets follows: "the International Monetary Fund (WHO)")
    const who = setup("In 1981 the World Health Organization (WHO) recommended multidrug therapy for the disease.");
    const body = factCandidates(who.facts, who.sentences).find((x) => x.answer === "World Health Organization")!;
    expect(trueFalseCandidate(body, who.sentences[0], "International Monetary Fund", true)).toBeUndefined();
    // (the article before a swapped figure follows its sound: "a 166-year-old" → "an 83-year-old")
    const chapel = setup("The council saved a 166-year-old chapel in the town of Aberdewi last week.");
    const age = factCandidates(chapel.facts, chapel.sentences).find((x) => x.answer === "166")!;
    expect(trueFalseCandidate(age, chapel.sentences[0], "83", true)?.prompt).toMatch(/saved an 83-year-old chapel/);
  });

  it("states no short claim that there are many of something, with nothing in it to check", () => {
    const { sentences, facts } = setup("Charles's law has many everyday applications. Several of its experiments took place in 1787 in Paris.");
    const c0 = factCandidates(facts, sentences).find((x) => x.sentenceIndex === 0)!;
    const c1 = factCandidates(facts, sentences).find((x) => x.answer === "1787")!;
    expect(trueFalseCandidate(c0, sentences[0], undefined, false)).toBeUndefined();
    expect(trueFalseCandidate(c1, sentences[1], "1790", false)?.answer).toBe("True");
  });

  it("swaps no name that follows a title", () => {
    const { sentences, facts } = setup("Later that year President Harold Brenner signed the order.");
    const c = factCandidates(facts, sentences).find((x) => x.answer === "Harold Brenner")!;
    expect(c).toBeDefined();
    expect(trueFalseCandidate(c, sentences[0], "Yuri Gagarin", true)).toBeUndefined();
    expect(trueFalseCandidate(c, sentences[0], "Yuri Gagarin", false)?.answer).toBe("True");
  });

  it("swaps no country that takes 'the' for one that does not ('in United States')", () => {
    const { sentences, facts } = setup("Most of the rain in India falls in the summer months.");
    const c = factCandidates(facts, sentences).find((x) => x.answer === "India")!;
    expect(trueFalseCandidate(c, sentences[0], "United States", true)).toBeUndefined();
    expect(trueFalseCandidate(c, sentences[0], "France", true)?.prompt).toContain("the rain in France");
    // nor a lone name after the key's "the" ("the last country in the Europe")
    const a = setup("Brazil was the last country in the Americas to end slavery.");
    const americas = factCandidates(a.facts, a.sentences).find((x) => x.answer === "Americas")!;
    expect(trueFalseCandidate(americas, a.sentences[0], "Europe", true)).toBeUndefined();
    expect(trueFalseCandidate(americas, a.sentences[0], "Balkans", true)?.prompt).toContain("in the Balkans");
  });

  it("states no greeting: 'Welcome to the Hall of Dinosaurs.'", () => {
    const { sentences, facts } = setup("Welcome to the Hall of Dinosaurs.");
    const c = factCandidates(facts, sentences)[0];
    expect(c).toBeDefined();
    expect(trueFalseCandidate(c, sentences[0], undefined, false)).toBeUndefined();
  });
});

describe("ordering", () => {
  it("removes the date from an event and orders events by year", () => {
    const text = [
      "In 1885, the town council approved a new water supply for the valley.",
      "The first school was built by local farmers in 1840 near the river.",
      "In the spring of 1901, a fire destroyed most of the wooden market hall.",
      "Railway workers reached the valley in 1862 and built a small station.",
    ].join(" ");
    const { sentences, facts } = setup(text);
    const f = facts.facts.find((x) => x.text === "1885")!;
    expect(eventText(sentences[0], f)).toBe("The town council approved a new water supply for the valley");
    const when = setup("When the old wooden mill burned down in 1901, the town was shocked.");
    expect(eventText(when.sentences[0], when.facts.facts.find((x) => x.text === "1901")!)).toBe("The old wooden mill burned down");
    const clause = setup("Farmers complained that the bridge was too narrow, and in 1907 the council finally widened the road.");
    expect(eventText(clause.sentences[0], clause.facts.facts.find((x) => x.text === "1907")!)).toBe("The council finally widened the road");
    // a short main clause and a "when" clause after the date: the "when" clause is what happened
    const whenAfter = setup("The first good guess came in 1676, when a Danish astronomer timed the moons of a planet.");
    expect(eventText(whenAfter.sentences[0], whenAfter.facts.facts.find((x) => x.text === "1676")!)).toBe("A Danish astronomer timed the moons of a planet");
    // a date in an aside dates the aside: "the museum, founded in 1900, still shows…" has no event of 1900
    const aside = setup("In the town, the local museum, founded in 1900, still displays copies of the old bible.");
    expect(eventText(aside.sentences[0], aside.facts.facts.find((x) => x.text === "1900")!)).toBeUndefined();
    // a clause after a semicolon is another event
    const semi = setup("The three scientists received the prize in 1962; their colleague had died four years before.");
    expect(eventText(semi.sentences[0], semi.facts.facts.find((x) => x.text === "1962")!)).toBe("The three scientists received the prize");
    // (an event with no semicolon keeps its last word whole)
    const whole = setup("In 1901, the old wooden mill burned down in a great storm!");
    expect(eventText(whole.sentences[0], whole.facts.facts.find((x) => x.text === "1901")!)).toBe("The old wooden mill burned down in a great storm!");
    // no event that has lost its subject or its date's lead word, nor one whose clause of time points outside
    const dated = (t: string, d: string) => { const x = setup(t); return eventText(x.sentences[0], x.facts.facts.find((y) => y.text === d)!); };
    expect(dated("She kept her faith, later took a new title, and in 1569 gave birth to a son who would rule.", "1569")).toBeUndefined();
    expect(dated("Early in January 1896 the professor mailed copies of the images to leading physicists.", "January 1896")).toBe("The professor mailed copies of the images to leading physicists");
    expect(dated("When it opened in 1825 it was 363 miles long and forty feet wide.", "1825")).toBeUndefined();
    // (a phrase of time with no verb is no clause: the main clause is the event; a relative left by the cut date is no event)
    expect(dated("After a march of roughly 600 kilometres through the highlands, the British defeated the army at Arogye on 10 April 1868.", "10 April 1868")).toBe("The British defeated the army at Arogye");
    expect(dated("He applied it to the brains of birds, and in 1888, which he called his greatest year, he published the first of many papers.", "1888")).toBeUndefined();
    // (a pronoun's clause of time before the main one: the main clause is the event)
    expect(dated("When it fell behind with payments, French and Belgian troops occupied the Ruhr in January 1923.", "January 1923")).toBe("French and Belgian troops occupied the Ruhr");
    const o = orderCandidate(facts, sentences)!;
    expect(o.answer).toEqual([
      "The first school was built by local farmers near the river",
      "Railway workers reached the valley and built a small station",
      "The town council approved a new water supply for the valley",
      "A fire destroyed most of the wooden market hall",
    ]);
    expect(new Set(o.options)).toEqual(new Set(o.answer as string[]));
  });

  it("dates no event by a comparison's year, a decade left in it, or 'last year'", () => {
    const year = (t: string, y: string) => { const x = setup(t); return eventText(x.sentences[0], x.facts.facts.find((f) => f.text === y)!); };
    expect(year("Last year the mill produced 58,000 tonnes of flour, down from 94,000 in 2019.", "2019")).toBeUndefined();
    expect(year("The port handled about 900,000 containers, compared with 1.7 million in 2016.", "2016")).toBeUndefined();
    expect(year("The factory opened in 1962 and at its peak in the 1980s employed more than 6,000 people.", "1962")).toBeUndefined();
  });

  it("dates no event by a clause of time after it, by a date the cut hides, or by a quote", () => {
    const year = (t: string, y: string) => { const x = setup(t); return eventText(x.sentences[0], x.facts.facts.find((f) => f.text === y)!); };
    // the year dates "records began", not the flood
    expect(year("By Monday evening the river had risen four metres above its usual level, the highest since records began in 1968.", "1968")).toBeUndefined();
    // a clause of time that opens the sentence is its event, after a "But" too
    expect(year("But since the valley's farmers sold their land to the railway in 1871, the old mill has stood empty.", "1871")).toBe("The valley's farmers sold their land to the railway");
    // the shown part ends before "to close the mill", which is what 1932 dates
    expect(year("A long quarrel between the two brothers who owned the business was enough in the end to persuade the bank to close the mill in 1932.", "1932")).toBeUndefined();
    expect(year("As a result, the council repaired the old bridge in 1911.", "1911")).toBe("The council repaired the old bridge");
    const quoted = setup([
      "In 1885, the town council approved a new water supply for the valley.",
      "The first school was built by local farmers in 1840 near the river.",
      "\"We rebuilt the hall after the great fire in 1901, and we will do it again,\" said Mary Lowe, the mayor.",
    ].join(" "));
    expect(orderCandidate(quoted.facts, quoted.sentences)).toBeUndefined();
  });
});

describe("quote → speaker", () => {
  it("asks who said an attributed quote, with the speaker in the source", () => {
    const text = `"The harvest was the best in a decade," said Amara Diallo, a farmer near Kayes.`;
    const { sentences, facts } = setup(text);
    const [q] = quoteCandidates(facts, sentences, text);
    expect(q.prompt).toBe("Who said: “The harvest was the best in a decade”?");
    const stop = `"I named the boat like I would name my baby." said Amara Diallo, a farmer near Kayes.`;
    const s2 = setup(stop);
    expect(quoteCandidates(s2.facts, s2.sentences, stop)[0]?.prompt).toBe("Who said: “I named the boat like I would name my baby”?");
    expect(q.answer).toBe("Amara Diallo");
    expect(text.slice(q.sourceStart, q.sourceEnd)).toContain("Amara Diallo");
  });
});

describe("callings", () => {
  it("asks no calling that labels the name after it ('the Austrian _____ Karl von Frisch')", () => {
    const { sentences, facts } = setup("The Austrian scientist Karl von Frisch studied bees in the second half. A good scientist needs patience.");
    const keys = factCandidates(facts, sentences).map((c) => `${c.sentenceIndex}:${c.answer}`);
    expect(keys).not.toContain("0:scientist");
    expect(keys).toContain("1:scientist");
    expect(keys).toContain("0:Karl von Frisch");
    // nor with a title between: "Political scientist Dr Claire Owusu"
    // nor before a comma and the name ("The town's _____, Daniel Forde, called…")
    const comma = setup("The town's MP, Daniel Forde, called the news a blow. The company's chief executive, Laura Pemberton, apologised.");
    const keys2 = factCandidates(comma.facts, comma.sentences).map((c) => c.answer);
    expect(keys2).not.toContain("MP");
    expect(keys2).not.toContain("chief executive");
    expect(keys2).toContain("Daniel Forde");
    const titled = setup("Political scientist Dr Claire Owusu said the vote was close.");
    expect(factCandidates(titled.facts, titled.sentences).map((c) => c.answer)).not.toContain("Political scientist");
  });
});

describe("superlatives", () => {
  it("asks no place a superlative ranks within ('one of the largest libraries in _____')", () => {
    const { sentences, facts } = setup("Lindenfeld has one of the largest public libraries in Germany. The library moved to Hamburg in 1961. Oslo has the best schools in Norway and Sweden.");
    const keys = factCandidates(facts, sentences).map((c) => c.answer);
    expect(keys).toContain("Hamburg");
    expect(keys).not.toContain("Germany");
    expect(keys).not.toContain("Norway");
    expect(keys).not.toContain("Sweden");
    // a share is no superlative: "most of the rain in India" is a fact of India
    const share = setup("The summer monsoon brings most of the rain in India, while France is dry in July.");
    expect(factCandidates(share.facts, share.sentences).map((c) => c.answer)).toContain("India");
  });

  it("asks no word that only says what kind of thing a name is, and no place's name that names a breed", () => {
    const river = setup("The Tamsin River rises in the hills. The river has also brought floods. Traders were based on the island of Lunda. The farm milks 90 Friesian and Jersey cows.");
    const answers = factCandidates(river.facts, river.sentences).map((c) => c.answer);
    expect(answers).not.toContain("river");
    expect(answers).not.toContain("island");
    expect(answers).not.toContain("Jersey");
    expect(answers).toContain("Lunda");
  });
});
