import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { extractFacts } from "./facts";

function factsOf(text: string) {
  const sentences = splitSentences(text);
  return { sentences, ...extractFacts(text, sentences) };
}

describe("quotes", () => {
  it("attributes a quote to the named speaker, and 'she added' to the same speaker", () => {
    const text = `"The harvest was the best in a decade," said Amara Diallo, a farmer near Kayes.\n\n"We will plant more millet next year," she added.`;
    const { quotes } = factsOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(["Amara Diallo", "Amara Diallo"]);
  });

  it("names a speaker with a courtesy title by the surname alone, as 'Mr Okoro said' is Okoro: 'Mrs Tower said' is Tower", () => {
    const text = `"He has been with me longer than my husband," Mrs Tower said.\n\n"I thought it was a big stone at first," Mr Okoro said.\n\n"This town has been knocked down before and it got back up," Cr Tate said.`;
    expect(factsOf(text).quotes.map((q) => q.speaker)).toEqual(["Tower", "Okoro", "Tate"]);
  });

  it("finds the speaker behind a role: 'said local hydrologist Ana Ruiz', 'analyst Omar Haddad told AFP'", () => {
    const text = `"The river is rising fast this year," said local hydrologist Ana Ruiz.\n\n"We will need more boats very soon," independent analyst Omar Haddad told AFP.`;
    expect(factsOf(text).quotes.map((q) => q.speaker)).toEqual(["Ana Ruiz", "Omar Haddad"]);
  });

  it("gives '\"…,\" she said' to the one person the sentence before names, not to an earlier speaker", () => {
    const text = `"The new road will open in May this year," said Tomas Berg, the engineer.\n\nMayor Ines Duarte, who chaired the meeting, called the plan overdue. "We have waited far too long for this road," she said after the vote.`;
    expect(factsOf(text).quotes.map((q) => q.speaker)).toEqual(["Tomas Berg", "Ines Duarte"]);
  });

  it("reads a title before the speaker's name: 'said Dr. Ana Ruiz'", () => {
    const text = `"The river is rising fast this year," said Dr. Ana Ruiz of the valley institute.`;
    expect(factsOf(text).quotes.map((q) => q.speaker)).toEqual(["Ana Ruiz"]);
  });

  it("gives no quote to a chronicle or a prize written after 'the'", () => {
    const text = `In 795 the Annals of Ulster noted "the burning of Rechru by the heathens", probably a raid. He won the Alhumbert Prize in 1862, and at a lecture he declared: "Never will the doctrine recover from this blow."`;
    expect(factsOf(text).quotes.map((q) => q.speaker)).not.toEqual(expect.arrayContaining(["Annals of Ulster"]));
    expect(factsOf(text).quotes.map((q) => q.speaker)).not.toContain("Alhumbert Prize");
  });

  it("ignores scare quotes and quotes nobody is named for", () => {
    const text = `The plan was a "key success" for the town. "Nobody expected the flood to come so early this year."`;
    expect(factsOf(text).quotes).toEqual([]);
  });

  it("gives 'he wrote' to the man the sentence before is about, not to a friend, a book or a student it names", () => {
    const text = `Omar Belkadi was also a sharp critic of his teachers. In his book Doubts About Galen he wrote, "The seeker after truth does not simply trust the ancients."\n\n` +
      `Marta Kovac painted the harbour. In a letter to her friend, the poet Irena Holm, she wrote, "Here I am a lady, at home a mere servant."\n\n` +
      `He loved the old songs, which were sung to him by his student Pavel Ruzicka. In an interview in May he said: "The future music of this country must grow from these melodies."`;
    const { quotes, facts } = factsOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(["Omar Belkadi"]);
    expect(facts.find((f) => f.text === "Doubts About Galen")?.kind).toBe("misc");
  });

  it("gives '\"…,\" she said' to the sentence before's subject, not to the man she gave a present to", () => {
    const text = `Mrs Castle has since repaired the fence. She presented Mr Bhatti with a box of chocolates. "It's the least I could do for him," she said.`;
    expect(factsOf(text).quotes.map((q) => q.speaker)).not.toContain("Bhatti");
  });

  it("gives no quote to the person who was told it ('Queen Victoria asked… and was told, \"…\"')", () => {
    const text = `According to a popular story, Queen Victoria asked who had come second and was told, "Ah, Your Majesty, there is no second." Mary Hale told reporters, "We will race again next summer."`;
    expect(factsOf(text).quotes.map((q) => q.speaker)).toEqual(["Mary Hale"]);
  });

  it("attributes a quote to the name after an office and a comma, not to the office", () => {
    const text = `"Europe cannot depend on one corner of the world for its chips," said the European Commissioner for industry, Hanna Lindqvist. Lumina's chief executive, Chen Wei-ling, chose the site.`;
    const { quotes, facts } = factsOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(["Hanna Lindqvist"]);
    expect(facts.map((f) => f.text)).not.toContain("European Commissioner");
    // a given name with a hyphen is part of the name
    expect(facts.find((f) => f.text === "Chen Wei-ling")?.kind).toBe("person");
  });
});

