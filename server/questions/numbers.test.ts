import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { extractNumbers, parseNum } from "./numbers";
import { extractFacts } from "./facts";

describe("numbers", () => {
  const nums = (t: string) => extractNumbers(splitSentences(t)[0]).map((f) => [f.kind, f.text]);
  it("reads a number in words whole: 'sixty' is no six, 'twenty-two' is 22", () => {
    expect(["sixty", "seventeen", "twenty-two", "two hundred", "three thousand", "four"].map(parseNum)).toEqual([60, 17, 22, 200, 3000, 4]);
  });
  it("keeps a newspaper's short scale with its sum: '£22.5m', '$1.8bn', and values it", () => {
    const facts = extractNumbers(splitSentences("They paid £22.5m for him, and the deal was worth $1.8bn, plus €450k in fees.")[0]);
    expect(facts.map((f) => [f.text, f.value])).toEqual([["£22.5m", 22.5e6], ["$1.8bn", 1.8e9], ["€450k", 450e3]]);
  });
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
    // a year before Christ may have four figures above 2099
    expect(nums("The pyramid was built around 2560 BC for the king.")).toEqual([["year", "2560 BC"]]);
  });

  it("keeps the unit of a count and treats 4-digit counts of things as counts", () => {
    const [f] = extractNumbers(splitSentences("The army sent 1960 troops to the valley.")[0]);
    expect([f.kind, f.unit]).toEqual(["count", "troops"]);
  });

  it("takes no number out of a standard's name", () => {
    expect(nums("The V.34 modem and the older X.25 network sent 12 messages.")).toEqual([["count", "12"]]);
  });

  it("takes no number out of a name it follows, but counts after a sentence's opening word", () => {
    expect(nums("The planet LHS 2271 b circles its star once every 9 days.")).toEqual([["count", "9"]]);
    expect(nums("The crew of Apollo 11 spent 21 hours on the surface.")).toEqual([["count", "21"]]);
    expect(nums("About 40 hours of telescope time were asked for.")).toEqual([["count", "40"]]);
    // (a version after a name that opens on a small letter, or after an opening name: "iOS 16", "Python 3.13 also…")
    expect(nums("It runs on iPhones with iOS 16 or later.")).toEqual([]);
    expect(nums("Python 3.13 also contains a compiler, and 2.5 million people use it.")).toEqual([["count", "2.5 million"]]);
    expect(nums("Apollo 8 was the first crewed craft to orbit the Moon.")).toEqual([["count", "8"]]);
  });

  it("reads a day without its year as a date, not a count", () => {
    expect(nums("They will face the holders in the final on May 17 in the capital.")).toEqual([["date", "May 17"]]);
    expect(nums("The ship sails on 4 July with 30 passengers.")).toEqual([["date", "4 July"], ["count", "30"]]);
  });

  it("takes no number in words after 'the': it points back at things already counted", () => {
    expect(nums("The two branches meet at the old town with 40 bridges.")).toEqual([["count", "40"]]);
    expect(nums("The river splits into two branches in the north.")).toEqual([["count", "two"]]);
  });

  it("takes the share, not the whole it is a share of", () => {
    expect(nums("Nine in ten homes and seven out of twelve schools burn wood.")).toEqual([["count", "Nine"], ["count", "seven"]]);
  });

  it("skips both ends of a range", () => {
    expect(nums("The chemist (1641–1679) lived in Bath.")).toEqual([]);
  });
  it("takes no part of a fraction", () => {
    expect(nums("The cabin held 1⁄3 normal pressure and won 3/4 of 12 votes.")).toEqual([["count", "12"]]);
  });

  it("takes no number out of a time of day", () => {
    expect(nums("About 900 runners started the race, which began at 7:30 a.m. in the park.")).toEqual([["count", "900"]]);
    expect(nums("The 40 pupils arrive at 8.30 am and leave at 3 pm, or by four o'clock.")).toEqual([["count", "40"]]);
  });

  it("takes no number out of a label: 'type 2', 'stage 3', 'category 5'", () => {
    expect(nums("About nine in ten cases are type 2 diabetes, and most are found at stage 3 or later.")).toEqual([["count", "nine"]]);
    expect(nums("The storm grew into a category 5 hurricane with 4 eyes.")).toEqual([["count", "4"]]);
  });

  it("reads three figures after 'in' or 'the year' as a year when they count nothing", () => {
    expect(nums("Papermaking reached the Islamic world after the Battle of Talas in 751, and then Europe.")).toEqual([["year", "751"]]);
    expect(nums("Two monks smuggled the eggs around the year 552.")).toEqual([["count", "Two"], ["year", "552"]]);
    expect(nums("The clinic saw the disease in 751 patients.")).toEqual([["count", "751"]]);
    // (a sentence's opening "In" dates it, whatever noun follows: "In 2018 members of the union voted")
    expect(nums("In 2018 members of the union voted.")).toEqual([["year", "2018"]]);
    expect(nums("Some 2018 members voted.")).toEqual([["count", "2018"]]);
    // (or before a preposition, or opening the sentence after "From" or "Around"; and both ends of a reign)
    expect(nums("The quarrel was settled in 843 under a regent.")).toEqual([["year", "843"]]);
    expect(nums("From 726 the empire was divided.")).toEqual([["year", "726"]]);
    expect(nums("Heraclius, who ruled from 610 to 641, beat the Persians.")).toEqual([["year", "610"], ["year", "641"]]);
    expect(nums("The town grew from 300 to 500 people.")).toEqual([["count", "300"], ["count", "500"]]);
  });

  it("reads a year before a capitalised name as a year: 'The 1936 Games'", () => {
    expect(nums("The 1936 Games were the first with a torch relay, and 40 games were played.")).toEqual([["year", "1936"], ["count", "40"]]);
  });

  it("reads three figures within an article's span of early years as a year, not a count", () => {
    const text = "In 768 the king took power. In 773 and 774 he besieged Pavia. It was 812 before the rival court agreed. Around 780, about 300 monks lived there. He sent 200 horses in 790.";
    const kinds = extractFacts(text, splitSentences(text)).facts.filter((f) => /^\d+$/.test(f.text)).map((f) => `${f.kind}:${f.text}`);
    expect(kinds).toEqual(["year:768", "year:773", "year:774", "year:812", "year:780", "count:300", "count:200", "year:790"]);
    // ("the Council of Chalcedon of 451": three figures dating a name too)
    const council = "In 527 the emperor was crowned. She was born around the year 497. They rejected the Council of Chalcedon of 451. The Book of Kells of 300 pages.";
    const dated = extractFacts(council, splitSentences(council)).facts.filter((f) => /^\d+$/.test(f.text)).map((f) => `${f.kind}:${f.text}`);
    expect(dated).toEqual(["year:527", "year:497", "year:451", "count:300"]);
  });

  it("reads a day of the first millennium as a date, 'in 751 taught' as a year, and no figure of a name like \"Black '47\"", () => {
    expect(nums("The council opened around 20 May 325, probably in the palace.")).toEqual([["date", "20 May 325"]]);
    expect(nums("That year, remembered as Black '47, was the worst.")).toEqual([]);
    const text = "Prisoners taken at the battle in 751 taught local craftsmen to make paper.";
    expect(extractFacts(text, splitSentences(text)).facts.find((f) => f.text === "751")?.kind).toBe("year");
  });
  it("reads 'August 30 BC' as a year, no clock time 'at 8.32' and no boat called 'a new racing eight'", () => {
    const found = (text: string) => extractNumbers({ index: 0, start: 0, end: text.length, text, paragraph: 0 } as never).map((n) => `${n.kind}:${n.text}`);
    expect(found("In August 30 BC she took her own life.")).toEqual(["year:30 BC"]);
    expect(found("At 8.32 on the morning of 18 May the face slid.")).toEqual(["date:18 May"]);
    expect(found("They named a new racing eight in his honour, after a mere three weeks.")).toEqual(["count:three"]);
  });

  it("reads three figures after an opening 'In' and before a name as a year, in an article of such years", () => {
    const text = "In 115 he was appointed court astronomer. In 136 Zhang Heng was sent to govern Hejian. He died in 139.";
    const facts = extractFacts(text, splitSentences(text)).facts;
    expect(facts.find((f) => f.text === "136")?.kind).toBe("year");
    // (not in an article with no such years: "In 300 Roman villas…" counts villas)
    const villas = "The survey was long. In 300 Roman villas the floors survive.";
    expect(extractFacts(villas, splitSentences(villas)).facts.find((f) => f.text === "300")?.kind).not.toBe("year");
  });

  it("reads no side of a size and no part of a power of ten as a number: '9×9', '4 x 5 metres', '2.1 × 10^170'", () => {
    const text = "Beginners use boards of 9×9 or 13×13. The room is 4 x 5 metres. It has 2.1 × 10^170 positions. It has 361 points.";
    expect(extractFacts(text, splitSentences(text)).facts.filter((f) => f.kind === "count").map((f) => f.text)).toEqual(["361"]);
  });

  it("reads no count in a thing's number before its name: 'the asteroid 5383 Leavitt'; a birth's three figures are a year; no first year of a span BC", () => {
    expect(nums("A crater and the asteroid 5383 Leavitt bear her name.")).toEqual([]);
    expect(nums("He was born around 965 in Basra and died around 1040 in Cairo.")).toEqual([["year", "965"], ["year", "1040"]]);
    expect(nums("After the Social War of 91 to 88 BC the Etruscans became Roman citizens.").map(([, t]) => t)).not.toContain("91");
    expect(nums("She was born around 973 into a minor branch of the clan.")).toEqual([["year", "973"]]);
    // (nor either figure of a power)
    expect(nums("He estimated that about 10 to the power of 63 grains of sand would fill the universe.")).toEqual([]);
  });

  it("reads no year in a thing's number before its name: 'the asteroid 1455 Mitchella', but 'the year 1455 Gutenberg'", () => {
    const text = "A crater and the asteroid 1455 Mitchella bear her name. In the year 1455 Gutenberg printed a Bible.";
    expect(extractFacts(text, splitSentences(text)).facts.filter((f) => f.text === "1455").map((f) => `${f.kind}:${f.sentence}`)).toEqual(["year:1"]);
  });

  it("reads three figures the article dates by elsewhere, or after 'late', as a year: 'after 751 Chinese armies'", () => {
    const text = "The battle was fought in 751. After it, scholars argued that paper spread before 751. " +
      "The war ended, and after 751 Chinese armies never went west again. In late 755 the general rebelled, and the war lasted until 763.";
    const kinds = extractFacts(text, splitSentences(text)).facts.filter((f) => /^75/.test(f.text)).map((f) => f.kind);
    expect(kinds).toEqual(["year", "year", "year", "year"]);
    // (not a count of the same figures in an article of no such years)
    const ships = "The fleet was large. After 751 ships had sailed, the port closed.";
    expect(extractFacts(ships, splitSentences(ships)).facts.find((f) => f.text === "751")?.kind).toBe("count");
  });

  it("reads rand, shilling and rupee sums, and no sum followed by its conversion into another currency", () => {
    expect(nums("A report found that R14.2 million had been spent elsewhere.")).toEqual([["money", "R14.2 million"]]);
    expect(nums("She lost about R30,000 since June.")).toEqual([["money", "R30,000"]]);
    expect(nums("The restoration cost ₹38 lakh in all.")).toEqual([["money", "₹38 lakh"]]);
    expect(parseNum("₹38 lakh")).toBe(3_800_000);
    expect(nums("The union wants ₦640 million, and a wing cost GH¢14.2 million.").map(([k, t]) => `${k}:${t}`)).toEqual(["money:₦640 million", "money:GH¢14.2 million"]);
    // (a road's number is no sum)
    expect(nums("The R458 road was closed for 12 days.").map(([k]) => k)).not.toContain("money");
    // a sum with its conversion after it gives its own answer away; a share after a count does not
    expect(nums("Parents raised KSh 450,000 (roughly $3,450) in February.")).toEqual([["money", "$3,450"]]);
    expect(nums("Of 638,000 people, Jews were 219,000 (around 34 percent).").map(([, t]) => t)).toContain("219,000");
  });
});
