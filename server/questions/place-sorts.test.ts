import { describe, expect, it } from "vitest";
import { neighbourStates, placeSort } from "./place-sorts";

describe("placeSort", () => {
  it("tells states, counties, valleys, islands, water and colonies from countries and towns", () => {
    expect(placeSort("North Carolina", "region")).toBe("state");
    expect(placeSort("South Australia", "country")).toBe("state");
    expect(placeSort("Florida Territory")).toBe("state");
    expect(placeSort("Georgia", "region")).toBe("state");
    expect(placeSort("Georgia", "country")).toBe("country");
    expect(placeSort("Duval County", "region")).toBe("division");
    expect(placeSort("Buckland Valley", "region")).toBe("land");
    expect(placeSort("Merritt Island", "region")).toBe("island");
    // a lake beside lakes, not seas; a protected site; the Americas
    expect(placeSort("Lake Biwa")).toBe("lake");
    expect(placeSort("Great Lakes")).toBe("lake");
    expect(placeSort("Philippine Sea")).toBe("water");
    expect(placeSort("Cahokia Mounds State Historic Site")).toBe("site");
    expect(placeSort("Americas")).toBe("continent");
    expect(placeSort("Milky Way")).toBe("galaxy");
    expect(placeSort("Sierra Nevada")).toBe("land");
    expect(placeSort("Cerro Corá")).toBe("land");
    expect(placeSort("Andromeda Galaxy")).toBe("galaxy");
    // what comes before "of" says the sort too
    expect(placeSort("Isthmus of Panama")).toBe("land");
    expect(placeSort("Isle of Man", "region")).toBe("island");
    expect(placeSort("Bass Strait", "region")).toBe("water");
    expect(placeSort("St. Johns River", "region")).toBe("river");
    expect(placeSort("New France")).toBe("colony");
    expect(placeSort("Colony of Canada", "country")).toBe("colony");
    expect(placeSort("Kingdom of Poland", "country")).toBe("country");
    expect(placeSort("Northern India", "country")).toBe("region");
    expect(placeSort("South Africa", "country")).toBe("country");
    expect(placeSort("Stagg Field", "region")).toBe("site");
    expect(placeSort("Houston")).toBe("city");
    expect(placeSort("the Balkans")).toBe("region");
    expect(placeSort("San Andreas")).toBeUndefined();
  });

  it("finds the other states of a state's own country", () => {
    expect(neighbourStates("Tasmania")).toEqual(expect.arrayContaining(["Queensland", "Victoria"]));
    expect(neighbourStates("Tasmania")).not.toContain("Texas");
    expect(neighbourStates("Tasmania")).not.toContain("Tasmania");
  });

  it("reads Britain as the island unless the article tags it a country (no towns beside it, no Britain beside towns)", () => {
    expect(placeSort("Britain")).toBe("island");
    expect(placeSort("Great Britain")).toBe("island");
    expect(placeSort("Britain", "country")).toBe("country");
  });

  it("reads the sort of 'X of Y' from X ('the Great Lakes of North America' are lakes, 'the Iron Pillar of Delhi' a site)", () => {
    expect(placeSort("Great Lakes of North America", "country")).toBe("lake");
    expect(placeSort("Iron Pillar of Delhi", "city")).toBe("site");
    expect(placeSort("Tower of London")).toBe("site");
    expect(placeSort("Republic of Ireland")).toBe("country");
    expect(placeSort("Gulf of Mexico")).toBe("water");
  });
});
