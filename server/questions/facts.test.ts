import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { extractFacts } from "./facts";
import { extractNumbers } from "./numbers";

function factsOf(text: string) {
  const sentences = splitSentences(text);
  return { sentences, ...extractFacts(text, sentences) };
}
const spans = (text: string, kind: string) => factsOf(text).facts.filter((f) => f.kind === kind).map((f) => f.text);

describe("entities", () => {
  it("finds people without their titles or demonyms, and keeps 'of' names whole", () => {
    const text = "Former Mayor Helen Okafor opened the Museum of Rivers in Lagos. Norwegian explorer Roald Amundsen reached the pole first.";
    expect(spans(text, "person")).toEqual(["Helen Okafor", "Roald Amundsen"]);
    expect(spans(text, "org")).toContain("Museum of Rivers");
    expect(spans(text, "place")).toContain("Lagos");
  });

  it("drops possessives, demonym adjectives and news agencies", () => {
    const text = "Kenya's runners won again. Kenyan coaches were pleased, a Kenyan official told AFP after the race in Berlin.";
    const all = factsOf(text).facts.map((f) => f.text);
    expect(all).toContain("Kenya");
    expect(all).not.toContain("Kenyan");
    expect(all).not.toContain("AFP");
  });

  it("calls a surname a person when the full name is", () => {
    const text = "The chemist Marta Velasco measured the gas. Later, Velasco published the results.";
    expect(spans(text, "person")).toEqual(["Marta Velasco", "Velasco"]);
  });

  it("marks the subject heading its sentence", () => {
    const f = factsOf("In 1902, Marta Velasco founded a school in Lima.").facts.find((x) => x.text === "Marta Velasco");
    expect(f?.subject).toBe(true);
  });
});

describe("numbers", () => {
  const nums = (t: string) => extractNumbers(splitSentences(t)[0]).map((f) => [f.kind, f.text]);
  it("finds years, dates, percentages, money, counts with units", () => {
    expect(nums("On March 3, 1921, about 40% of the 12,500 workers earned $3 million in total.")).toEqual([
      ["date", "March 3, 1921"],
      ["percent", "40%"],
      ["count", "12,500"],
      ["money", "$3 million"],
    ]);
    expect(nums("The fort fell in 1759 after four weeks, in the 18th century.")).toEqual([
      ["year", "1759"],
      ["count", "four"],
      ["century", "18th century"],
    ]);
  });

  it("keeps the unit of a count and treats 4-digit counts of things as counts", () => {
    const [f] = extractNumbers(splitSentences("The army sent 1960 troops to the valley.")[0]);
    expect([f.kind, f.unit]).toEqual(["count", "troops"]);
  });

  it("skips both ends of a range", () => {
    expect(nums("The chemist (1641–1679) lived in Bath.")).toEqual([]);
  });
});

describe("quotes", () => {
  it("attributes a quote to the named speaker, and 'she added' to the same speaker", () => {
    const text = `"The harvest was the best in a decade," said Amara Diallo, a farmer near Kayes.\n\n"We will plant more millet next year," she added.`;
    const { quotes } = factsOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(["Amara Diallo", "Amara Diallo"]);
  });

  it("finds the speaker behind a role: 'said local hydrologist Ana Ruiz', 'analyst Omar Haddad told AFP'", () => {
    const text = `"The river is rising fast this year," said local hydrologist Ana Ruiz.\n\n"We will need more boats very soon," independent analyst Omar Haddad told AFP.`;
    expect(factsOf(text).quotes.map((q) => q.speaker)).toEqual(["Ana Ruiz", "Omar Haddad"]);
  });

  it("ignores scare quotes and quotes nobody is named for", () => {
    const text = `The plan was a "key success" for the town. "Nobody expected the flood to come so early this year."`;
    expect(factsOf(text).quotes).toEqual([]);
  });
});

describe("terms", () => {
  it("keeps specific noun phrases and drops generic ones", () => {
    const text = "Plants release oxygen through photosynthesis in their leaves. This is one of many things.";
    const terms = spans(text, "term");
    expect(terms).toContain("photosynthesis");
    expect(terms).not.toContain("things");
  });
});
