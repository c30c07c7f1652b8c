import { describe, expect, it } from "vitest";
import { kinSexes, sexBesideBlank, sexOfPronounAfterBlank, someoneElseBesideBlank } from "./stem-sex";
import { sexOfFirstName } from "./first-names";

describe("the sex a stem says of its blank", () => {
  it("reads a title or a word of kin before the blank, and an appositive after it", () => {
    expect(sexBesideBlank("The canal was opened by Empress _____.")).toBe("f");
    expect(sexBesideBlank("In 1721, Lady _____, who had seen the practice, promoted it.")).toBe("f");
    expect(sexBesideBlank("Mr _____ said he would spend his half on a holiday.")).toBe("m");
    // what the blank "was" says it too, but not whom it married
    expect(sexBesideBlank("_____ was an American aviator who became the first woman to fly alone.")).toBe("f");
    expect(sexBesideBlank("_____ was married to a woman from Leeds.")).toBeUndefined();
    // whom a named woman married is a man, and the other way round
    expect(sexBesideBlank("In 1879 Emmeline Goulden married _____, a barrister.")).toBe("m");
    expect(sexBesideBlank("In 1849 Louis Pasteur married _____, the rector's daughter.")).toBe("f");
    expect(sexBesideBlank("Suleiman's wife, _____, was a woman of influence.")).toBe("f");
    expect(sexBesideBlank("In 395 his son _____ took the eastern provinces.")).toBe("m");
    expect(sexBesideBlank("_____, the first woman in the cabinet, wrote the law.")).toBe("f");
    expect(sexBesideBlank("_____, 44, a man from Leeds, found the coins.")).toBe("m");
    expect(sexBesideBlank("_____, the Secretary of Labor and the first woman in a cabinet, wrote the act.")).toBe("f");
    expect(sexBesideBlank("_____, the general whose son later ruled, won the battle.")).toBeUndefined();
    expect(sexBesideBlank("On 10 November 1836 she married _____ in Kingston.")).toBe("m");
    // the wife of the blank is someone else; a verb between is no appositive
    expect(sexBesideBlank("The wife of _____ opened the hall.")).toBeUndefined();
    expect(sexBesideBlank("In 1562 _____ married the daughter of a Rajput king.")).toBeUndefined();
  });

  it("reads a birth name as its bearer's, and kin with 'was' before the blank", () => {
    expect(sexBesideBlank("Marie Dubois, born _____ in Lyon, became a chemist.")).toBe("f");
    expect(sexBesideBlank("Thomas Reed was born _____ in Leeds in 1820.")).toBe("m");
    expect(sexBesideBlank("Her father was a poet, and her mother was _____, a teacher.")).toBe("f");
    // a name the lexicon does not know says nothing
    expect(sexBesideBlank("Ngozi Okafor, born _____ in Lagos, became a chemist.")).toBeUndefined();
  });

  it("reads the first 'she' or 'he' after the blank when nobody else is named between", () => {
    expect(sexOfPronounAfterBlank("_____ told the council that she would rather die an empress.", [])).toBe("f");
    expect(sexOfPronounAfterBlank("For years _____ and her children lived in poverty, fed by Temüjin and his brothers.", ["Temüjin"])).toBe("f");
    expect(sexOfPronounAfterBlank("_____ met Pierre Curie, and he asked for help.", ["Pierre Curie"])).toBeUndefined();
    // a quotation's pronouns are the speaker's
    expect(sexOfPronounAfterBlank("_____ said: \"he was late\".", [])).toBeUndefined();
  });
});

describe("the sex an article gives its people", () => {
  it("reads a word of kin or a title before a name, and 'and her children' after one", () => {
    const sexes = kinSexes(
      "Temur had two half-brothers named Bekar and Belun. At nine he met his future wife Borta. Later Hulan and her children lived in poverty. Queen Tamsin ruled.",
    );
    expect(Object.fromEntries(sexes)).toEqual({ Bekar: "m", Belun: "m", Borta: "f", Hulan: "f", Tamsin: "f" });
    // a clause after a comma is no apposition, and a singular kin word takes one name
    const macbeth = kinSexes("Urged on by his wife, Macbeth murders the king. His wife Ann and Tom left. Her husband, Nelson Davis, died.");
    expect(macbeth.get("Macbeth")).toBeUndefined();
    expect(macbeth.get("Tom")).toBeUndefined();
    expect(macbeth.get("Ann")).toBe("f");
    expect(macbeth.get("Nelson")).toBe("m");
  });

  it("asks for men beside 'half-brothers named _____'", () => {
    expect(sexBesideBlank("Temur had two half-brothers named _____ and Belun.")).toBe("m");
    expect(sexBesideBlank("The couple had three daughters: _____, Constance and Kate.")).toBe("f");
    // (a birth name is its bearer's, particles and all)
    expect(sexBesideBlank("Juana Inés de la Cruz was born _____ in a village.")).toBe("f");
  });
});

describe("someone else beside the blank", () => {
  it("reads a 'she' before the blank, an object 'her' and an owner as another person, a 'she' after it as the blank", () => {
    expect(someoneElseBesideBlank("In 1428 she asked _____, the commander at the fort, for an escort.")).toBe(true);
    expect(someoneElseBesideBlank("_____ made no attempt to free her, and the town sold her.")).toBe(true);
    expect(someoneElseBesideBlank("Years later her elderly mother, _____, asked for a retrial.")).toBe(true);
    expect(someoneElseBesideBlank("_____ told the council that she would stay.")).toBe(false);
    expect(someoneElseBesideBlank("With the navigator _____, she set out from Miami.")).toBe(true);
    expect(someoneElseBesideBlank("In 1932, five years after _____'s crossing, she flew alone.")).toBe(true);
    expect(someoneElseBesideBlank("When _____ arrived, she was greeted by crowds.")).toBe(false);
    // (a "he" in another clause is anyone's)
    expect(someoneElseBesideBlank("When he was twelve, _____ moved to Paris.")).toBe(false);
  });
});

describe("the sex of a first name", () => {
  it("takes the lexicon's, else the public-domain name lists', and none for a name on both", () => {
    expect(sexOfFirstName("Helen")).toBe("f");
    expect(sexOfFirstName("Ines")).toBe("f");
    expect(sexOfFirstName("Virginia")).toBe("f");
    expect(sexOfFirstName("Andrea")).toBeUndefined();
    expect(sexOfFirstName("Grace")).toBeUndefined();
    expect(sexOfFirstName("virginia")).toBeUndefined();
  });
});
