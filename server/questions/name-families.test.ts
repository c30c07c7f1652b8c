import { describe, expect, it } from "vitest";
import type { Fact } from "./types";
import { familyOf, nameFamilies, unifyFamilies } from "./name-families";
import { clashes } from "./option-form";
import { buildPools, entityDistractors } from "./distractors";

const fact = (kind: Fact["kind"], text: string, extra: Partial<Fact> = {}): Fact => ({ kind, text, start: 0, end: text.length, sentence: 0, ...extra });

describe("name families", () => {
  // four chapels of an invented monastery, read as four different kinds
  const chapels = () => [fact("place", "Kidane Tekle"), fact("person", "Kidane Amha"), fact("misc", "Kidane Mehret"), fact("place", "Kidane Gebre"), fact("org", "Kidane Hawi")];

  it("finds names that open on a word no dictionary or first-name list knows, four or more", () => {
    expect([...nameFamilies(chapels()).keys()]).toEqual(["Kidane"]);
    // (three are no family; nor are names that share an English word or a first name)
    expect(nameFamilies(chapels().slice(0, 3)).size).toBe(0);
    expect(nameFamilies(["New Ross", "New Haven", "New Forest", "New Mills"].map((t) => fact("place", t))).size).toBe(0);
    expect(nameFamilies(["John Adams", "John Jay", "John Hay", "John Knox"].map((t) => fact("person", t))).size).toBe(0);
    // (nor names told apart by a word for their sort: a hill, a park, a museum named after one place)
    expect(nameFamilies(["Kidane Hill", "Kidane National Park", "Kidane Museum", "Kidane Valley"].map((t) => fact("place", t))).size).toBe(0);
  });

  it("gives every member the kind most of them were read as, places winning a tie", () => {
    const facts = chapels();
    unifyFamilies(facts);
    expect(new Set(facts.map((f) => f.kind))).toEqual(new Set(["place"]));
  });

  it("takes a family's other members as its options, sharing their opening word", () => {
    const facts = chapels();
    unifyFamilies(facts);
    const pools = buildPools([...facts, fact("place", "Gondar"), fact("place", "Holy City")]);
    expect(familyOf("Kidane Tekle", facts)).toBe("Kidane");
    const out = entityDistractors(facts[0], pools, "_____ stands apart to the south.", 3, "");
    expect(out).toHaveLength(3);
    for (const o of out) expect(o).toMatch(/^Kidane /);
    expect(clashes("Kidane Tekle", "Kidane Amha")).toBe(false);
    expect(clashes("River Tyne", "River Tees")).toBe(false);
    // (a first name is no family: two Vladimirs are one name too many)
    expect(clashes("Vladimir Putin", "Vladimir Lenin")).toBe(true);
  });
});
