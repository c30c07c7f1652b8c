import { describe, expect, it } from "vitest";
import { firstSense, isFamiliar, kindShare, nounLemma } from "./wordnet";
import { kindOfOther, nearKin, sisterTerms, synonyms } from "./wordnet-kin";

describe("WordNet nouns", () => {
  it("finds a noun's dictionary form and its most common sense", () => {
    expect(nounLemma("policies")).toBe("policy");
    expect(nounLemma("boxes")).toBe("box");
    expect(nounLemma("rivers")).toBe("river");
    // "fields" is listed for W. C. Fields only: the plural of "field", not a name
    expect(nounLemma("fields")).toBe("field");
    expect(nounLemma("glasses")).toBe("glasses"); // a plural with a sense of its own stays
    expect(nounLemma("qwxzv")).toBeNull();
    expect(firstSense("water")?.lexFile).toBe(27); // noun.substance
    expect(firstSense("mouse")?.lexFile).toBe(5); // noun.animal
    expect(firstSense("water")?.words).toContain("h2o");
  });

  it("knows synonyms and familiar words", () => {
    expect(synonyms("car", "automobile")).toBe(true);
    expect(synonyms("car", "bicycle")).toBe(false);
    expect(isFamiliar("river")).toBe(true);
  });

  it("lists sister terms of concrete things only, in their everyday sense", () => {
    const mice = sisterTerms("mouse");
    expect(mice).toContain("rat");
    expect(mice).not.toContain("mouse");
    for (const w of mice) expect(firstSense(w)?.lexFile).toBe(5);
    // an abstract sense's siblings are not its kind
    expect(sisterTerms("integrity")).toEqual([]);
    // a rock's parent is "natural object", which also holds a nest and the universe
    expect(sisterTerms("rock")).not.toContain("universe");
    // so are "device" and "chemical": a comb is no kind of key or filter, a pesticide none of reactant or fraction
    expect(sisterTerms("comb")).not.toContain("key");
    expect(sisterTerms("pesticide")).not.toContain("reactant");
    // a name is no sister of a common noun: the earth gets no "mars"
    expect(sisterTerms("earth")).not.toContain("mars");
    // nor a word also used for people beside a thing: a flea gets beetles, not "queens" (of a hive)
    expect(sisterTerms("flea")).toContain("beetle");
    expect(sisterTerms("flea")).not.toContain("queen");
    // and no word unfit for a classroom: a machine gets no contraceptive
    expect(sisterTerms("machine")).not.toContain("contraceptive");
    // a part gets the other parts of its whole: a roof beside walls and windows, not beside mulch and armour
    const roof = sisterTerms("roof");
    expect(roof).toEqual(expect.arrayContaining(["wall", "window"]));
    expect(roof).not.toContain("mulch");
    // but no part that is a kind of the key: the cell's anode and cathode are its electrodes
    expect(sisterTerms("electrode")).not.toContain("anode");
    expect(sisterTerms("electrode")).not.toContain("cathode");
    // "instrumentality" is too wide a kind: a device gets no "arms" or "container"
    expect(sisterTerms("device")).not.toContain("arms");
    // nor "structure": a stadium gets no "fountain" or "masonry"
    expect(sisterTerms("stadium")).not.toContain("fountain");
  });

  it("measures how surely a noun means its first sense's kind of thing", () => {
    expect(kindShare("water")).toBeGreaterThan(0.7); // mostly the substance
    expect(kindShare("vessel")).toBeCloseTo(0.5); // a blood vessel as often as a ship or a container
    expect(kindShare("ozone")).toBe(1);
    expect(kindShare("qwxzv")).toBe(0);
  });

  it("finds near kin by a specific shared category, and not a kind of the other", () => {
    expect(nearKin("spacecraft", "lifeboat")).toBe(true); // both craft
    expect(nearKin("mouse", "rat")).toBe(true);
    expect(nearKin("station", "landing")).toBe(false); // they meet only in "artifact"
    // a school, a family and the police meet only as "organization": no kin ("a teacher at his _____" | police)
    expect(nearKin("school", "police")).toBe(false);
    expect(nearKin("family", "government")).toBe(false);
    expect(nearKin("spacecraft", "hardware")).toBe(false); // only in "instrumentality"
    expect(nearKin("concept", "goal")).toBe(false); // only in "content", anything one can think
    expect(nearKin("travel", "spaceflight")).toBe(false); // spaceflight is a kind of travel
  });

  it("takes a noun the dictionary says another mostly is as a kind of it ('microbe — especially a bacterium')", () => {
    // WordNet files microbe, bacterium, pathogen and virus side by side under "microorganism"
    expect(kindOfOther("microbe", "bacteria")).toBe(true);
    expect(kindOfOther("microbe", "pathogen")).toBe(true); // "especially a virus or bacterium or other microorganism"
    expect(kindOfOther("pathogen", "virus")).toBe(true);
    expect(kindOfOther("microbe", "virus")).toBe(false);
    // "oak — wood; used especially for furniture" says what it is used for, not what it is
    expect(kindOfOther("oak", "maple")).toBe(false);
  });
});
