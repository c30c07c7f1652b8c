import { describe, expect, it } from "vitest";
import { generateQuestions, matchesAnswer } from "./index";
import { seededRandom } from "./util";

// A small article written for the test: names, places, numbers, dates and quotes.
const ARTICLE = `The Valley Railway

By Tom Reed

3 min read

The Valley Railway opened in 1862 between Brackford and the port of Selmouth. Engineer Clara Hobbs designed its twelve bridges, the longest of which crossed the River Wend.

In 1885, the company added a branch line to the mining town of Orrin. About 4,000 passengers used the line every week by 1890, most of them miners and their families.

The railway was bought by the Northern Transport Company in 1923. Its director, Samuel Pike, closed the Orrin branch in 1931 because the mines had run out of coal.

"The railway made this valley," said Clara Hobbs at the opening ceremony. Historian Ruth Amble later wrote that the line carried 60% of the valley's trade.

Today the old station at Brackford is a museum. It attracts 25,000 visitors a year, according to the Selmouth Heritage Trust.

Share
`;

describe("generateQuestions", () => {
  const res = generateQuestions(ARTICLE, { count: 12 });

  it("cleans the text and counts its words", () => {
    expect(res.cleanText).not.toMatch(/By Tom Reed|min read|Share/);
    expect(res.words).toBeGreaterThan(100);
  });

  it("returns well-formed items whose answer lies in their source sentence", () => {
    expect(res.questions.length).toBeGreaterThanOrEqual(8);
    for (const q of res.questions) {
      expect(res.cleanText).toContain(q.sourceSentence);
      expect(q.explanation.length).toBeGreaterThan(0);
      expect(q.explanation).not.toContain("\n");
      expect(["easy", "medium", "hard"]).toContain(q.difficulty);
      if (q.type === "mc" || q.type === "number" || q.type === "quote") {
        expect(q.options).toHaveLength(4);
        expect(new Set(q.options).size).toBe(4);
        expect(q.options.filter((o) => o === q.answer)).toHaveLength(1);
      }
      if (typeof q.answer === "string" && q.type !== "tf") {
        expect(q.sourceSentence).toContain(q.answer);
        expect(res.cleanText.slice(q.answerStart, q.answerStart + q.answer.length)).toBe(q.answer);
        expect(q.prompt.toLowerCase()).not.toContain(q.answer.toLowerCase());
      }
      if (q.type === "tf") expect(q.options).toEqual(["True", "False"]);
      if (q.type === "type") expect(q.accept?.length).toBeGreaterThan(0);
    }
  });

  it("never tests one fact twice", () => {
    const answers = res.questions.filter((q) => q.type !== "tf" && q.type !== "order").map((q) => String(q.answer).toLowerCase());
    expect(new Set(answers).size).toBe(answers.length);
  });

  it("attributes quotes only to the named speaker", () => {
    for (const q of res.questions.filter((x) => x.type === "quote")) expect(q.answer).toBe("Clara Hobbs");
  });

  it("asks who said a quote with three options when the article names only three people", () => {
    const text = `Mayor Ines Duarte opened the new bridge over the river on Monday morning. "Nobody will have to wait at the ferry any more," she said.
Shopkeeper Tomas Berg, who sells boats on the quay, was not pleased. "My trade will be gone before the summer is over," he told the crowd.
Engineer Clara Hobbs built the bridge in two years at a cost of $4 million.`;
    const quotes = generateQuestions(text, { count: 5, types: ["quote"] }).questions;
    expect(quotes.map((q) => q.answer).sort()).toEqual(["Ines Duarte", "Tomas Berg"]);
    for (const q of quotes) expect([...q.options].sort()).toEqual(["Clara Hobbs", "Ines Duarte", "Tomas Berg"]);
  });

  it("asks who said a quote with options in the key's form: surnames beside a surname", () => {
    const text = `Runner Daniel Kiprop won the race on Sunday in record time. Joseph Mutai was second and Ruth Chebet won the women's race.
Race director Carey Pinkowski said the city had spent months on the course. "We made the turns smoother," he said.
"I knew at the last bend that the record was mine," Kiprop said after the race.`;
    const quotes = generateQuestions(text, { count: 5, types: ["quote"] }).questions;
    const bySurname = quotes.find((q) => q.answer === "Kiprop");
    expect(bySurname).toBeDefined();
    for (const o of bySurname!.options) expect(o).not.toContain(" ");
  });

  it("offers a ruler beside a surname by his regnal name, not the land after 'of'", () => {
    const text = `In the 1740s King Louis XV of France had a lifting chair at Versailles. The engineer Werner Siemens built an electric lift in 1880.
The mechanic Elisha Otis showed his safety brake in New York in 1854. Standing on the platform, Otis ordered the rope cut.
"All safe, gentlemen, all safe," Otis said.`;
    const quote = generateQuestions(text, { count: 5, types: ["quote"] }).questions[0];
    expect(quote.answer).toBe("Otis");
    expect(quote.options).not.toContain("France");
    expect(quote.options).toContain("Louis XV");
  });

  it("asks who said a quote in the key's form: first names beside a first name, no one the quote names", () => {
    const text = `The skip, Brian Castell, 68, drew the last bowl of the final to win the flag on Sunday. Club president Heather Ngata and junior Jack Pearce watched from the bank.
"I have played this game for forty years and never had a bowl that mattered so much," Mr Castell said. "We waited since 1987 for this flag to come home," said Mrs Ngata.
"My mates thought bowls was only for my grandad and his friends," Jack said. Secretary Lorraine Whitby kept the score.
"Nobody will forget the day that Castell won us the flag at last," Jack said.`;
    const quotes = generateQuestions(text, { count: 8, types: ["quote"] }).questions;
    const byFirstName = quotes.find((q) => q.prompt.includes("grandad"))!;
    expect([...byFirstName.options].sort()).toEqual(["Brian", "Heather", "Jack", "Lorraine"]);
    const naming = quotes.find((q) => q.prompt.includes("Castell won"));
    if (naming) expect(naming.options).not.toContain("Brian");
  });

  it("reads 'Mrs Joan Tower' as Joan Tower, and offers her as 'Tower' beside surnames, never as 'Mrs Tower'", () => {
    const text = `The group is led by Mrs Joan Tower, a retired teacher who has used the library since she was six years old.
Councillor Priya Shah proposed the closure of the library on Elm Street. Councillor Martin Hale said the decision would "rip the heart out of the town".
"We are disappointed, but we are not finished with this fight yet," Mrs Tower said after the vote on Tuesday.
Councillor Gareth Bevan voted against it. "Closing it will not save very much money at all," said Mr Bevan at the meeting.`;
    const qs = generateQuestions(text, { count: 12 }).questions;
    for (const q of qs) expect(q.options ?? []).not.toContain("Mrs Tower");
    expect(qs.find((q) => q.prompt.includes("led by Mrs _____"))?.answer).toBe("Joan Tower");
    const quoted = qs.filter((q) => q.type === "quote");
    expect(quoted.length).toBe(2);
    for (const q of quoted) for (const o of q.options!) expect(o).not.toContain(" ");
  });

  it("does not ask for the article's own subject while anything else is left", () => {
    const text = `Selmouth\n\nSelmouth is a port on the south coast of Wendshire. The harbour of Selmouth was dug by Clara Hobbs in 1841.
The town had 4,000 people in 1890. Most of the men of Selmouth worked in the mines of Orrin, and the rest fished the bay.`;
    const answers = generateQuestions(text, { count: 4, types: ["mc", "type", "number"] }).questions.map((q) => q.answer);
    expect(answers.length).toBeGreaterThan(1);
    expect(answers).not.toContain("Selmouth");
  });

  it("makes no false statement by swapping names of no known kind", () => {
    const text = `The Lund Accord replaced the Harrow Charter after a long dispute between the two river towns.
The Selby Protocol was written to settle the grazing rights that the Orrin Convention had left open.
The Marrow Declaration followed the Kestrel Treaty and set out the rights of every fisherman on the coast.
The Wend Agreement was drafted by the councils to end the quarrel left by the Brack Accord over the mills.`;
    const tf = generateQuestions(text, { count: 10, types: ["tf"] }).questions;
    expect(tf.length).toBeGreaterThan(0);
    expect(tf.filter((q) => q.answer === "False")).toEqual([]);
  });

  it("makes no true-or-false statement of a sentence inside a quotation of several", () => {
    const text = `The farmer Tom Birch found 300 silver coins in a field near Elmsford in March. The coins were taken to the county museum in June.

"This is the kind of find that comes once in a career," said Dr Ines Marlow. "Tom Birch did exactly what we ask. He left the coins in the ground, he marked the spot and he rang the museum. Because of that, the site could be dug properly."

The museum has valued the hoard at 40,000 pounds. A fund in the town has promised 10,000 pounds towards buying it.`;
    const tf = generateQuestions(text, { count: 20, types: ["tf"] }).questions;
    expect(tf.length).toBeGreaterThan(0);
    expect(tf.filter((q) => /marked the spot/.test(q.prompt))).toEqual([]);
  });

  it("is deterministic", () => {
    expect(generateQuestions(ARTICLE, { count: 12 })).toEqual(res);
  });

  it("honours count and types", () => {
    expect(generateQuestions(ARTICLE, { count: 3 }).questions).toHaveLength(3);
    const only = generateQuestions(ARTICLE, { count: 6, types: ["number"] }).questions;
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((q) => q.type === "number")).toBe(true);
    const order = generateQuestions(ARTICLE, { types: ["order"] }).questions;
    expect(order).toHaveLength(1);
    expect((order[0].answer as string[]).length).toBeGreaterThanOrEqual(3);
  });

  it("returns nothing for empty text", () => {
    expect(generateQuestions("   ").questions).toEqual([]);
  });

  it("exports a forgiving answer matcher", () => {
    expect(matchesAnswer("clara hobs", ["Clara Hobbs", "Hobbs"])).toBe(true);
  });

  it("never breaks its invariants on seeded word salad", () => {
    const rnd = seededRandom(7);
    const words = ["In", "1999", "Paris", "the", "John", "Smith", "said", '"', "war", ".", ",", "Berlin", "40%", "$5", "million", "troops", "He", "It", "(", ")", "Ann", "Lee", "of", "University", "Chicago", "\n\n"];
    for (let k = 0; k < 60; k++) {
      const text = Array.from({ length: 20 + Math.floor(rnd() * 200) }, () => words[Math.floor(rnd() * words.length)]).join(" ");
      const r = generateQuestions(text, { count: 10 });
      for (const q of r.questions) {
        expect(r.cleanText).toContain(q.sourceSentence);
        if (q.type === "mc" || q.type === "number" || q.type === "quote") {
          expect(new Set(q.options).size).toBe(4);
          expect(q.options).toContain(q.answer);
        }
      }
    }
  });

  it("asks for a name the article gives to what it has just described", () => {
    const text = "Deserts\n\nA desert gets less than 250 millimetres of rain a year. The wind carries sand across the land and piles it into hills. These hills are called dunes. Camels can walk for days without water.";
    const q = generateQuestions(text, { count: 10 }).questions.find((x) => x.answer === "dunes");
    expect(q?.prompt).toBe("The wind carries sand across the land and piles it into hills. What are these hills called?");
    expect(q?.type).toBe("type");
    // its proof is both sentences, and no other item asks the one it quotes
    expect(q?.sourceSentence).toBe("The wind carries sand across the land and piles it into hills. These hills are called dunes.");
    const all = generateQuestions(text, { count: 10 }).questions;
    expect(all.filter((x) => x.sourceSentence.startsWith("The wind carries"))).toHaveLength(1);
  });

  it("asks for a lone word the article names as a term to type, the whole name only", () => {
    const text = "Squid\n\nA squid swims by forcing water through a tube called the siphon. It hunts fish at night near the surface. " +
      "Sailors once used a trick they called lamp fishing to catch them. Most squid live for about one year.";
    const qs = generateQuestions(text, { count: 10 }).questions;
    const siphon = qs.find((x) => x.answer === "siphon");
    expect(siphon?.type).toBe("type");
    expect(siphon?.prompt).toBe("A squid swims by forcing water through a tube called the _____.");
    // "lamp" is half of what the article names
    expect(qs.find((x) => x.answer === "lamp")).toBeUndefined();
  });
});
