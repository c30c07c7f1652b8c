import { describe, expect, it } from "vitest";
import type { Candidate, Fact, Sentence } from "./types";
import { acronymGiveaway, danglingClause, danglingDemonstrative, danglingObject, flaws, inScareQuotes, insideQuotation, unnamedPerson } from "./filters";

const text = "Marta Velasco founded a school in Lima in 1902. It grew quickly and Velasco stayed there.";
const item = (over: Partial<Candidate>): Candidate => ({
  type: "mc", prompt: "_____ founded a school in Lima in 1902.", answer: "Marta Velasco", sourceStart: 0, sourceEnd: 47, sentenceIndex: 0,
  answerStart: 0, options: ["Marta Velasco", "Ada Lovelace", "Marie Curie", "Jane Austen"], explanation: "", score: 0, factKey: "k",
  fact: { kind: "person", text: "Marta Velasco", start: 0, end: 13, sentence: 0 }, ...over,
});

describe("flaws", () => {
  it("accepts a clean item", () => {
    expect(flaws(item({}), text)).toEqual([]);
  });
  it("rejects text that lost a formula or had a page reference glued on", () => {
    expect(flaws(item({ prompt: "If n is _____ then one of its factors is at most ." }), text)).toContain("garbled");
    expect(flaws(item({ prompt: "Indeed, if is _____ then one of the factors is small." }), text)).toContain("garbled");
    expect(flaws(item({ prompt: "Four forces are known.:2–10:_____ Later work joined two of them." }), text)).toContain("garbled");
  });
  it("rejects a surname cut after its particle: 'De _____ pointed to… → Wit'", () => {
    const wit = "De Wit pointed to specific garden features in Lima.";
    const cut = flaws(item({ type: "type", options: [], prompt: "De _____ pointed to specific garden features in Lima.", answer: "Wit", sourceStart: 0, sourceEnd: wit.length,
      fact: { kind: "person", text: "Wit", start: 3, end: 6, sentence: 0 } }), wit);
    expect(cut).toContain("broken-blank");
  });

  it("rejects a thing's name cut after its title word: 'the wreck of the Lady _____ → Constance'", () => {
    const ship = "Divers worked on the wreck of the Lady Constance in Lima.";
    const cut = flaws(item({ type: "type", options: [], prompt: "Divers worked on the wreck of the Lady _____ in Lima.", answer: "Constance", sourceStart: 0, sourceEnd: ship.length,
      fact: { kind: "misc", text: "Constance", start: 41, end: 50, sentence: 0 } }), ship);
    expect(cut).toContain("broken-blank");
  });

  it("rejects a name cut before its model number, an ion cut before its charge and a version's last part", () => {
    const chip = "A cheaper model with AMD's Ryzen AI 7 350 chip will follow.";
    const cut = (prompt: string, answer: string, kind: "misc" | "term" | "count", start: number) =>
      flaws(item({ type: "type", options: [], prompt, answer, sourceStart: 0, sourceEnd: chip.length, fact: { kind, text: answer, start, end: start + answer.length, sentence: 0 } }), chip);
    expect(cut("A cheaper model with _____ 7 350 chip will follow.", "AMD's Ryzen AI", "misc", 21)).toContain("broken-blank");
    expect(cut("Alkalis produce _____− ions in water.", "OH", "term", 16)).toContain("broken-blank");
    expect(cut("Users should update to version 7.4._____ of the app.", "2", "count", 35)).toContain("broken-blank");
    expect(cut("The club beat _____ 3-1 on Saturday.", "Valencia", "misc", 14)).not.toContain("broken-blank");
    expect(cut("It was passed as the _____ 1855 by Parliament.", "Victoria Constitution Act", "misc", 21)).not.toContain("broken-blank");
  });

  it("rejects a country blanked before its currency's name: 'thousands of _____ dollars → US'", () => {
    const money = "The cloth sold in Lima for thousands of US dollars. It was paid in US dollars.";
    const us = (prompt: string) => flaws(item({ type: "type", options: [], prompt, answer: "US", sourceStart: 0, sourceEnd: 51, fact: { kind: "place", text: "US", start: 38, end: 40, sentence: 0 } }), money);
    expect(us("The cloth sold in Lima for thousands of _____ dollars.")).toContain("broken-blank");
    expect(us("The cloth sold in Lima to buyers from the _____ and Peru.")).not.toContain("broken-blank");
  });
  it("rejects a blank in part of a work's title written without quotation marks, not a place or a body after 'of'", () => {
    const cut = (prompt: string, answer: string) => flaws(item({ type: "type", options: [], prompt, answer }), text).includes("broken-blank");
    expect(cut("In the preface to Thirty Views of _____, she thanked the school in Lima.", "Lake Titicaca")).toBe(true);
    expect(cut("Her pictures such as Woman with a _____ hang in Lima.", "Blue Parasol")).toBe(true);
    expect(cut("Her pictures such as _____ with a Blue Parasol hang in Lima.", "Woman")).toBe(true);
    expect(cut("Copies of The _____ were printed in Lima.", "Silver Lake")).toBe(true);
    expect(cut("She joined the Guild of Saint _____ in Lima.", "Rose")).toBe(true);
    expect(cut("She was asked to translate _____ céleste in Lima.", "Laplace's Mécanique")).toBe(true);
    expect(cut("The era of the _____ seems to be over in Lima.", "South Caucasus")).toBe(false);
    expect(cut("The cession, set out in _____ treaty, shaped Lima.", "Article X of the Anglo-Spanish")).toBe(true);
    expect(cut("She studied at the University of _____ in 1902.", "San Marcos")).toBe(false);
    expect(cut("Her brother became King of _____ in 1902.", "Peru")).toBe(false);
    expect(cut("The ship crossed the Bay of _____ in 1902.", "Biscay")).toBe(false);
  });
  it("rejects a stem in the first person of a quotation opened before it, not a ruler's numeral ('Charles I was')", () => {
    const dangling = (prompt: string) => flaws(item({ prompt }), text).includes("dangling-reference");
    expect(dangling("When the kick went up, I knew _____ would get there first.")).toBe(true);
    expect(dangling("When _____ rang, I could not speak.")).toBe(true);
    expect(dangling("Charles I was beheaded in Lima by _____.")).toBe(false);
    expect(dangling("After World War I ended, _____ founded a school in Lima.")).toBe(false);
  });
  it("rejects a blank after an adjective or an ordinal that opens the sentence and a name: 'Second _____ → Shift'", () => {
    const cut = (prompt: string, answer: string) => flaws(item({ type: "type", options: [], prompt, answer }), text).includes("broken-blank");
    expect(cut("Second _____, which opened in 1902, is a cafe in Lima.", "Shift")).toBe(true);
    expect(cut("North _____ said the new fees would start in Lima.", "Wendling Hospitals Trust")).toBe(true);
    expect(cut("Heavy _____ bombing of Lima began in 1902.", "United States")).toBe(false);
    expect(cut("Under _____, who seized power in 1902, Lima grew.", "Marta Velasco")).toBe(false);
  });
  it("rejects a blank before a name's suffix or in a work's title around a colon", () => {
    const cut = (prompt: string, answer: string) => flaws(item({ type: "type", options: [], prompt, answer }), text).includes("broken-blank");
    expect(cut("The march inspired leaders in Lima, including _____ Jr., in 1902.", "Marta Velasco")).toBe(true);
    expect(cut("Interest grew in Lima after the 1902 documentary _____: A Life in Music.", "Velasco")).toBe(true);
    expect(cut("Interest grew in Lima after the 1902 documentary Velasco: _____.", "A Life in Music")).toBe(true);
    expect(cut("She had one aim in Lima: _____ would open a school in 1902.", "Marta Velasco")).toBe(false);
  });
  it("rejects a blank in part of a quoted nickname or title, not a whole quoted name", () => {
    const src = "The vans became known as \"little Curies\" in the war. Locals are called \"Limeños\" by all the people there.";
    const nick = item({ prompt: "The vans became known as \"little _____\" in the war.", answer: "Curies", sourceStart: 0, sourceEnd: 52, fact: { kind: "misc", text: "Curies", start: 33, end: 39, sentence: 0 } });
    expect(flaws(nick, src)).toContain("broken-blank");
    const whole = item({ type: "type", options: [], prompt: "Locals are called \"_____\" by all the people there.", answer: "Limeños", sourceStart: 53, sourceEnd: src.length, fact: { kind: "misc", text: "Limeños", start: 72, end: 79, sentence: 1 } });
    expect(flaws(whole, src)).toEqual([]);
    // a title followed by its comma inside the marks, and a title written without them
    expect(flaws(item({ prompt: "The show, \"Marta Velasco: Light on the _____,\" opened in Lima.", answer: "Water" }), text)).toContain("broken-blank");
    expect(flaws(item({ prompt: "She wrote a book titled _____ into the Schools of Lima.", answer: "An Inquiry" }), text)).toContain("broken-blank");
    expect(flaws(item({ prompt: "The Kiel Canal, or _____–Baltic Sea Canal, opened in Lima.", answer: "North Sea" }), text)).toContain("broken-blank");
    expect(flaws(item({ prompt: "She wrote a book titled _____.", answer: "An Inquiry into the Schools of Lima" }), text)).not.toContain("broken-blank");
    // (a title that follows its kind of work, written without quotation marks, on either side of the blank)
    expect(flaws(item({ prompt: "In 1912 he published a memoir, A Sailor at the _____, in Boston.", answer: "South Pole" }), text)).toContain("broken-blank");
    expect(flaws(item({ prompt: "His book The Cause, Course and _____ sold well.", answer: "Cure of Fever" }), text)).toContain("broken-blank");
    expect(flaws(item({ prompt: "Her autobiography, _____ from the Life of a Teacher, sold well.", answer: "Passages" }), text)).toContain("broken-blank");
    // (a drawn or printed work's title too: engravings, a scroll)
    expect(flaws(item({ prompt: "His engravings Knight, _____ and the Devil made him famous.", answer: "Death" }), text)).toContain("broken-blank");
    expect(flaws(item({ prompt: "The long scroll Along the _____ the Harvest Festival shows the city.", answer: "River During" }), text)).toContain("broken-blank");
    // ("_____ A → Linear": a lone capital after the blank ends the name)
    expect(flaws(item({ prompt: "An older script, _____ A, has not been read.", answer: "Linear" }), text)).toContain("broken-blank");
  });
  it("rejects a blank in part of a short quoted name or motto ('a \"Palace without a _____\"'), not the whole of one", () => {
    // a type-the-answer item on a name of no known kind, its offsets read from the source
    const blankIn = (src: string, sentence: string, answer: string) => {
      const from = src.indexOf(sentence);
      const start = src.indexOf(answer, from);
      return item({ type: "type", options: [], prompt: sentence.replace(answer, "_____"), answer, sourceStart: from, sourceEnd: from + sentence.length,
        fact: { kind: "misc", text: answer, start, end: start + answer.length, sentence: 0 } });
    };
    const src = 'His inscriptions boast of a "Palace without a Rival" on the hill. The tomb is called "the Treasury" by all.';
    expect(flaws(blankIn(src, 'His inscriptions boast of a "Palace without a Rival" on the hill.', "Rival"), src)).toContain("quoted-wording");
    expect(flaws(blankIn(src, 'The tomb is called "the Treasury" by all.', "Treasury"), src)).not.toContain("quoted-wording");
    // (a name of no known kind inside a quotation of any length, often the word it opens with; not a whole quoted name)
    const cry = 'He led them on with the cry, "Weapons at will, forward, at the pace of victors!" The smell became known as the "Great Stink" that year.';
    expect(flaws(blankIn(cry, 'He led them on with the cry, "Weapons at will, forward, at the pace of victors!"', "Weapons"), cry)).toContain("quoted-wording");
    expect(flaws(blankIn(cry, 'The smell became known as the "Great Stink" that year.', "Great Stink"), cry)).not.toContain("quoted-wording");
    // (a capital "The" inside the marks is the title's own: the blank would ask for the rest of it)
    const book = 'She published her findings in "The Harbour of Kell at Ardmore" in 1921.';
    expect(flaws(blankIn(book, book, "Harbour of Kell at Ardmore"), book)).toContain("quoted-wording");
    // (a sentence inside a quotation the sentence before opened is the speaker's wording)
    const farm = '"Milk alone does not pay the bills. People who stay with us will eat in the pub," said Mr Colley. Walkers come from Harnley.';
    expect(flaws(blankIn(farm, "People who stay with us will eat in the pub,\" said Mr Colley.", "People"), farm)).toContain("quoted-wording");
    expect(flaws(blankIn(farm, "Walkers come from Harnley.", "Harnley"), farm)).not.toContain("quoted-wording");
  });

  it("rejects the article's own question as a fact", () => {
    const asked = "What, then, is the proper bond between Marta Velasco and the school?";
    const c = item({ type: "type", prompt: "What, then, is the proper bond between _____ and the school?", sourceStart: 0, sourceEnd: asked.length, options: undefined });
    expect(flaws(c, asked)).toContain("asked-in-source");
  });
  it("rejects a lesson's task as a fact, and keeps a sentence that only names a name", () => {
    const task = "Homework: draw and label a cross-section showing the water table and a spring.";
    const c = item({ type: "type", prompt: "Homework: draw and label a cross-section showing the _____ and a spring.", sourceStart: 0, sourceEnd: task.length, options: undefined });
    expect(flaws(c, task)).toContain("instruction");
    const name = "Name the enzyme in saliva and the food it breaks down.";
    expect(flaws(item({ type: "type", prompt: "Name the _____ in saliva and the food it breaks down.", sourceStart: 0, sourceEnd: name.length, options: undefined }), name)).toContain("instruction");
    const fact = "The name of the salt depends on the acid that makes it.";
    expect(flaws(item({ type: "type", prompt: "The name of the _____ depends on the acid that makes it.", sourceStart: 0, sourceEnd: fact.length, options: undefined }), fact)).not.toContain("instruction");
    // (so is any sentence that opens on a verb's bare form before its object or particle)
    const spread = "Spread it on a white tile and add iodine.";
    expect(flaws(item({ type: "type", prompt: "Spread it on a white _____ and add iodine.", sourceStart: 0, sourceEnd: spread.length, options: undefined }), spread)).toContain("instruction");
    const water = "Water in the oceans is salty and cold.";
    expect(flaws(item({ type: "type", prompt: "Water in the _____ is salty and cold.", sourceStart: 0, sourceEnd: water.length, options: undefined }), water)).not.toContain("instruction");
    // (a method's step too)
    const step = "Close the switch and record the readings on both meters.";
    expect(flaws(item({ type: "type", prompt: "Close the switch and record the readings on both _____.", sourceStart: 0, sourceEnd: step.length, options: undefined }), step)).toContain("instruction");
    // (a numbered step whatever word follows its verb; without the number "Heat loss…" may be a fact)
    const numbered = "To test it:\n1. Place crushed ice in a beaker with a thermometer.";
    const at = numbered.indexOf("Place");
    expect(flaws(item({ type: "mc", prompt: "Place crushed ice in a beaker with a(n) _____.", sourceStart: at, sourceEnd: numbered.length }), numbered)).toContain("instruction");
    const heat = "Heat loss through the roof costs most homes dearly.";
    expect(flaws(item({ type: "type", prompt: "Heat loss through the _____ costs most homes dearly.", sourceStart: 0, sourceEnd: heat.length, options: undefined }), heat)).not.toContain("instruction");
  });

  it("rejects a stem that starts with a pronoun without referent", () => {
    expect(flaws(item({ prompt: "It grew quickly and _____ stayed there.", sourceStart: 48, sourceEnd: 88 }), text)).toContain("dangling-reference");
    // (after an opening adverb too: "Normally it gives…"; not after a name in -ly: "Lily founded…")
    expect(flaws(item({ prompt: "Normally it grew quickly and _____ stayed there.", sourceStart: 48, sourceEnd: 88 }), text)).toContain("dangling-reference");
    // (and after an opening verb in -ing: "Achieving it requires…")
    expect(flaws(item({ prompt: "Achieving it grew hard and _____ stayed there.", sourceStart: 48, sourceEnd: 88 }), text)).toContain("dangling-reference");
    expect(flaws(item({ prompt: "Lily Velasco founded a school in _____.", answer: "Lima", fact: { kind: "place", text: "Lima", start: 33, end: 37, sentence: 0 } }), text)).not.toContain("dangling-reference");
    // (a name that begins like a pronoun is none: "Itō", "Heß")
    expect(flaws(item({ prompt: "Itō Hirobumi later founded a school in _____.", answer: "Lima", fact: { kind: "place", text: "Lima", start: 33, end: 37, sentence: 0 } }), text)).not.toContain("dangling-reference");
  });
  it("reads an existential 'there' as no place, and 'there' as a place as dangling", () => {
    const at = (prompt: string) => flaws(item({ prompt, answer: "Lima", fact: { kind: "place", text: "Lima", start: 33, end: 37, sentence: 0 } }), text);
    expect(at("There are three old schools in _____ today.")).not.toContain("dangling-reference");
    expect(at("There have also been two floods in _____ since then.")).not.toContain("dangling-reference");
    expect(at("There she met the mayor of _____ for the first time.")).toContain("dangling-reference");
  });
  it("rejects a pronoun in an opening clause that the main clause does not name", () => {
    expect(danglingClause("When it is finished it will be the _____ in Africa.")).toBe(true);
    expect(danglingClause("Because they were late, they missed the _____.")).toBe(true);
    expect(danglingClause("Because he published his findings first, who is usually given priority?")).toBe(false);
    expect(danglingClause("When it came to explaining life, Agassiz used the _____.")).toBe(false);
    // "As it rises it cools": the main clause repeats the pronoun with no comma
    expect(danglingClause("As it rises it cools, and the _____ in it turns into droplets.")).toBe(true);
    expect(danglingClause("As it rose, the _____ cooled.")).toBe(false);
  });

  it("rejects an object pronoun right after the subject and its verb, which points outside the sentence", () => {
    expect(danglingObject("The _____ pumps it into the main artery.")).toBe(true);
    expect(danglingObject("Who kept it with him for many years?")).toBe(true);
    // an ordinal standing for a noun of another sentence
    expect(danglingDemonstrative("The first, in the spring of 1918, was mild.")).toBe(true);
    expect(danglingDemonstrative("The second wave, in the autumn, was deadly.")).toBe(false);
    expect(danglingObject("The lower chambers, the ventricles, pump it out.")).toBe(true);
    expect(danglingObject("The next day the _____ marries them in secret.")).toBe(true);
    // after a second noun or a preposition it may point inside: "add enzymes to the nectar and fan it"
    expect(danglingObject("Workers add enzymes to the _____ and fan it with their wings.")).toBe(false);
    // a subject pronoun is no object ("whence it spread"), nor "it" before a verb
    expect(danglingObject("The council says it must save _____ next year.")).toBe(false);
    expect(danglingObject("The traders fled into _____, whence it spread north.")).toBe(false);
  });

  it("rejects a demonstrative that points outside the sentence", () => {
    expect(flaws(item({ prompt: "Russian President _____ claimed to have played a key role in that military maneuver." }), text)).toContain("dangling-reference");
    expect(flaws(item({ prompt: "The Kremlin _____ quietly confirmed this week that the peacekeepers were withdrawing." }), text)).toContain("dangling-reference");
    expect(flaws(item({ prompt: "_____ opposed these reforms from the start." }), text)).toContain("dangling-reference");
    expect(danglingDemonstrative("To address this, the _____ began negotiations.")).toBe(true);
    expect(danglingDemonstrative("Putin claimed to have played a “key role” in that _____.")).toBe(true);
    expect(danglingDemonstrative("Private schools in these and most other states may also _____ it.")).toBe(true);
    // a first person outside quotation marks is a speaker the stem lost
    expect(flaws(item({ type: "tf", prompt: "True or false: The fish was overcooked on my first visit." }), text)).toContain("dangling-reference");
    // a statement opening on a time and then a pronoun no sentence named is no statement to judge; a blank keeps it
    expect(flaws(item({ type: "tf", prompt: "True or false: In January 1757 his army captured the town." }), text)).toContain("dangling-reference");
    expect(flaws(item({ prompt: "In January 1757 his army captured _____." }), text)).not.toContain("dangling-reference");
    expect(flaws(item({ prompt: "Forests make much of the _____ in the air we breathe." }), text)).not.toContain("dangling-reference");
    expect(flaws(item({ prompt: "“We were lucky, and we know it,” said _____ after the rescue." }), text)).not.toContain("dangling-reference");
    // a time told in another sentence, unless the stem dates it itself
    expect(danglingDemonstrative("During the same year, a donor gave _____ to the school.")).toBe(true);
    expect(danglingDemonstrative("_____ died later that year.")).toBe(true);
    // one of a list another sentence gave
    expect(danglingDemonstrative("True or false: Ms Hennelly said the last option had been ruled out.")).toBe(true);
    expect(danglingDemonstrative("The first option on the ballot was _____.")).toBe(false);
    expect(danglingDemonstrative("The day is still kept as the country's _____.")).toBe(true);
    expect(danglingDemonstrative("After the riot of 1819 the poet wrote _____ later that year.")).toBe(false);
    expect(danglingDemonstrative("The day of the vote was set for _____.")).toBe(false);
    // "both" before a plural it does not go on to name points back at two things
    expect(danglingDemonstrative("In which year were both buildings added to the list?")).toBe(true);
    expect(danglingDemonstrative("Both buildings were added to the list in _____.")).toBe(true);
    expect(danglingDemonstrative("Both men and women voted in _____.")).toBe(false);
    // an answer, a reason or a result with "the" is the one to something said before (one announced is a thing of its own)
    expect(danglingDemonstrative("True or false: The answer is a hot spot.")).toBe(true);
    expect(danglingDemonstrative("The result was announced on _____.")).toBe(false);
    expect(danglingDemonstrative("The _____ and other states agreed.")).toBe(false);
    expect(danglingDemonstrative("The rock cycle relates these _____ types of rock.")).toBe(true);
    // "such" points back as "this" does; "such as" and a result's "such a … that" do not
    expect(danglingDemonstrative("Ada suggested that such a _____ might one day compose music.")).toBe(true);
    expect(danglingDemonstrative("Today _____ is one of several such systems.")).toBe(true);
    expect(danglingDemonstrative("Goods such as _____ and tea were traded.")).toBe(false);
    expect(danglingDemonstrative("The band drew such a crowd that _____ shut the gates.")).toBe(false);
    expect(danglingDemonstrative("The engine was a machine, and such a machine could compose _____.")).toBe(false);
    expect(danglingDemonstrative("_____ stated that the league planned to make the game spectacular.")).toBe(false);
    expect(danglingDemonstrative("_____ signed a treaty in 1902, and this treaty ended the war.")).toBe(false);
    expect(danglingDemonstrative("The plan that worked was drawn up by _____.")).toBe(false);
    expect(danglingDemonstrative("Prizes go to those who finish first, said _____.")).toBe(false);
  });
  it("rejects a stem that gives the key away, also by surname", () => {
    expect(flaws(item({ prompt: "_____ founded a school; Velasco taught there." }), text)).toContain("key-in-stem");
    // (a term's head the stem names, which no other option shares)
    const src = "Oxygen is used in welding, and medical oxygen is a vital treatment.";
    const term = (options: string[]) => item({ prompt: "Oxygen is used in welding, and _____ is a vital treatment.", answer: "medical oxygen", options, sourceEnd: src.length,
      fact: { kind: "term", text: "medical oxygen", start: 35, end: 49, sentence: 0 } });
    expect(flaws(term(["medical oxygen", "carbon", "ozone", "water"]), src)).toContain("key-in-stem");
    expect(flaws(term(["medical oxygen", "liquid oxygen", "ozone", "water"]), src)).not.toContain("key-in-stem");
    // (the head after an adjective gives it away too)
    const crushed = "Crushed basalt is used in concrete, and polished basalt is used for paving.";
    expect(flaws(item({ prompt: "_____ is used in concrete, and polished basalt is used for paving.", answer: "Crushed basalt", sourceEnd: crushed.length,
      options: ["Crushed basalt", "Gabbro", "Pillow lava", "Rhyolite"], fact: { kind: "term", text: "Crushed basalt", start: 0, end: 14, sentence: 0 } }), crushed)).toContain("key-in-stem");
    // (not another compound of the head: "a _____ or project manager")
    const list = "An architect manages the job, and a construction manager or project manager supervises it.";
    expect(flaws(item({ prompt: "An architect manages the job, and a _____ or project manager supervises it.", answer: "construction manager", sourceEnd: list.length,
      options: ["construction manager", "laborer", "paymaster", "purchaser"], fact: { kind: "term", text: "construction manager", start: 40, end: 60, sentence: 0 } }), list)).not.toContain("key-in-stem");
  });
  it("rejects an item that asks the stem's own person's other name", () => {
    expect(flaws(item({ prompt: "Marta Velasco's full name was _____.", answer: "Marta Velasco y Ruiz" }), text)).toContain("another-name");
    expect(flaws(item({ prompt: "The painter was born _____ in Lima.", answer: "Marta Velasco" }), text)).toContain("another-name");
    expect(flaws(item({ prompt: "_____ was born in Lima in 1870.", answer: "Marta Velasco" }), text)).not.toContain("another-name");
  });
  it("rejects a one-digit number the stem writes again (\"its factors are 1 and 7\")", () => {
    const src = "Seven is prime: its only factors are 1 and 7, and 6 is not.";
    const num = (prompt: string) => item({ type: "number", prompt, answer: "7", sourceStart: 0, sourceEnd: src.length, options: ["7", "5", "9", "11"],
      fact: { kind: "count", text: "7", start: 42, end: 43, sentence: 0 } });
    expect(flaws(num("Seven is prime: its only factors are 1 and _____, and 7 is odd."), src)).toContain("key-in-stem");
    expect(flaws(num("Seven is prime: its only factors are 1 and _____, and 6 is not."), src)).not.toContain("key-in-stem");
  });
  it("rejects broken blanks, unbalanced quotes and bad options", () => {
    expect(flaws(item({ prompt: "The _____-led school opened in Lima." }), text)).toContain("broken-blank");
    // a name cut before its number: "Marta Velasco II"
    expect(flaws(item({ prompt: "The _____ II and III schools opened in Lima in 1902." }), text)).toContain("broken-blank");
    expect(flaws(item({ prompt: "The Lima School (LS, Velasco's, or _____) opened in 1902." }), text)).toContain("broken-blank");
    expect(flaws(item({ prompt: "The Lima School (founded by _____ with money from the mines of the north) opened." }), text)).not.toContain("broken-blank");
    expect(flaws(item({ prompt: "“_____ founded a school in Lima in 1902." }), text)).toContain("unbalanced");
    expect(flaws(item({ options: ["Marta Velasco", "Marta Velasco", "Marie Curie", "Jane Austen"] }), text)).toContain("bad-options");
  });
  it("rejects a stem that is only a quotation", () => {
    expect(flaws(item({ prompt: "“_____ founded a school in Lima in 1902.”" }), text)).toContain("unattributed-quote");
  });
  it("rejects an acronym whose expansion the stem spells out, and the reverse", () => {
    expect(acronymGiveaway("CSTO", "Moscow's ally through the _____, the Collective Security Treaty Organization.")).toBe(true);
    expect(acronymGiveaway("International Criminal Court", "Armenia joined the _____ (ICC) last year.")).toBe(true);
    expect(acronymGiveaway("NATO", "The _____ campaign against Yugoslavia began in 1999.")).toBe(false);
    expect(acronymGiveaway("European Union", "The _____ and the United States lead the talks.")).toBe(false);
  });
  it("rejects a he or she the stem never names", () => {
    expect(unnamedPerson("“With the right _____ anything is possible,” he told AFP.", false)).toBe(true);
    expect(unnamedPerson("After breathing the gas himself, he wrote that his _____ felt light.", false)).toBe(true);
    expect(unnamedPerson("Not every trait follows his _____.", false)).toBe(true);
    expect(unnamedPerson("In his work Pneumatica, _____ observed that the water rose.", true)).toBe(false);
    // the object of a wh-word's or a subject's own verb is someone else, whom the stem lost
    expect(unnamedPerson("Who was trained by him and was said to have surpassed him?", true)).toBe(true);
    expect(unnamedPerson("Who replaced him with Alonso de Guzmán, a nobleman?", true)).toBe(true);
    expect(unnamedPerson("Philip replaced him with Alonso de Guzmán, a nobleman.", false)).toBe(true);
    expect(unnamedPerson("Who met Tomas Reyes and thanked him for the gift?", true)).toBe(false);
    expect(unnamedPerson("Because he published first, who is usually given priority?", false)).toBe(false);
    expect(unnamedPerson("Priestley wrote that he felt light after breathing the _____.", false)).toBe(false);
    const day = { kind: "term" as const, text: "day", start: 0, end: 3, sentence: 0 };
    expect(flaws(item({ prompt: "After the school opened in 1902, he taught there every _____.", answer: "day", fact: day }), text)).toContain("unnamed-person");
  });
  it("rejects a common noun blanked out of a quotation", () => {
    expect(insideQuotation("“Azerbaijan proved that with the ")).toBe(true);
    expect(insideQuotation("\"Russia is out,\" said the ")).toBe(false);
    const quoted = "She said: “The school was our home.” It grew.";
    const term = { kind: "term" as const, text: "home", start: 29, end: 33, sentence: 0 };
    expect(flaws(item({ prompt: "She said: “The school was our _____.”", answer: "home", fact: term, sourceEnd: 35 }), quoted)).toContain("quoted-wording");
  });
});

describe("scare quotes", () => {
  it("finds a word in a short quotation, not one in a quoted sentence", () => {
    const text = 'A paper called her a "ministering angel" at the time. "Every nurse here works nights," she said.';
    const sentences = [{ start: 0, end: 54 }, { start: 55, end: text.length }] as unknown as Sentence[];
    const at = (w: string, s: number) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, sentence: s }) as unknown as Fact;
    expect(inScareQuotes(text, sentences[0], at("angel", 0))).toBe(true);
    expect(inScareQuotes(text, sentences[0], at("paper", 0))).toBe(false);
    expect(inScareQuotes(text, sentences[1], at("nurse", 1))).toBe(false);
  });
});
