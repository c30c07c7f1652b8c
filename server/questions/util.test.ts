import { describe, expect, it } from "vitest";
import { hashString, normalize, remembered, seededShuffle, surnameOf } from "./util";

describe("util", () => {
  it("remembers answers, and forgets them all once full", () => {
    let calls = 0;
    const double = remembered((n: number) => (calls++, n * 2), 2);
    expect([double(1), double(1), double(2)]).toEqual([2, 2, 4]);
    expect(calls).toBe(2);
    double(3); // full: forgets 1 and 2
    double(1);
    expect(calls).toBe(4);
  });
  it("keeps a surname's particle: 'da Vinci', 'van Gogh'", () => {
    expect(surnameOf("Leonardo da Vinci")).toBe("da Vinci");
    expect(surnameOf("Vincent van Gogh")).toBe("van Gogh");
    expect(surnameOf("David Lloyd George")).toBe("Lloyd George");
    expect(surnameOf("Augustus De Morgan")).toBe("De Morgan");
    expect(surnameOf("Al Gore")).toBe("Gore");
    expect(surnameOf("Joseph Priestley")).toBe("Priestley");
    expect(surnameOf("Priestley")).toBe("Priestley");
  });
  it("takes the family name first before a hyphenated given name: 'Chen Wei-ling'", () => {
    expect(surnameOf("Chen Wei-ling")).toBe("Chen");
    expect(surnameOf("Kim Jong-un")).toBe("Kim");
    // (and before a given name of two words: "Yoon Suk Yeol", "Ho Chi Minh")
    expect(surnameOf("Yoon Suk Yeol")).toBe("Yoon");
    expect(surnameOf("Ho Chi Minh")).toBe("Ho");
    expect(surnameOf("Jean-Paul Sartre")).toBe("Sartre");
  });
  it("shuffles deterministically by seed, without losing items", () => {
    const items = ["a", "b", "c", "d", "e"];
    expect(seededShuffle(items, "x")).toEqual(seededShuffle(items, "x"));
    expect([...seededShuffle(items, "y")].sort()).toEqual(items);
    expect(hashString("abc")).toBe(hashString("abc"));
  });

  it("normalises case, accents, quotes, punctuation and articles", () => {
    expect(normalize("The Élan’s  “Café”!")).toBe("elan s cafe");
  });
});
