import { describe, expect, it } from "vitest";
import type { Fact } from "./types";
import { articleMeansOtherSense, headNoun, linkedInText, pluralOf, sameKind, sameLevel, termDistractors } from "./term-distractors";
import { isPlural } from "./term-plurals";

const term = (text: string, sentence = 1): Fact => ({ kind: "term", text, start: 0, end: text.length, sentence });
const always = () => true;

describe("term distractors", () => {
  it("finds the head noun of a phrase", () => {
    expect(headNoun("national border")).toBe("border");
    expect(headNoun("constituents of animal shells")).toBe("constituents");
    expect(pluralOf("rat")).toBe("rats");
    expect(pluralOf("policy")).toBe("policies");
    expect(pluralOf("infantryman")).toBe("infantrymen");
    expect(pluralOf("mouse")).toBe("mice");
    expect(pluralOf("knife")).toBe("knives");
    expect(pluralOf("roof")).toBe("roofs");
  });

  it("gives a plural key no mass noun in the plural: 'phones' | no 'circuitries'", () => {
    const out = termDistractors(term("phones"), [], "Using _____ in bed was linked to short sleep.", always, 3);
    expect(out).not.toContain("circuitries");
  });

  it("takes a plural term of living things in its singular for a singular key, but no other in its plural", () => {
    const pool = ["Drones", "wasps", "larvae", "rules", "hornet"].map((t) => term(t));
    const out = termDistractors(term("queen", 0), pool, "The _____ is the only female in the hive that lays eggs.", always);
    expect(out).toEqual(expect.arrayContaining(["drone", "hornet"]));
    expect(out.filter((o) => /s$/.test(o))).toEqual([]);
    // a key of another kind keeps to its own number: "laws" do not serve "rule"
    const rules = termDistractors(term("rule", 0), ["laws", "customs", "habits", "policy"].map((t) => term(t)), "The _____ was old.", always);
    expect(rules.filter((o) => /s$/.test(o))).toEqual([]);
  });

  it("takes no doing and no animal named by its sex beside an animal: 'roe deer | killing sheep, female'", () => {
    expect(sameKind("roe deer", "killing sheep")).toBe(false);
    expect(sameKind("roe deer", "female")).toBe(false);
    expect(sameKind("roe deer", "lamb")).toBe(true);
    expect(sameKind("males", "females")).toBe(true);
  });

  it("takes no kin of a sense the stem does not mean: a person among things, a body part as a stuff", () => {
    const people = [term("merchant"), term("scientist"), term("statesman"), term("printer")];
    expect(termDistractors(term("conductor", 0), people, "Franklin popularised words such as battery, _____ and charge.", always)).toEqual([]);
    expect(termDistractors(term("conductor", 0), people, "The orchestra's _____ bowed to the hall.", always)).toHaveLength(3);
    const parts = [term("back"), term("belly"), term("neck"), term("scroll")];
    expect(termDistractors(term("sheep gut", 0), parts, "Strings were originally made of _____.", always)).toEqual([]);
  });

  it("takes no fluid beside an organ: 'Blood | Organ, Chest, Aorta'", () => {
    expect(sameKind("blood", "aorta")).toBe(false);
    expect(sameKind("blood", "organ")).toBe(false);
    expect(sameKind("artery", "vein")).toBe(true);
    expect(sameKind("blood", "saliva")).toBe(true);
  });

  it("takes no sister of another level of the tree: single elements are no options beside 'metal'", () => {
    const out = termDistractors(term("metal", 0), [], "The ink stuck to _____ and did not smear.", always);
    for (const o of out) expect(["helium", "argon", "iodine", "fluorine", "germanium", "phosphorus", "chlorine", "hydrogen", "oxygen", "sulfur", "nitrogen"]).not.toContain(o);
    // a kind with named members only ("river": the Danube, the Nile) is no category of kinds
    expect(sameLevel("river", "brook")).toBe(true);
    expect(sameLevel("metal", "helium")).toBe(false);
    expect(sameLevel("bird", "mammal")).toBe(true);
  });

  it("takes no superlative for a kind ('the biggest drivers' of prices are no people beside savers)", () => {
    const pool = ["biggest drivers", "customers", "economists"].map((t) => term(t));
    const out = termDistractors(term("savers", 0), pool, "_____ may earn more on their deposits.", always);
    expect(out).not.toContain("biggest drivers");
    // (any superlative: "busiest waterways" is no option beside "seas")
    const seas = termDistractors(term("seas", 0), ["busiest waterways", "lakes", "bays", "oceans"].map((t) => term(t)), "The canal joins two _____ near the town.", always);
    expect(seas).not.toContain("busiest waterways");
  });

  it("takes article terms of the key's kind and leaves the others", () => {
    expect(sameKind("water", "ozone")).toBe(true);
    expect(sameKind("water", "mouse")).toBe(false);
    // a compound is its own kind, not its head's: "air conditioners" are no trainers of athletes beside pupils
    expect(sameKind("pupils", "air conditioners")).toBe(false);
    expect(sameKind("car", "automobile")).toBe(false); // a synonym could be right too
    expect(sameKind("microorganisms", "microbes")).toBe(false); // and so could a kind of the key
    expect(sameKind("fresh water", "salt water")).toBe(false); // the same head is the same thing
    expect(sameKind("pathogens", "dogs")).toBe(false); // a germ and an animal meet only as "organism"
    // (a pathogen is "especially a virus or bacterium" in WordNet's own words: bacteria could be right too)
    expect(sameKind("pathogens", "bacteria")).toBe(false);
    expect(sameKind("bacteria", "viruses")).toBe(true);
    expect(sameKind("fleas", "rats")).toBe(true);
    // substances are a wide kind: a gas beside a gas or water, no enzyme or coal beside oxygen
    expect(sameKind("oxygen", "nitrogen")).toBe(true);
    expect(sameKind("oxygen", "enzyme")).toBe(false);
    expect(sameKind("oxygen", "coal")).toBe(false);
    const pool = ["ozone", "mouse", "sand", "myth", "salt", "hope", "methane"].map((t) => term(t));
    const out = termDistractors(term("water", 0), pool, "Most of a cell's mass is _____.", always);
    expect(out).toHaveLength(3);
    expect(out).toEqual(expect.arrayContaining(["ozone", "salt"]));
    for (const o of out) expect(["mouse", "myth", "hope"]).not.toContain(o);
  });

  it("judges no option by a noun that is as often another kind of thing", () => {
    // "vessel" is a blood vessel, a ship and a container; "paper" a material, an essay and a newspaper
    expect(sameKind("breast", "vessel")).toBe(false);
    expect(sameKind("water", "paper")).toBe(false);
    expect(sameKind("breast", "abdomen")).toBe(true);
    // a wide category is not one kind: a space station and a lunar landing are both "artifacts"
    expect(sameKind("space station", "lunar landing")).toBe(false);
    expect(sameKind("space travel", "human spaceflight")).toBe(false);
    expect(sameKind("spacecraft", "lifeboat")).toBe(true);
    // a noun made from a verb is a doing as much as a stuff; a building is a thing
    expect(sameKind("oxygen", "partial filling")).toBe(false);
    expect(sameKind("calcium", "oxygen")).toBe(true);
    // a doer's noun is the person ("builder" is a detergent additive first in WordNet); a place noun is judged by kin
    expect(sameKind("builder", "chemical")).toBe(false);
    expect(sameKind("builder", "architect")).toBe(true);
    expect(sameKind("park", "destination")).toBe(false);
    // natural objects are a wide category too: the earth is no kind of igneous rock
    expect(sameKind("earth", "igneous rock")).toBe(false);
  });


  it("falls back on WordNet sister terms, in the key's number", () => {
    const out = termDistractors(term("rats", 0), [], "The cat chased the _____ across the barn.", always);
    expect(out).toHaveLength(3);
    expect(out).toContain("mice");
    for (const o of out) expect(o).toMatch(/(?:s|mice)$/);
    // no plural we cannot be sure of: "calculus" makes calculi, "bacteria" is one already
    const rocks = termDistractors(term("xenoliths", 0), [], "As a result, _____ are older than the rock.", always);
    expect(rocks.join(" ")).not.toMatch(/uses\b/);
    const germs = termDistractors(term("pathogens", 0), [term("insects"), term("microbes")], "Coughing ejects _____ from the airways.", always);
    expect(germs).not.toContain("bacterias");
    // "portfolio" (seen twice in SemCor, four senses) is no sure case for bags
    expect(termDistractors(term("portfolios", 0), [], "The _____ they will hold are bargained over.", always)).toEqual([]);
    // people's sisters are roles one could swap: "visitors" has tourists, passengers and voyagers beside it
    expect(termDistractors(term("visitors", 0), [], "_____ arrived by steamboat and later by railroad.", always)).toEqual([]);
  });

  it("takes no WordNet sister that readers know as an adjective ('train' | no 'local', no 'express')", () => {
    const stem = "The whistle rose as the _____ came near.";
    expect(termDistractors(term("train", 0), [term("vehicle")], stem, always)).not.toContain("local");
    expect(termDistractors(term("train", 0), [term("vehicle"), term("tram")], stem, always)).toHaveLength(3);
  });

  it("keeps options in the key's number, and judges no plural that is a word of its own", () => {
    const pool = ["rabbis", "gurus", "pastors", "coach"].map((t) => term(t));
    const out = termDistractors(term("tutor", 0), pool, "A teacher of one pupil is a _____.", always);
    for (const o of out) expect(["rabbis", "gurus", "pastors"]).not.toContain(o);
    // "provisions" is food in WordNet, a treaty's clauses in a law text
    expect(termDistractors(term("provisions", 0), [], "The Treaty _____ have direct effect.", always)).toEqual([]);
    // WordNet lists "humans" as a word of its own, meaning what "human" means: still a plural
    const beings = termDistractors(term("humans", 0), ["ape", "monkey", "dog", "apes", "monkeys", "dogs"].map((t) => term(t)), "In _____, a barrier guards the brain.", always);
    expect(beings).toHaveLength(3);
    for (const o of beings) expect(o).toMatch(/s$/);
  });

  it("offers nothing one could swap for the key or for another option", () => {
    // "learners" and "students" share a sense ("scholar"): either fills the blank
    expect(sameKind("students", "learners")).toBe(false);
    // a word whose other sense is the key's kind fills it too: a daughter is a child (an offspring), a son is not
    expect(sameKind("daughter", "child")).toBe(false);
    expect(sameKind("daughter", "son")).toBe(true);
    // "disease" and "illness" are one thing: never both, whichever is right
    const pool = ["disease", "illness", "drought", "flood", "famine"].map((t) => term(t));
    for (let i = 0; i < 6; i++) {
      const out = termDistractors({ ...term("war", 0), start: i }, pool, "The region suffered from _____ for a decade.", always);
      expect(out.includes("disease") && out.includes("illness")).toBe(false);
    }
  });

  it("offers no noun the stem uses, nor one the article calls a kind of the key", () => {
    const text = "Barriers keep out pathogens such as bacteria and viruses. Fungi and other microbes live in soil.";
    expect(linkedInText(text, "bacteria", "pathogens")).toBe(true);
    expect(linkedInText(text, "microbes", "fungi")).toBe(true);
    expect(linkedInText(text, "viruses", "soil")).toBe(false);
    const pool = ["specific pathogens", "parasites", "worms", "insects", "protozoa"].map((t) => term(t));
    const out = termDistractors(term("pathogens", 0), [...pool, term("bacteria")], "The immune system must detect _____.", always, 3, text);
    expect(out).not.toContain("bacteria");
    const stemmed = termDistractors(term("viruses", 0), pool, "Barriers keep out pathogens such as bacteria and _____.", always, 3, text);
    expect(stemmed).not.toContain("specific pathogens");
  });

  it("offers no other name for a compound the stem uses", () => {
    // "taxman" is the stem's "tax collector": the blank is someone else, so that option is neither right nor fairly wrong
    const pool = ["taxman", "author", "brother", "farmer", "banker"].map((t) => term(t));
    const out = termDistractors(term("postman", 0), pool, "The state knocks in the form of a _____ or tax collector at the door.", always);
    expect(out).toHaveLength(3);
    expect(out).not.toContain("taxman");
  });

  it("capitalises the options of a key that opens its sentence", () => {
    const out = termDistractors(term("Rats", 0), [], "_____ chased the cat across the barn.", always);
    expect(out).toHaveLength(3);
    for (const o of out) expect(o).toMatch(/^\p{Lu}/u);
  });

  it("gives no options rather than options of another kind", () => {
    const pool = ["myth", "hope", "task"].map((t) => term(t));
    expect(termDistractors(term("home", 0), pool, "France is _____ to a large diaspora.", always)).toEqual([]);
  });

  it("offers no people by age or kin beside people by role, nor the head of the article's other name for the key", () => {
    // the pupils are teenagers: "teenagers" could be right
    const people = ["teenagers", "doctors", "parents", "researchers", "girls"].map((t) => term(t));
    const out = termDistractors(term("Pupils", 0), people, "_____ at the later schools slept longer.", always);
    expect(out).toHaveLength(3);
    expect(out.map((o) => o.toLowerCase())).not.toContain("teenagers");
    expect(out.map((o) => o.toLowerCase())).not.toContain("girls");
    // a wife is kin, no trade beside a logician
    const trade = termDistractors(term("logician", 0), ["wife", "poet", "engineer", "chemist"].map((t) => term(t)), "She studied with the _____ Tomas Ortega.", always);
    expect(trade).not.toContain("wife");
    // a taxman is a tax collector: "collector" could be right
    const text = "A confused taxman came to the door. The state is a postman or a tax collector.";
    const taxman = termDistractors(term("taxman", 0), ["collector", "author", "postman", "judge"].map((t) => term(t)), "A confused _____ came to the door.", always, 3, text);
    expect(taxman).not.toContain("collector");
  });

  it("takes no category beside a single stuff ('oxygen | material'), and no kind of two ('water | hydride')", () => {
    const pool = ["material", "carbon", "sulfur"].map((t) => term(t));
    const out = termDistractors(term("oxygen", 0), pool, "Splitting water releases _____.", always);
    expect(out).toHaveLength(3);
    expect(out).not.toContain("material");
    expect(termDistractors(term("water", 0), [], "The roots take up _____.", always)).not.toContain("hydride");
  });

  it("takes no sisters of the first sense where the article writes a compound of another ('improper fraction')", () => {
    const stem = "A(n) _____ describes a part of a whole.";
    const maths = "A fraction describes a part of a whole. Seven fifths is an improper fraction.";
    expect(termDistractors(term("fraction", 0), [], stem, always, 3, maths)).toEqual([]);
    // ("chemical", the first sense's parent, is now too wide to give sisters anyway: the rule is read on its own)
    expect(articleMeansOtherSense("fraction", maths)).toBe(true);
    expect(articleMeansOtherSense("fraction", "A fraction describes a part of a whole.")).toBe(false);
  });

  it("takes no sisters of the first sense where the article speaks of another ('pipes' that carry water | no 'catheters')", () => {
    const stem = "From there, _____ made of lead carried water to the fountains.";
    const told = "From there, pipes made of lead carried water to the fountains. Each was a long tube of metal or clay.";
    expect(termDistractors(term("pipes", 0), [], stem, always, 3, told)).toEqual([]);
    expect(termDistractors(term("pipes", 0), [], stem, always, 3, "From there, pipes made of lead carried it away.")).toHaveLength(3);
  });

  it("takes no WordNet sisters for a noun in -ing whose verb the article uses ('the Moon landing' | no 'bandstand')", () => {
    const stem = "The Moon _____ was abandoned at once.";
    const told = "The mission was meant to land two men. The Moon landing was abandoned at once.";
    expect(termDistractors(term("landing", 0), [], stem, always, 3, told)).toEqual([]);
    expect(termDistractors(term("landing", 0), [], stem, always, 3, "The Moon landing was abandoned at once.").length).toBeGreaterThan(0);
  });

  it("reads a made thing WordNet lists first as no person for its '-er' ('counter', 'computer'), and a builder as one", () => {
    expect(sameKind("counter", "buyer")).toBe(false);
    expect(sameKind("computers", "residents")).toBe(false);
    expect(sameKind("builders", "residents")).toBe(true);
  });
});

describe("number of a phrase", () => {
  it("reads the head before 'of' for the number: 'pioneers of modern optics' are many, 'a critic of authority' is one", () => {
    expect(isPlural("pioneers of modern optics")).toBe(true);
    expect(isPlural("sharp critic of received authority")).toBe(false);
    expect(isPlural("venom glands")).toBe(true);
  });
});
