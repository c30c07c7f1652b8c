import { describe, expect, it } from "vitest";
import type { Fact } from "./types";
import { buildPools, entityDistractors, numberDistractors } from "./distractors";
import { clashes, pickByForm } from "./option-form";
import { SCIENTISTS } from "./data/pools";

const fact = (kind: Fact["kind"], text: string, extra: Partial<Fact> = {}): Fact => ({ kind, text, start: 0, end: text.length, sentence: 0, ...extra });

describe("clashes", () => {
  it("rejects the key, parts of it, shared names and acronyms", () => {
    expect(clashes("Vladimir Putin", "Putin")).toBe(true);
    expect(clashes("Vladimir Putin", "Vladimir Lenin")).toBe(true);
    expect(clashes("Collective Security Treaty Organization", "CSTO")).toBe(true);
    // a country and a name made of its people's adjective ("Portuguese Angola"), not a neighbour's ("Australian")
    expect(clashes("Portugal", "Portuguese Angola")).toBe(true);
    expect(clashes("Kenya", "Kenyan Highlands")).toBe(true);
    expect(clashes("Austria", "Australian Capital Territory")).toBe(false);
    expect(clashes("José Martí", "Rafael María de Mendive")).toBe(false);
    expect(clashes("Vladimir Putin", "Boris Yeltsin")).toBe(false);
  });

  it("takes another point of the compass for another part of one whole", () => {
    expect(clashes("East Africa", "West Africa")).toBe(false);
    expect(clashes("East Africa", "Africa")).toBe(true);
    expect(clashes("East Africa", "Horn of Africa")).toBe(true);
  });
});

describe("entity distractors", () => {
  it("gives a country no state named by its form: no 'Sultanate of Oman' beside 'Mozambique'", () => {
    const key = fact("place", "Mozambique", { unit: "country" });
    const pools = buildPools([key, fact("place", "Sultanate of Oman", { unit: "country" }), fact("place", "Tanzania", { unit: "country" })]);
    const out = entityDistractors(key, pools, "The port lies far to the south in what is now _____.");
    expect(out).toContain("Tanzania");
    expect(out).not.toContain("Sultanate of Oman");
  });

  it("gives a land named after a lake no lakes: 'the Lake District'", () => {
    const key = fact("place", "Lake District", { unit: "region" });
    const out = entityDistractors(key, buildPools([key]), "They won a weekend break in the _____ last May.");
    expect(out.some((o) => /^Lake /.test(o))).toBe(false);
    const lake = fact("place", "Lake Poopó", { unit: "region" });
    expect(entityDistractors(lake, buildPools([lake]), "The river runs south to _____ in Bolivia.").every((o) => /^Lake /.test(o))).toBe(true);
  });

  it("takes people from the article first, then shipped names, never the key", () => {
    const people = [fact("person", "Ada Lovelace"), fact("person", "Charles Babbage"), fact("person", "Lovelace")];
    const out = entityDistractors(fact("person", "Ada Lovelace"), buildPools(people), "The mathematician _____ wrote the first program.");
    expect(out).toHaveLength(3);
    expect(out[0]).toBe("Charles Babbage");
    expect(out.some((o) => /Lovelace/.test(o))).toBe(false);
  });

  it("keeps places of the same subkind", () => {
    const places = [fact("place", "Lyon", { unit: "city" }), fact("place", "Peru", { unit: "country" })];
    // (a city we do not place: "Lima" would get Quito and Havana, cities of its own part of the world, before Lyon)
    const out = entityDistractors(fact("place", "Arequipa", { unit: "city" }), buildPools(places), "The school is in _____.");
    expect(out).toContain("Lyon");
    expect(out).not.toContain("Peru");
  });

  it("gives an organisation of a known sort options of that sort", () => {
    const orgs = [fact("org", "Kestrel Aviation"), fact("org", "Survey Task Group"), fact("org", "Harlow Space Center"), fact("org", "Dunmore Motors")];
    const out = entityDistractors(fact("org", "Brightline Electric"), buildPools(orgs), "Contracts went to _____ and two others.");
    expect(out).toHaveLength(3);
    expect(out).toEqual(expect.arrayContaining(["Kestrel Aviation", "Dunmore Motors"]));
    expect(out).not.toContain("Survey Task Group");
    expect(out).not.toContain("Harlow Space Center");
    // one of no known sort gets no college or company beside it
    const unknown = entityDistractors(fact("org", "Obama Foundation"), buildPools([...orgs, fact("org", "Kalamazoo College")]), "The centre will house the _____.");
    for (const o of unknown) expect(o).not.toMatch(/College|Aviation|Motors|Center|Group/);
  });

  it("offers places of antiquity for 'Ancient _____', not today's capitals", () => {
    const facts = [fact("place", "Rome", { unit: "city" }), fact("place", "Nîmes", { unit: "city" }), fact("place", "France", { unit: "country" })];
    const out = entityDistractors(fact("place", "Rome", { unit: "city" }), buildPools(facts), "Ancient _____ needed enormous amounts of water for its baths.");
    expect(out).toHaveLength(3);
    for (const o of out) expect(["Athens", "Carthage", "Babylon", "Egypt", "Greece", "Sparta", "Persia", "Troy", "Alexandria", "Mesopotamia", "Assyria", "Phoenicia", "Macedonia", "Byzantium", "China"]).toContain(o);
    // (so does a stem of the first centuries after Christ: "In the third century … alongside _____, Persia and China")
    const third = entityDistractors(fact("place", "Rome", { unit: "city" }), buildPools(facts), "In the third century a prophet ranked the kingdom with _____ and China.", 3, "Its coins date from the third century.");
    for (const o of third) expect(["Nîmes", "Oslo", "Lyon", "Paris"]).not.toContain(o);
    expect(third).toHaveLength(3);
  });

  it("places a city it does not know by the city its name holds or the article's cities", () => {
    const out = entityDistractors(fact("place", "City of London", { unit: "city" }), buildPools([]), "The fire destroyed most of the medieval _____.", 3, "The fire spread from Pudding Lane.");
    for (const o of out) expect(["Los Angeles", "New York", "San Francisco", "Tokyo", "Chicago", "Sydney"]).not.toContain(o);
    const verona = entityDistractors(fact("place", "Verona", { unit: "city" }), buildPools([]), "He was banished from _____.", 3, "Romeo fled from Verona to Milan.");
    for (const o of verona) expect(["Chicago", "Boston", "New York", "Los Angeles", "San Francisco", "Tokyo", "Sydney", "Mumbai"]).not.toContain(o);
  });

  it("offers no famous companies beside a village's shop or co-operative", () => {
    const out = entityDistractors(fact("org", "Ravenbeck Community Shop Ltd"), buildPools([]), "Residents formed _____, a community benefit society, to buy the shop.");
    expect(out).not.toContain("Westinghouse Electric");
    expect(out.every((o) => !/Company|Electric|Aviation/.test(o))).toBe(true);
    const landlord = entityDistractors(fact("org", "Green Mountain Holdings LLC"), buildPools([]), "The committee would meet the building's owner, _____, next week.");
    expect(landlord.every((o) => !/Company|Electric|Aviation/.test(o))).toBe(true);
  });

  it("offers no country of the article from a far part of the world: no Qatar beside Botswana", () => {
    const facts = ["Angola", "Namibia", "Qatar"].map((c) => fact("place", c, { unit: "country" }));
    const out = entityDistractors(fact("place", "Botswana", { unit: "country" }), buildPools(facts), "The delta lies in northern _____ on the sands of the Kalahari.");
    expect(out).toHaveLength(3);
    expect(out).toEqual(expect.arrayContaining(["Angola", "Namibia"]));
    expect(out).not.toContain("Qatar");
  });

  it("offers capitals of the same part of the world for 'its capital and largest city is _____'", () => {
    const facts = [fact("place", "Detroit", { unit: "city" }), fact("place", "Yerevan", { unit: "city" }), fact("place", "Kenya", { unit: "country" })];
    const out = entityDistractors(fact("place", "Nairobi", { unit: "city" }), buildPools(facts), "Kenya's capital and largest city is _____.");
    expect(out).not.toContain("Detroit");
    expect(out).not.toContain("Yerevan");
    expect(out).toHaveLength(3);
    // and a city of Africa or Latin America gets cities of its own part of the world
    const lagos = entityDistractors(fact("place", "Lagos", { unit: "city" }), buildPools([fact("place", "Warsaw", { unit: "city" })]), "He was born in _____ and moved to London at eight.");
    for (const o of lagos) expect(["Cairo", "Abuja", "Nairobi", "Addis Ababa", "Johannesburg", "Pretoria", "Accra", "Dakar", "Kinshasa", "Casablanca", "Rabat", "Khartoum", "Dar es Salaam", "Kampala"]).toContain(o);
  });

  it("offers only capitals for 'the capital, _____'", () => {
    const facts = [fact("place", "Akureyri", { unit: "city" }), fact("place", "Norway", { unit: "country" })];
    const out = entityDistractors(fact("place", "Reykjavík", { unit: "city" }), buildPools(facts), "Most people live in and around the capital, _____.");
    expect(out).toHaveLength(3);
    expect(out).toContain("Oslo");
    for (const o of out) expect(["Oslo", "Copenhagen", "Stockholm", "Helsinki", "London", "Dublin", "Edinburgh", "Paris", "Berlin", "Madrid", "Rome", "Vienna", "Warsaw", "Prague", "Budapest", "Moscow", "Kyiv", "Athens", "Lisbon", "Amsterdam", "Brussels"]).toContain(o);
  });

  it("asks a body of the solar system beside other bodies, never beside a city", () => {
    const facts = [fact("place", "Moon", { unit: "celestial body" }), fact("place", "Houston", { unit: "city" })];
    const out = entityDistractors(fact("place", "Earth", { unit: "celestial body" }), buildPools(facts), "The rocks were brought back to _____.");
    expect(out).toHaveLength(3);
    expect(out).toContain("Moon");
    for (const o of out) expect(["Sun", "Moon", "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto"]).toContain(o);
    const cities = entityDistractors(fact("place", "Houston", { unit: "city" }), buildPools(facts), "The centre was built in _____.");
    expect(cities).not.toContain("Moon");
    const continents = entityDistractors(fact("place", "Asia", { unit: "continent" }), buildPools([fact("place", "Texas", { unit: "region" })]), "Empires spread across _____ and Africa.");
    expect(continents).toHaveLength(3);
    for (const o of continents) expect(["Europe", "North America", "South America", "Australia", "Antarctica", "Oceania"]).toContain(o);
  });

  it("offers a region's neighbours, and no shipped options for a region it does not know", () => {
    const caucasus = entityDistractors(fact("place", "Caucasus", { unit: "region" }), buildPools([]), "Observers of the _____ say Russia is too busy.");
    expect(caucasus).toHaveLength(3);
    for (const o of caucasus) expect(["Central Asia", "Anatolia", "Middle East", "Levant", "Balkans", "Crimea", "Persian Gulf"]).toContain(o);
    expect(entityDistractors(fact("place", "Ravenmark", { unit: "region" }), buildPools([]), "The king of _____ ruled.")).toEqual([]);
    // an English county beside English counties, not beside Transylvania
    const shire = entityDistractors(fact("place", "Yorkshire", { unit: "region" }), buildPools([]), "The Norwegian king landed in _____.");
    expect(shire).toHaveLength(3);
    for (const o of shire) expect(["Kent", "Sussex", "Essex", "Cornwall", "Devon", "Norfolk", "Suffolk", "Lancashire", "Northumbria", "Wessex", "Mercia", "East Anglia", "Cumbria"]).toContain(o);
  });

  it("offers a Spanish city beside Spanish cities", () => {
    for (let i = 0; i < 6; i++) {
      const out = entityDistractors(fact("place", "Seville", { unit: "city", start: i }), buildPools([]), "Hospitals in _____ reported cases of heatstroke.");
      expect(out).toHaveLength(3);
      for (const o of out) expect(["Madrid", "Barcelona", "Valencia", "Bilbao", "Málaga", "Córdoba", "Granada", "Zaragoza", "Lisbon", "Porto"]).toContain(o);
    }
  });

  it("offers first names for a first name the lexicon does not know but the article writes before a surname", () => {
    const people = ["Lennie Small", "George Milton", "Lennie", "George"].map((t) => fact("person", t));
    const out = entityDistractors(fact("person", "Lennie", { start: 5 }), buildPools(people), "One afternoon _____ strokes the puppy.", 1, "Lennie Small and George Milton travel together. Lennie is strong. George is clever.");
    expect(out).toEqual(["George"]);
    // but a family name written first, in an article that calls everyone else by the surname, gets surnames
    const envoys = ["Zhang Qian", "Zhang", "Marco Polo", "Polo", "Ferdinand von Richthofen", "Richthofen"].map((t, i) => fact("person", t, { sentence: i }));
    const zhang = entityDistractors(fact("person", "Zhang", { start: 5 }), buildPools(envoys), "_____ was captured and held for ten years.", 2, "The envoy Zhang Qian went west. Zhang was captured. Marco Polo went east. Polo came home. Ferdinand von Richthofen named the road. Richthofen was German.");
    expect(zhang.sort()).toEqual(["Polo", "Richthofen"]);
  });

  it("offers first names for a first name after a word of kin, though the lexicon does not know it", () => {
    const people = ["Ida", "Hattie McDowell", "Frances Willard", "Stanislaus", "Ferdinand Barnett", "Thomas Moss"].map((t, i) => fact("person", t, { sentence: i }));
    const text = "Ida lost her brother Stanislaus. Hattie McDowell taught her. Frances Willard argued with her. She married Ferdinand Barnett. Thomas Moss was her friend.";
    const out = entityDistractors(fact("person", "Stanislaus", { start: 20 }), buildPools(people), "Fever killed her parents and her infant brother, _____.", 2, text);
    expect(out.sort()).toEqual(["Ferdinand", "Thomas"]);
  });

  it("offers no full name's end beside full names: 'San Martín' is José de San Martín", () => {
    const people = ["Simón Bolívar", "José de San Martín", "San Martín", "Manuela Sáenz", "Antonio José de Sucre", "Alexandre Pétion"].map((t, i) => fact("person", t, { sentence: i }));
    for (let i = 0; i < 4; i++) expect(entityDistractors(fact("person", "Simón Bolívar", { start: i }), buildPools(people), "In 1819 _____ crossed the Andes.", 3, "")).not.toContain("San Martín");
  });

  it("offers no god beside the people of a history, and no family name written first as a first name", () => {
    const people = ["Hong Xiuquan", "Hong", "Feng Yunshan", "Yang Xiuqing", "Jesus Christ", "Charles Gordon", "Frederick Ward"].map((t, i) => fact("person", t, { sentence: i }));
    const text = "Hong Xiuquan led the rebels. Hong saw Jesus Christ in a vision. Feng Yunshan was his cousin. Yang Xiuqing was the East King. Charles Gordon and Frederick Ward led the Western officers.";
    for (let i = 0; i < 4; i++) expect(entityDistractors(fact("person", "Hong Xiuquan", { start: i }), buildPools(people), "_____ died in 1864.", 3, text)).not.toContain("Jesus Christ");
    expect(entityDistractors(fact("person", "Jesus Christ", { start: 40 }), buildPools(people), "His visions showed him God the Father and _____.", 3, text)).toEqual([]);
    const hong = entityDistractors(fact("person", "Hong", { start: 30 }), buildPools(people), "In the 1840s _____ and his cousin built a church.", 3, text);
    expect(hong).not.toContain("Yang");
    expect(hong).not.toContain("Charles");
  });

  it("gives a woman among an article's men the article's women, where the stem does not say her sex", () => {
    const names = ["John Harker", "Peter Lomax", "George Fair", "Henry Cobbe", "Tom Reidman", "Anne Walcott-Smythe", "Ruth Pennington", "Clara Dunmore-Ash", "Mary Fenwick"];
    const pools = buildPools(names.map((t) => fact("person", t)));
    const out = entityDistractors(fact("person", "Mary Fenwick"), pools, "The mill was founded by Arthur Fenwick and _____ in 1820.", 3, "");
    expect(out.sort()).toEqual(["Anne Walcott-Smythe", "Clara Dunmore-Ash", "Ruth Pennington"]);
    // (a man among them keeps options of either sex)
    const man = entityDistractors(fact("person", "Henry Cobbe"), pools, "The mill was sold to _____ in 1850.", 3, "");
    expect(man).toHaveLength(3);
  });

  it("gives a surname the sex of the article's people who bear it: 'Ms _____' gets women's surnames", () => {
    const people = ["Eleanor Voss", "Voss", "Sunita Rao", "Rebecca Lindholm", "Nadia Petrova", "Tom Hartley", "Hartley", "Jamie Rourke"].map((t, i) => fact("person", t, { sentence: i }));
    const out = entityDistractors(fact("person", "Voss", { start: 5 }), buildPools(people), "Ms _____ said costs had risen.", 3, "");
    expect(out.sort()).toEqual(["Lindholm", "Petrova", "Rao"]);
  });

  it("offers no place named in the stem under a longer name, nor the subject of a life under her birth name", () => {
    const places = ["China", "Russia", "India", "Ming China", "Iran", "Japan", "Egypt"].map((t, i) => fact("place", t, { sentence: i, unit: "country" }));
    for (let i = 0; i < 4; i++) expect(entityDistractors(fact("place", "India", { start: i, unit: "country" }), buildPools(places), "Markets held goods from China, Russia and _____.", 3, "")).not.toContain("Ming China");
    const text = "Harriet Tubman\n\nHarriet Tubman was an abolitionist. She was born Araminta Ross. Tubman fled north. Tubman returned. Tubman led others. Tubman spoke. John Tubman was her husband. Ben Ross was her father. Susan B. Anthony was a friend. James Montgomery led a raid.";
    const people = ["Harriet Tubman", "Araminta Ross", "Tubman", "John Tubman", "Ben Ross", "Susan B. Anthony", "James Montgomery"].map((t, i) => fact("person", t, { sentence: i }));
    for (let i = 0; i < 4; i++) expect(entityDistractors(fact("person", "John Tubman", { start: i }), buildPools(people), "Following the death of _____, she married Nelson Davis.", 3, text)).not.toContain("Araminta Ross");
  });

  it("offers women beside a woman's name where the stem speaks of a woman", () => {
    const people = ["Wangari Maathai", "Francis Crick", "Rosalind Franklin", "Wanjira Mathai", "Grace Ogot", "Mwai Kibaki"].map((t, i) => fact("person", t, { sentence: i }));
    for (let i = 0; i < 4; i++) {
      const out = entityDistractors(fact("person", "Wangari Maathai", { start: i }), buildPools(people), "Who was a Kenyan biologist and campaigner who became the first African woman to receive the prize?", 3, "");
      expect(out).not.toContain("Francis Crick");
      expect(out).not.toContain("Mwai Kibaki");
    }
  });

  it("makes no one-word option of a name written family name first, nor offers the subject under his birth name", () => {
    const text = "Sejong the Great\n\nSejong the Great was a king of Korea. He was born Yi Do in 1397. His father Taejong gave up the throne. The scholar Choe Malli opposed the script. The inventor Jang Yeong-sil built clocks. The Swedish writer Selma Lagerlof praised it.";
    const people = ["Sejong the Great", "Yi Do", "Taejong", "Choe Malli", "Jang Yeong-sil", "Selma Lagerlof", "Sejong"].map((t, i) => fact("person", t, { sentence: i }));
    const out = entityDistractors(fact("person", "Taejong", { start: 60 }), buildPools(people), "Later _____ gave up the throne.", 3, text);
    for (const o of out) expect(["Sejong", "Lagerlof"]).toContain(o);
    // "Yi Do" is Sejong: no wrong answer to a question that names Sejong
    const full = entityDistractors(fact("person", "Choe Malli", { start: 90 }), buildPools(people), "Sejong's court heard the scholar _____ speak.", 3, text);
    expect(full).not.toContain("Yi Do");
  });

  it("offers lands of antiquity for a city of antiquity in an article dated before Christ", () => {
    const places = ["Athens", "Prague", "Moscow", "Piraeus", "Corinth"].map((t, i) => fact("place", t, { sentence: i, unit: "city" }));
    const out = entityDistractors(fact("place", "Athens", { start: 5, unit: "city" }), buildPools(places), "Sparta feared the growing power of _____.", 3, "The war began in 431 BC.");
    expect(out).toHaveLength(3);
    for (const o of out) expect(["Rome", "Greece", "Egypt", "Sparta", "Carthage", "Babylon", "Persia", "Mesopotamia", "Troy", "Alexandria", "Assyria", "Phoenicia", "Macedonia", "Byzantium", "China"]).toContain(o);
  });

  it("takes no calling told apart only by sex for another: no 'spokeswoman' beside 'spokesman'", () => {
    expect(clashes("spokesman", "spokeswoman")).toBe(true);
    expect(clashes("chairman", "chairperson")).toBe(true);
    expect(clashes("fisherman", "farmer")).toBe(false);
  });

  it("offers a one-word name the names the article uses alone, and no epithet ('Pious' of 'Louis the Pious')", () => {
    const rulers = ["Pepin", "Carloman", "Charles", "Louis", "Alcuin", "Louis the Pious", "Paul the Deacon"].map((t, i) => fact("person", t, { sentence: i }));
    const out = entityDistractors(fact("person", "Carloman", { start: 5 }), buildPools(rulers), "The kingdom was split between Charles and his younger brother _____.", 3, "");
    for (const o of out) expect(["Pepin", "Louis", "Alcuin"]).toContain(o);
    const few = ["Carloman", "Louis the Pious", "Paul the Deacon", "Einhard"].map((t, i) => fact("person", t, { sentence: i }));
    const named = entityDistractors(fact("person", "Carloman", { start: 5 }), buildPools(few), "The kingdom went to _____.", 3, "");
    expect(named).not.toContain("Pious");
    expect(named).not.toContain("Deacon");
    // ("ad-Din" of "Nur ad-Din" is half an honorific, "ibn Ayyub" a father's name)
    const arabic = ["Guy", "Nur ad-Din", "Salah ad-Din Yusuf ibn Ayyub", "Baha ad-Din ibn Shaddad", "Philip Augustus", "Conrad Montferrat"].map((t, i) => fact("person", t, { sentence: i }));
    const guy = entityDistractors(fact("person", "Guy", { start: 5 }), buildPools(arabic), "The battle was lost, and King _____ was captured.", 3, "");
    for (const o of guy) expect(o).not.toMatch(/^(?:ad-Din|ibn )/);
  });

  it("offers men for a man where the article gives its unknown names a sex ('his wife Borta', 'Hulan and her children')", () => {
    const people = ["Bekar", "Borta", "Hulan", "Khasar", "Belun", "Munglik"].map((t, i) => fact("person", t, { sentence: i }));
    const article = "Temur married his future wife Borta. Hulan and her children were poor. Temur and his brother Khasar killed their half-brother Bekar.";
    const options = entityDistractors(fact("person", "Bekar", { start: 5 }), buildPools(people), "Temur and his brother Khasar killed their half-brother _____.", 3, article);
    expect(options).not.toContain("Borta");
    expect(options).not.toContain("Hulan");
  });

  it("offers not the one the article is about where a 'she' or 'her' beside the blank is someone else", () => {
    const people = ["Ada Okafor", "Tunde Bello", "Musa Ibrahim", "Grace Eze"].map((t, i) => fact("person", t, { sentence: i }));
    const article = "Ada Okafor ran the clinic. Okafor trained nurses. Okafor wrote books. Okafor met Tunde Bello, Musa Ibrahim and Grace Eze. In 1990 she asked Tunde Bello for money.";
    const asked = entityDistractors(fact("person", "Tunde Bello", { start: 5 }), buildPools(people), "In 1990 she asked _____ for money.", 3, article);
    expect(asked).not.toContain("Ada Okafor");
    expect(entityDistractors(fact("person", "Musa Ibrahim", { start: 5 }), buildPools(people), "_____ sent her home.", 3, article)).not.toContain("Ada Okafor");
    // (a "she" after the blank is the blank's own, so she may stand beside it)
    expect(entityDistractors(fact("person", "Grace Eze", { start: 5 }), buildPools(people), "_____ said that she would stay.", 3, article)).toContain("Ada Okafor");
  });

  it("offers women for a woman the stem calls 'she' or 'her sister', men for a man it calls 'he', not for an object 'him'", () => {
    const players = ["Maud Watson", "Andrew Murray", "John Isner", "Martina Navratilova", "Helen Wills", "Sarah Barnes"].map((t, i) => fact("person", t, { sentence: i }));
    const won = entityDistractors(fact("person", "Maud Watson", { start: 5 }), buildPools(players), "In 1884 _____ won the title by beating her older sister.", 3, "");
    expect(won.sort()).toEqual(["Helen Wills", "Martina Navratilova", "Sarah Barnes"]);
    // (a "him" is someone else: "a customer named _____ gave him tickets")
    const customer = entityDistractors(fact("person", "John Isner", { start: 5 }), buildPools(players), "A customer named _____ gave him tickets.", 5, "");
    expect(customer).toContain("Sarah Barnes");
    // a title before the blank says it of any name, a one-word name too
    const guests = ["Eugenie of France", "Ferdinand de Lesseps", "Robert Stephenson", "Mary Brown", "Helen Park", "Sarah Oduya"].map((t, i) => fact("person", t, { sentence: i }));
    const empress = entityDistractors(fact("person", "Eugenie of France", { start: 5 }), buildPools(guests), "The canal was opened in a ceremony attended by Empress _____.", 5, "");
    // (an empress's options are crowned heads, and of those only women: no Suleiman, nor the article's commoners)
    expect(empress.length).toBeGreaterThanOrEqual(3);
    expect(empress.every((o) => /Catherine|Elizabeth|Victoria/.test(o))).toBe(true);
    const guest = entityDistractors(fact("person", "Eugenie of France", { start: 5 }), buildPools(guests), "The canal was opened in a ceremony attended by Lady _____.", 5, "");
    expect(guest.slice(0, 3).sort()).toEqual(["Helen Park", "Mary Brown", "Sarah Oduya"]);
    // (a lone "she" after the blank says it too: no men's surnames beside Franklin, whose sex no name of hers tells)
    const lab = ["Rosalind Franklin", "Franklin", "Erwin Chargaff", "Chargaff", "Raymond Gosling", "Gosling", "Maurice Wilkins", "Wilkins"].map((t, i) => fact("person", t, { sentence: i }));
    const franklin = entityDistractors(fact("person", "Franklin", { start: 5 }), buildPools(lab), "_____ could not be included, because she had died in 1958.", 3, "");
    expect(franklin).toEqual([]);
  });

  it("offers surnames for a surname, not a first name the article uses alone", () => {
    const people = ["Pierre", "Tomas Berg", "Ines Duarte", "Clara Hobbs", "Henri Becquerel"].map((t, i) => fact("person", t, { sentence: i + 1 }));
    const out = entityDistractors(fact("person", "Becquerel"), buildPools(people), "The prize was shared with _____ in the spring.");
    expect(out.sort()).toEqual(["Berg", "Duarte", "Hobbs"]);
  });

  it("offers no title written after a name, and no people's name after 'of', for a surname", () => {
    const people = ["Jochi", "Genghis Khan", "Toghrul Khan of the Keraite", "Ines Duarte", "Tomas Berg"].map((t, i) => fact("person", t, { sentence: i + 1 }));
    const out = entityDistractors(fact("person", "Begter"), buildPools(people), "His brother killed _____ on a hunt.");
    expect(out.sort()).toEqual(["Berg", "Duarte", "Jochi"]);
    // nor a ruler's numeral: the "II" of "Charles II"
    const court = ["Charles II", "Thomas Farriner", "Samuel Pepys", "Thomas Bloodworth"].map((t, i) => fact("person", t, { sentence: i + 1 }));
    expect(entityDistractors(fact("person", "Wren"), buildPools(court), "_____ designed the new cathedral.").sort()).toEqual(["Bloodworth", "Farriner", "Pepys"]);
  });

  it("offers first names for a first name, of the key's sex, and surnames for a first name someone bears as a surname", () => {
    const people = ["Wilbur", "Orville Wright", "Otto Lilienthal", "Charlie Taylor", "Thomas Selfridge", "Katharine Wright"].map((t, i) => fact("person", t, { sentence: i + 1 }));
    const out = entityDistractors(fact("person", "Orville"), buildPools(people), "Later _____ lived until 1948.");
    expect(out).toHaveLength(3);
    // (no "Katharine" beside a man's name)
    for (const o of out) expect(["Wilbur", "Otto", "Charlie", "Thomas"]).toContain(o);
    const heath = [fact("person", "Ted Heath"), fact("person", "Harold Wilson"), fact("person", "Edward Gierek"), fact("person", "Willy Brandt")];
    expect(entityDistractors(fact("person", "Heath"), buildPools(heath), "Later _____ asked the British to heat one room.").sort()).toEqual(["Brandt", "Gierek", "Wilson"]);
    // a name the article writes after a title is a surname ("Lord Byron"), and no first name beside "Victor"
    const novel = "Mary Shelley stayed with Lord Byron. Victor Frankenstein told Robert Walton his story. Henry Clerval was his friend.";
    const writers = ["Byron", "Mary Shelley", "Victor Frankenstein", "Robert Walton", "Henry Clerval"].map((t, i) => fact("person", t, { sentence: i + 1 }));
    expect(entityDistractors(fact("person", "Byron"), buildPools(writers), "Later _____ suggested a ghost story.", 3, novel).sort()).toEqual(["Clerval", "Shelley", "Walton"]);
    expect(entityDistractors(fact("person", "Victor"), buildPools(writers), "Later _____ ran away.", 3, novel)).not.toContain("Byron");
    expect(entityDistractors(fact("person", "Walton"), buildPools(writers), "Victor told _____ his story.", 3, novel)).toContain("Byron");
  });

  it("offers no mountains for a town named after one, as its club shows ('Mount Lorne Rovers')", () => {
    const article = "Members of the Gildera Magpies and the Mount Lorne Rovers backed the merger. At Mount Lorne the margin was tighter.";
    const key = fact("place", "Mount Lorne");
    const options = entityDistractors(key, buildPools([key]), "At _____ the margin was tighter.", 3, article);
    expect(options.filter((o) => o.startsWith("Mount "))).toEqual([]);
  });

  it("offers the capitals of the article's countries for a city, and leaders for a president", () => {
    const facts = [fact("place", "Armenia", { unit: "country" }), fact("place", "Georgia", { unit: "country" }), fact("place", "Yerevan", { unit: "city" })];
    const cities = entityDistractors(fact("place", "Moscow", { unit: "city" }), buildPools(facts), "_____ ruled the region.");
    expect(cities).toEqual(expect.arrayContaining(["Yerevan", "Tbilisi"]));
    const leaders = entityDistractors(fact("person", "Vladimir Putin"), buildPools([]), "Russian President _____ spoke.");
    expect(leaders.every((p) => !/Darwin|Curie|Shakespeare|Mozart/.test(p))).toBe(true);
    expect(leaders).toHaveLength(3);
    // the leader of a party nobody has heard of gets no world leaders beside him; a famous key or an article naming
    // someone famous does
    const news = "Unity leader Jonas Lund said his party was ready. Karin Holm will talk to the Greens.";
    expect(entityDistractors(fact("person", "Jonas Lund"), buildPools([]), "Unity leader _____ said his party was ready.", 3, news)).toEqual([]);
    expect(entityDistractors(fact("person", "Jonas Lund"), buildPools([]), "Prime Minister _____ met Tony Blair.", 3, "Prime Minister Jonas Lund met Tony Blair.")).toHaveLength(3);
    // nor does a prisoner of war, or an old soldier
    expect(entityDistractors(fact("person", "John Wesley Powell"), buildPools([]), "The journey was led by _____, a one-armed veteran of the American Civil War.")).toEqual([]);
    expect(entityDistractors(fact("person", "Leonid Kulik"), buildPools([]), "_____ led several expeditions before his death as a prisoner of war in 1942.")).toEqual([]);
    // nor does a club's or a chamber's president
    expect(entityDistractors(fact("person", "Mohammed Rafiq"), buildPools([]), "The chamber's president, _____, said members had written to the society.")).toEqual([]);
    // an undated stem about a ruler the article dates two centuries before its middle gets no leaders of its middle
    const fort = "Shah Jahan, who ruled from 1628 to 1658, moved the capital to Delhi. Rebels met there in 1857. Troops held it in 1858, 1877 and 1911, and the flag rose in 1947.";
    expect(entityDistractors(fact("person", "Shah Jahan"), buildPools([]), "Built by the Mughal emperor _____, it was home to the emperors for two centuries.", 3, fort)).toEqual([]);
    // a town's mayor gets no presidents and kings beside her
    expect(entityDistractors(fact("person", "Linda Okafor"), buildPools([]), "Mayor _____, who backed the plan, called the vote a turning point.")).toEqual([]);
    // an architect beside architects, a composer beside composers: not Dostoevsky beside either
    const architects = entityDistractors(fact("person", "Henry Klutho"), buildPools([]), "Architect _____ rebuilt the city after the fire of 1901.");
    expect(architects).toHaveLength(3);
    for (const a of architects) expect(["Gustave Eiffel", "Daniel Burnham", "Antoni Gaudí", "Louis Sullivan", "Frank Lloyd Wright"]).toContain(a);
    // the article's own people beside architects only if the article calls them architects; the art nearest the blank counts
    const article = "The hall was designed by architects Ana Petrov and Ivo Marin. Ivo Marin later wrote novels. The museum shows paintings from Boris Kadar's collection. Architect Lena Horvat built the tower.";
    const own = [fact("person", "Ana Petrov"), fact("person", "Ivo Marin"), fact("person", "Boris Kadar"), fact("person", "Lena Horvat")];
    const hall = entityDistractors(fact("person", "Ana Petrov"), buildPools(own), "The hall was designed by architects _____ and Ivo Marin.", 3, article);
    expect(hall).toContain("Lena Horvat");
    expect(hall).not.toContain("Boris Kadar");
    // where the stem names no trade, an artist the article names as one is no option for someone it does not
    const game = "Quarterback Tom Reyes threw twice. Coach Ana Lind smiled. Guard Ivo Marin blocked. Winger Pia Holm scored. The show starred singers Lola Brandt and Kit Vane. Famous musicians of the town include Władysław Szpilmanowski and Kasia Nowak.";
    const players = [fact("person", "Tom Reyes"), fact("person", "Ana Lind"), fact("person", "Ivo Marin"), fact("person", "Pia Holm"), fact("person", "Lola Brandt"), fact("person", "Kit Vane"), fact("person", "Kasia Nowak")];
    const mvp = entityDistractors(fact("person", "Tom Reyes"), buildPools(players), "The team won, and _____ was named the best player.", 3, game);
    expect(mvp.sort()).toEqual(["Ana Lind", "Ivo Marin", "Pia Holm"]);
    // however many words stand between the trade and the name
    const fewer = players.filter((p) => p.text !== "Pia Holm");
    expect(entityDistractors(fact("person", "Tom Reyes"), buildPools(fewer), "The team won, and _____ was named the best player.", 3, game)).not.toContain("Kasia Nowak");
    const novelist = entityDistractors(fact("person", "Ada Brenner"), buildPools([]), "The writer _____ praised the hall, a work of architecture of 1890.");
    for (const w of novelist) expect(["Gustave Eiffel", "Daniel Burnham", "Antoni Gaudí", "Louis Sullivan", "Frank Lloyd Wright"]).not.toContain(w);
    // a poet gets poets of the time, no novelists
    const march = "In 1930 the march reached the sea. The poet Mira Dass led the volunteers to the salt works that year.";
    const poets = entityDistractors(fact("person", "Mira Dass"), buildPools([]), "In 1930 the poet _____ led the volunteers.", 3, march);
    expect(poets).toHaveLength(3);
    for (const w of poets) expect(["Rabindranath Tagore", "W. B. Yeats", "Rainer Maria Rilke", "T. S. Eliot", "Anna Akhmatova", "Langston Hughes", "Pablo Neruda"]).toContain(w);
    const composers = entityDistractors(fact("person", "Ada Brenner"), buildPools([]), "The composer _____ wrote the symphony in 1824.");
    for (const c of composers) expect(c).not.toMatch(/Dostoevsky|Dickens|Monet|Austen/);
    // an architect of a law built nothing: no Gropius beside a minister
    const perkins = entityDistractors(fact("person", "Frances Perkins"), buildPools([]), "_____, the Secretary of Labor, was one of the main architects of the Social Security Act.", 3, "In 1935 the act was passed. In 1933 a new president took office.");
    for (const p of perkins) expect(["Walter Gropius", "Louis Sullivan", "Frank Lloyd Wright", "Le Corbusier", "Ludwig Mies van der Rohe"]).not.toContain(p);
    // a year of the first millennium dates a stem too: no Dickens beside a writer of around 760
    const tea = "Around 760 the writer Lu Yu completed a book on tea. In 1823 Robert Bruce saw wild tea. In 1848 Robert Fortune went to China. By 1888 India sold more tea.";
    expect(entityDistractors(fact("person", "Lu Yu"), buildPools([]), "Around 760 the writer _____ completed a book on tea.", 3, tea)).toEqual([]);
    // an artist nobody has heard of gets famous ones only of a time the text gives, and no classical composer beside
    // a jazz musician: the composer of a new film's score, a saxophonist of the 1970s
    const film = "Set in 1962 on an island, the film follows a girl of sixteen. The score, by the composer Ruth Odell, uses only a cello.";
    expect(entityDistractors(fact("person", "Ruth Odell"), buildPools([]), "The score, by the composer _____, uses only a cello.", 3, film)).toEqual([]);
    const jazz = "In 1973 he founded the university's first jazz ensemble and taught young musicians, among them the saxophonist Rena Dupre. He married in 1958.";
    expect(entityDistractors(fact("person", "Rena Dupre"), buildPools([]), "He taught young musicians, among them the saxophonist _____.", 3, jazz)).toEqual([]);
    expect(entityDistractors(fact("person", "Rena Dupre"), buildPools([]), "He taught young musicians, among them the composer _____, in 1850.", 3, jazz.replace("jazz", "string").replace("saxophonist", "cellist"))).toHaveLength(3);
    // a report of the week dates an unknown author by the stem alone: the library's founding is no time of hers
    const library = "The library reopened on Saturday. It first opened in 1904, and one reader has held a card since 1951. The children's author Priya Raman read to a queue of families.";
    expect(entityDistractors(fact("person", "Priya Raman"), buildPools([]), "The children's author _____ read to a queue of families.", 3, library)).toEqual([]);
    // "Victorian" dates a stem as well as a year
    expect(entityDistractors(fact("person", "Ellen Whitby"), buildPools([]), "The museum bought a painting by the Victorian artist _____.", 3, library)).toHaveLength(3);
    // a mathematician beside mathematicians, of the stem's century; a historian of the plague beside no scientist
    const maths = entityDistractors(fact("person", "Ada Brill"), buildPools([]), "In the 19th century _____ proved the theorem on primes.");
    expect(maths).toHaveLength(3);
    for (const m of maths) expect(["Carl Friedrich Gauss", "Évariste Galois", "Bernhard Riemann", "Georg Cantor", "Henri Poincaré", "David Hilbert", "Joseph-Louis Lagrange"]).toContain(m);
    expect(entityDistractors(fact("person", "Ada Brill"), buildPools([]), "The historian _____ wrote about the plague in 1893.")).toEqual([]);
    // nor an engineer or an archaeologist of chemistry or physics (we ship no famous engineers), nor a president the article
    // names beside an engineer
    expect(entityDistractors(fact("person", "Ada Brill"), buildPools([]), "Prestressed concrete was developed by the French engineer _____ in the 20th century, using steel and chemical reactions.")).toEqual([]);
    expect(entityDistractors(fact("person", "Ada Brill"), buildPools([]), "The archaeologist _____ found the atoms of carbon in 1961.")).toEqual([]);
    // (nor writers beside a local teacher who adapted a novel of their time)
    expect(entityDistractors(fact("person", "Ada Brill"), buildPools([]), "The play was directed by Year 6 teacher _____, who adapted the script from an 1908 novel.")).toEqual([]);
    const nasa = "President Barack Obama gave her the medal. Mary Jackson and James Goble worked with Ted Skopinski.";
    const team = buildPools(["Barack Obama", "Mary Jackson", "James Goble", "Ted Skopinski"].map((t, i) => fact("person", t, { sentence: i })));
    expect(entityDistractors(fact("person", "Ted Skopinski", { start: 5 }), team, "In 1960 she and the engineer _____ wrote a report.", 3, nasa)).not.toContain("Barack Obama");
    // a landscape architect in a story of today gets no famous architects of the past
    const garden = "Pupils planted 46 trees with the help of a landscape architect. The council will pay for six more schools by 2027.";
    expect(entityDistractors(fact("person", "Daniel Fraser"), buildPools([]), "The children chose the trees with the architect _____.", 3, garden)).toEqual([]);
    // a report that writes no year but "on Thursday" is of today too: no Tycho Brahe beside a business leader
    const rates = "The central bank raised its rate on Thursday. Business groups criticised the decision as a blow to small firms.";
    expect(entityDistractors(fact("person", "Tomas Reyes"), buildPools([]), "_____, who heads a group of firms, said shops were struggling with energy bills and the science of it.", 3, rates)).toEqual([]);
    // a firm's chief beside no scientist, whatever the stem says of engineers or energy
    expect(entityDistractors(fact("person", "Ada Brill"), buildPools([]), "The firm's chief executive, _____, said it chose the town for its 600 engineers and its energy.")).toEqual([]);
    // a field with too few people of the key's time takes its own nearest in time: geologists beside Wegener
    const drift = entityDistractors(fact("person", "Alfred Wegener"), buildPools([]), "Plate tectonics explained _____'s theory of continental drift.");
    expect(drift).toHaveLength(3);
    for (const g of drift) expect(["Georges Cuvier", "Charles Lyell", "Mary Anning", "Louis Agassiz", "James Hutton"]).toContain(g);
    // a stem that names no science asks for someone of the key's own, if we know it: no mathematician beside Fleming
    const lab = "Alexander Fleming grew a mould in his laboratory. Fleming saw that the bacteria around it had died in 1928.";
    const fleming = entityDistractors(fact("person", "Fleming"), buildPools([]), "_____ could not purify the drug, and his discovery went unnoticed.", 3, lab);
    expect(fleming).toHaveLength(3);
    for (const p of fleming) expect(["Pasteur", "Lister", "Koch", "Salk", "Crick", "Franklin"]).toContain(p);
    // a stem that touches another science in passing asks for someone of the article's science
    const rocks = "Geology studies rocks. Fossils date the rock strata. Rocks and minerals fill the strata; fossils mark each layer of rock.";
    const passing = entityDistractors(fact("person", "Ada Brill"), buildPools([]), "The rules, older than the theory of evolution, were laid out by _____ in 1815.", 3, rocks);
    expect(passing).toHaveLength(3);
    for (const g of passing) expect(["Georges Cuvier", "Charles Lyell", "Mary Anning", "Louis Agassiz", "James Hutton"]).toContain(g);
    // a leader is grown: no 23-year-old beside the prime ministers of 1973
    const pms = Array.from({ length: 10 }, (_, i) => entityDistractors(fact("person", "Harold Wilson", { start: i }), buildPools([]), "In 1973 the prime minister _____ spoke.")).flat();
    expect(pms).not.toContain("Narendra Modi");
    // a famous key dates its own stem: Lenin's options are of Lenin's time
    for (const o of entityDistractors(fact("person", "Lenin"), buildPools([]), "The Russian leader _____ wrote on imperialism.")) expect(["Obama", "Blair", "Macron", "Merkel", "Biden"]).not.toContain(o);
    // "political action" says what someone did, not that they held office: no heads of state beside a poet
    const poet = entityDistractors(fact("person", "Nora Vale"), buildPools([]), "She was inspired by _____'s nonviolence in protest and political action.");
    expect(poet).toEqual([]);
    // "general relativity" names no general: an astronomer of 1919 gets scientists, not Lenin or Churchill
    const eclipse = entityDistractors(fact("person", "Arthur Eddington"), buildPools([]), "During the eclipse of 1919, the astronomer _____ tested Einstein's theory of general relativity.");
    expect(eclipse).toHaveLength(3);
    for (const o of eclipse) expect(SCIENTISTS.map((p) => p.name)).toContain(o);
  });

  it("asks a site beside other sites only, whatever words stand around it", () => {
    const facts = [fact("place", "Chamber Opera", { unit: "site" }), fact("place", "Saxon Garden", { unit: "site" }), fact("place", "Royal Castle", { unit: "site" }),
      fact("place", "Poland", { unit: "country" }), fact("place", "Warsaw", { unit: "city" })];
    const article = "The Chamber Opera played. The Saxon Garden opened. The Royal Castle burned. The Great Theatre building housed a school in Warsaw, Poland.";
    const key = fact("place", "Great Theatre", { unit: "site", start: article.indexOf("Great Theatre"), end: article.indexOf("Great Theatre") + 13 });
    // "the" before the gap is no slot that "the Chamber Opera" would fit
    expect(entityDistractors(key, buildPools(facts), "The _____ building housed a school.", 3, article).sort()).toEqual(["Chamber Opera", "Royal Castle", "Saxon Garden"]);
    expect(entityDistractors(key, buildPools(facts.slice(3)), "The _____ building housed a school.", 3, article)).toEqual([]);
    // and a town gets no site
    const town = entityDistractors(fact("place", "St. Marin"), buildPools(facts), "Nearby _____ became a resort.", 3, article);
    for (const o of town) expect(["Chamber Opera", "Saxon Garden", "Royal Castle"]).not.toContain(o);
  });

  it("offers famous companies only beside a business", () => {
    expect(entityDistractors(fact("org", "Harvard Corporation"), buildPools([]), "The _____ governs the college.")).toEqual([]);
    const cars = entityDistractors(fact("org", "Kestrel Motors"), buildPools([]), "The _____ built the car.");
    expect(cars).toHaveLength(3);
    // a carmaker beside carmakers
    for (const c of cars) expect(["Ford Motor Company", "General Motors", "Rolls-Royce", "Toyota", "Volkswagen", "Renault", "Fiat", "BMW", "Mazda", "Nissan", "Tata Motors", "Honda", "Hyundai Motor Company", "Tesla"]).toContain(c);
    // and only companies of the time: none founded after 1750 beside a fur company of 1750
    const furs = entityDistractors(fact("org", "Kestrel Fur Company"), buildPools([]), "In 1750 the _____ traded furs.");
    expect(furs.every((c) => /East India|Hudson/.test(c))).toBe(true);
  });

  it("gives an organisation of no known sort only names that end alike", () => {
    const orgs = ["Pittsburgh Steelers", "Dallas Cowboys", "Arizona Cardinals", "Roman Catholic Church", "Federation of Australia", "Parliament of Victoria"].map((t) => fact("org", t));
    const teams = entityDistractors(fact("org", "Denver Broncos"), buildPools(orgs), "The _____ won the final.");
    expect(teams.sort()).toEqual(["Arizona Cardinals", "Dallas Cowboys", "Pittsburgh Steelers"]);
    expect(entityDistractors(fact("org", "Uniting Church"), buildPools(orgs), "Schools run by the _____ charge fees.")).toEqual([]);
  });

  it("offers a country's neighbours, and never the state that holds it", () => {
    const facts = [fact("place", "United Kingdom", { unit: "country" }), fact("place", "Scotland", { unit: "country" })];
    const out = entityDistractors(fact("place", "England", { unit: "country" }), buildPools(facts), "Newcastle was _____'s northern fortress.");
    expect(out).toHaveLength(3);
    expect(out).not.toContain("United Kingdom");
    for (const o of out) expect(["Vietnam", "Brazil", "China", "Nigeria", "Mexico"]).not.toContain(o);
    // nor a part of a state the stem names: "the UK, _____ and the Netherlands" | England
    for (let i = 0; i < 8; i++) {
      const beside = entityDistractors(fact("place", "Ireland", { unit: "country", start: i }), buildPools(facts), "The toys were sold in the UK, _____ and the Netherlands.");
      expect(beside).toHaveLength(3);
      for (const o of ["England", "Scotland", "Wales", "Northern Ireland"]) expect(beside).not.toContain(o);
    }
  });

  it("keeps places to the key's part of the world, its time, and one name per state", () => {
    const cities = entityDistractors(fact("place", "Melbourne", { unit: "city" }), buildPools([]), "It is warmer inland than around _____.");
    for (const c of cities) expect(["Sydney", "Adelaide", "Perth", "Brisbane", "Canberra", "Hobart", "Darwin"]).toContain(c);
    // an article's own far-off country is no option beside Russia; a great power is one anywhere
    const pools = buildPools(["Uganda", "Norway", "France"].map((t) => fact("place", t, { unit: "country" })));
    expect(entityDistractors(fact("place", "Russia", { unit: "country" }), pools, "It spread to northwestern _____ in 1351.")).not.toContain("Uganda");
    // South America's smaller states are of their part of the world too: no Finland beside Ecuador
    const andes = entityDistractors(fact("place", "Ecuador", { unit: "country" }), buildPools([]), "The islands lie off _____ in the Pacific.");
    expect(andes).toHaveLength(3);
    for (const c of andes) expect(["Canada", "Mexico", "Brazil", "Argentina", "Chile", "Peru", "Colombia", "Cuba", "Venezuela", "Bolivia", "Paraguay", "Uruguay", "United States"]).toContain(c);
    // no Soviet Union in 1821
    const early = Array.from({ length: 12 }, (_, i) => entityDistractors(fact("place", "United States", { unit: "country", start: i }), buildPools([]), "Spain ceded Florida to the _____ in 1821.")).flat();
    expect(early).not.toContain("Soviet Union");
    expect(clashes("United States", "America")).toBe(true);
  });

  it("gives a country after 'the' countries that take 'the', and one without it countries without it", () => {
    const the = Array.from({ length: 8 }, (_, i) => entityDistractors(fact("place", "United States", { unit: "country", start: i }), buildPools([fact("place", "France", { unit: "country" })]), "Since 2006, beekeepers in the _____ have lost colonies.")).flat();
    expect(the.length).toBeGreaterThanOrEqual(24);
    for (const c of the) expect(["United Kingdom", "Soviet Union", "Netherlands", "Philippines", "Czech Republic"]).toContain(c);
    const bare = Array.from({ length: 8 }, (_, i) => entityDistractors(fact("place", "Mexico", { unit: "country", start: i }), buildPools([fact("place", "United States", { unit: "country" })]), "Her father had moved to _____ from Germany.")).flat();
    expect(bare.length).toBeGreaterThanOrEqual(24);
    expect(bare).not.toContain("United States");
  });

  it("gives a city it cannot place the cities of the article's countries, and no famous city of anywhere", () => {
    const cusco = Array.from({ length: 6 }, (_, i) => entityDistractors(fact("place", "Cusco", { unit: "city", start: i }), buildPools([fact("place", "Peru", { unit: "country" })]), "Visitors travel by train from _____ to the valley.", 3, "The ruins lie in Peru. Visitors travel by train from Cusco to the valley.")).flat();
    expect(cusco).toContain("Lima");
    for (const c of cusco) expect(["London", "Stockholm", "Tokyo", "Paris"]).not.toContain(c);
    expect(entityDistractors(fact("place", "Harrowby", { unit: "city" }), buildPools([]), "Drivers face a diversion through _____.", 3, "Drivers face a diversion through Harrowby.")).toEqual([]);
  });

  it("offers no other name the article gives the person the stem names ('call her … Sophie Kowalevski')", () => {
    const text = "Sofia Kovalevskaya\n\nSofia Kovalevskaya was a Russian mathematician. Older books call her Sonya Kovalevsky or Sophie Kowalevski. In 1868 Sofia Kovalevskaya married Vladimir Kovalevsky, a publisher. Karl Weierstrass taught her, and Gösta Mittag-Leffler hired her.";
    const people = ["Sofia Kovalevskaya", "Sonya Kovalevsky", "Sophie Kowalevski", "Vladimir Kovalevsky", "Karl Weierstrass", "Gösta Mittag-Leffler"].map((t, i) => fact("person", t, { start: 200 + i }));
    const opts = Array.from({ length: 6 }, (_, i) => entityDistractors(fact("person", "Karl Weierstrass", { start: i }), buildPools(people), "In 1870 Sofia Kovalevskaya studied with _____, a professor.", 3, text)).flat();
    expect(opts).not.toContain("Sophie Kowalevski");
    expect(opts).not.toContain("Sonya Kovalevsky");
  });

  it("takes no honorific for a first name ('Don' of 'Don Antonio Ruffo')", () => {
    const people = ["Orazio Gentileschi", "Agostino Tassi", "Don Antonio Ruffo", "Roberto Longhi"].map((t, i) => fact("person", t, { start: 100 + i }));
    const opts = Array.from({ length: 6 }, (_, i) => entityDistractors(fact("person", "Orazio", { start: i }), buildPools(people), "_____ was a follower of Caravaggio.", 3, "Orazio Gentileschi, Agostino Tassi, Don Antonio Ruffo and Roberto Longhi.")).flat();
    expect(opts).not.toContain("Don");
    expect(opts).toContain("Antonio");
  });

  it("asks a place beside places of its own sort and time", () => {
    // a town is no state: "St. Augustine" gets no North Carolina beside it, nor a shipped country or city
    const usa = [fact("place", "North Carolina", { unit: "region" }), fact("place", "Florida Territory", { unit: "region" }), fact("place", "United States", { unit: "country" })];
    expect(entityDistractors(fact("place", "St. Augustine"), buildPools(usa), "Tourists came to Jacksonville and nearby _____.")).toEqual([]);
    // a state gets the other states of its own country
    const states = entityDistractors(fact("place", "New South Wales", { unit: "region" }), buildPools([fact("place", "Melbourne", { unit: "city" })]), "The riots were in _____.");
    expect(states).toHaveLength(3);
    for (const s of states) expect(["Victoria", "Queensland", "South Australia", "Western Australia", "Tasmania"]).toContain(s);
    // no United States in 1713, even where the article names it elsewhere
    const pools = buildPools([fact("place", "United States", { unit: "country" })]);
    const captured = (year: number) => Array.from({ length: 8 }, (_, i) => entityDistractors(fact("place", "Netherlands", { unit: "country", start: i }), pools, `Nova Scotia was captured from the _____ in ${year}.`)).flat();
    expect(captured(1713).length).toBeGreaterThanOrEqual(16);
    expect(captured(1713)).not.toContain("United States");
    expect(captured(1813)).toContain("United States");
    // nor a state the stem names under another name ("The US spent…")
    const us = buildPools(["United States", "Germany"].map((t) => fact("place", t, { unit: "country" })));
    expect(entityDistractors(fact("place", "Soviet Union", { unit: "country" }), us, "The US spent billions to arm the enemies of the _____.")).not.toContain("United States");
    // nor Belgium in the Middle Ages
    const medieval = Array.from({ length: 8 }, (_, i) => entityDistractors(fact("place", "England", { unit: "country", start: i }), buildPools([fact("place", "Belgium", { unit: "country" })]), "Throughout the Middle Ages, the town was _____'s fortress.")).flat();
    expect(medieval).not.toContain("Belgium");
  });

  it("offers no heads of state beside a writer on government", () => {
    const out = entityDistractors(fact("person", "Howard Zinn"), buildPools([]), "_____ and others have named the right to abolish an unjust government.");
    expect(out).toEqual([]);
  });

  it("never offers the rest of the key's own name", () => {
    const people = [fact("person", "Galileo Galilei"), fact("person", "Isaac Newton"), fact("person", "Newton"), fact("person", "Kepler"), fact("person", "Brahe")];
    const out = entityDistractors(fact("person", "Galileo"), buildPools(people), "_____ rolled stones down a slope.");
    expect(out).toHaveLength(3);
    expect(out).not.toContain("Galilei");
  });

  it("takes shipped people from the article's own era", () => {
    const article = "In 1162 a boy was born on the steppe. By 1206 he ruled the tribes, and in 1227 the emperor died.";
    const out = entityDistractors(fact("person", "Temur Bagatur"), buildPools([]), "The emperor _____ led the army.", 3, article);
    expect(out).toHaveLength(3);
    for (const o of out) expect(["Barack Obama", "Winston Churchill", "Napoleon Bonaparte", "Angela Merkel"]).not.toContain(o);
    const surnames = entityDistractors(fact("person", "Bagatur"), buildPools([]), "The emperor _____ led the army.", 3, article);
    for (const o of surnames) expect(o).not.toMatch(/^(?:Great|I|Lionheart)$/);
    // the stem's own year rules: nobody who had died by then
    const modern = "The laboratory opened in 1946. Its network ran from 1970 and closed in 1986.";
    const scientists = entityDistractors(fact("person", "Donald Davies"), buildPools([]), "Starting in 1965, the physicist _____ designed a network.", 3, modern);
    for (const o of scientists) expect(["Albert Einstein", "Louis Pasteur", "Marie Curie", "Isaac Newton"]).not.toContain(o);
    const founder = entityDistractors(fact("person", "Isaiah Hart"), buildPools([]), "In 1832 the town was led by the mayor _____.", 3, modern);
    expect(founder).not.toContain("Otto von Bismarck"); // aged 17 in 1832
    // a surname key gets surnames, and "Jinping" is none (Xi is the family name)
    const premiers = Array.from({ length: 20 }, (_, i) => entityDistractors(fact("person", "Shelley", { start: i }), buildPools([]), "In 2019 the prime minister _____ spoke.", 3, modern)).flat();
    expect(premiers).not.toContain("Jinping");
  });

  it("takes a rock group for no sign of a geologist", () => {
    const article = "The final was played in 2016. Linebacker Tom Reyes forced a fumble. The show was headlined by a rock group.";
    const stem = "The halftime show was headlined by the British rock group Coldplay with special guest performers Dana Lee and _____.";
    const out = entityDistractors(fact("person", "Kim Ardo"), buildPools([fact("person", "Tom Reyes"), fact("person", "Dana Lee")]), stem, 3, article);
    expect(out).not.toContain("Tom Reyes");
  });

  it("takes a spacecraft's orbit for no sign of an astronomer", () => {
    const article = "In 1969 two astronauts walked on the Moon while a third circled it.";
    const out = entityDistractors(fact("person", "Mikael Corrin"), buildPools([]), "In 1969 _____ stayed in orbit aboard the command module.", 3, article);
    for (const o of out) expect(["Edwin Hubble", "Carl Sagan", "Richard Feynman", "Francis Crick"]).not.toContain(o);
  });

  it("takes 'on the planet' at a clause's end for the world, no sign of an astronomer", () => {
    const article = "In 1895 Will Marden designed a game. It is now played by millions on the planet.";
    const stem = "In 1895 _____ designed a game that is now among the most played sports on the planet.";
    expect(entityDistractors(fact("person", "Marden"), buildPools([]), stem, 3, article)).toEqual([]);
    expect(entityDistractors(fact("person", "Marden"), buildPools([]), "In 1895 _____ saw the planet Neptune.", 3, article)).toHaveLength(3);
  });

  it("drops an option that fits the same slot elsewhere in the article", () => {
    const text = "Russian troops left. Then Russian forces left too.";
    const terms = [fact("term", "troops", { start: 8, end: 14 }), fact("term", "forces", { start: 34, end: 40, sentence: 1 }), fact("term", "guards", { sentence: 2 }), fact("term", "cars", { sentence: 3 })];
    const out = entityDistractors(terms[1], buildPools(terms), "Then Russian _____ left too.", 3, text);
    expect(out).not.toContain("troops");
  });

  it("never offers two options where one holds the other", () => {
    const out = pickByForm("ultraviolet radiation", ["energy of sunlight", "sunlight", "pressure", "gravity"], 3, "", "seed");
    expect(out).toHaveLength(3);
    expect(out.includes("sunlight") && out.includes("energy of sunlight")).toBe(false);
    const orgs = pickByForm("European Union", ["International Criminal Court", "ICC", "United Nations"], 3, "", "seed");
    expect(orgs.includes("ICC") && orgs.includes("International Criminal Court")).toBe(false);
    const spellings = pickByForm("scholars", ["travelers", "travellers", "imperialists", "merchants"], 3, "", "seed");
    expect(spellings.includes("travelers") && spellings.includes("travellers")).toBe(false);
  });

  it("prefers options of similar length so the longest is not the key", () => {
    const out = pickByForm("Oslo", ["Rio de Janeiro", "Bern", "Rome", "Kyiv", "Ouagadougou"], 3, "", "s");
    expect(out.every((o) => o.length <= 6)).toBe(true);
  });
});

describe("places and crowned heads by part of the world and rank", () => {
  it("asks a region beside the other parts of its continent, an African country beside African ones", () => {
    const out = entityDistractors(fact("place", "East Africa", { unit: "region" }), buildPools([]), "The country lies in _____ on the coast.");
    expect(out).toHaveLength(3);
    for (const o of out) expect(["North Africa", "West Africa", "Southern Africa", "Sahel", "Maghreb"]).toContain(o);
    expect(out.some((o) => /^(?:North|West|Southern) Africa$/.test(o))).toBe(true);
    const borders = entityDistractors(fact("place", "South Sudan", { unit: "country" }), buildPools([]), "It borders _____ to the northwest.");
    expect(borders).toHaveLength(3);
    expect(borders.every((c) => ["Egypt", "Nigeria", "Kenya", "Ethiopia", "South Africa", "Morocco", "Algeria", "Ghana", "Tanzania", "Uganda", "Libya",
      "Sudan", "Tunisia", "Somalia", "Rwanda", "Zambia", "Zimbabwe", "Mozambique", "Senegal", "Mali", "Cameroon", "Angola", "Namibia", "Botswana",
      "Madagascar"].includes(c))).toBe(true);
  });

  it("asks Australia the country beside its neighbours, not beside continents", () => {
    const out = entityDistractors(fact("place", "Australia", { unit: "country" }), buildPools([]), "The decision was delayed after lobbying by _____.");
    expect(out).toHaveLength(3);
    for (const o of out) expect(["New Zealand", "Indonesia", "Papua New Guinea", "Fiji", "Japan", "Philippines", "Malaysia", "Singapore"]).toContain(o);
  });

  it("asks a king beside crowned heads of his time, not presidents", () => {
    const out = entityDistractors(fact("person", "Louis XVI"), buildPools([]), "In May 1789, King _____ called a meeting of the assembly.", 3, "In May 1789, King Louis XVI called a meeting.");
    expect(out.length).toBeGreaterThanOrEqual(2);
    expect(out).not.toContain("George Washington");
    expect(out).not.toContain("Thomas Jefferson");
    expect(out).toContain("George III");
  });

  it("asks a minister beside no crowned head: 'the Secretary at War, _____' gets no Queen Victoria", () => {
    const article = "In 1854 the Secretary at War, Sidney Herbert, asked her to lead the nurses. Lincoln and Bismarck were then rising.";
    const out = entityDistractors(fact("person", "Sidney Herbert"), buildPools([]), "In 1854 the Secretary at War, _____, asked her to lead the nurses.", 3, article);
    expect(out).not.toContain("Victoria");
  });

  it("takes no surname from two women's first names ('Theresa' of 'Maria Theresa')", () => {
    const text = "Maria Theresa ruled Austria. Maria Antonia became queen. Edmund Burke wrote. Axel Fersen helped. Jeanne Valois lied. Later Burke mourned.";
    const people = ["Maria Theresa", "Maria Antonia", "Edmund Burke", "Axel Fersen", "Jeanne Valois", "Burke"].map((t, i) => fact("person", t, { sentence: i }));
    const out = entityDistractors(fact("person", "Burke"), buildPools(people), "Later _____ mourned the queen in a famous book.", 3, text);
    expect(out).not.toContain("Theresa");
    expect(out).not.toContain("Antonia");
  });

  it("reads the sex a who-question says of its 'who': 'Who was … the first woman to fly…?'", () => {
    const text = "Amelia Earhart flew alone. Charles Lindbergh flew first. Amy Johnson flew to Australia. Herbert Hoover gave a medal. Jean Batten flew too.";
    const people = ["Amelia Earhart", "Charles Lindbergh", "Amy Johnson", "Herbert Hoover", "Jean Batten"].map((t, i) => fact("person", t, { sentence: i }));
    const out = entityDistractors(fact("person", "Amelia Earhart"), buildPools(people), "Who was an American aviator who became the first woman to fly alone across the Atlantic?", 3, text);
    for (const o of out) expect(["Amy Johnson", "Jean Batten"]).toContain(o);
  });

  it("knows a life's 'She was born …' and a name 'known in French as …' for the same person's", () => {
    const life = "Harriet Tubman\n\nHarriet Tubman freed many. She was born Araminta Ross around 1822. In 1869 Harriet Tubman married Nelson Davis. William Still helped her.";
    const people = ["Harriet Tubman", "Araminta Ross", "Nelson Davis", "William Still", "Thomas Garrett"].map((t, i) => fact("person", t, { sentence: i }));
    const out = entityDistractors(fact("person", "Nelson Davis"), buildPools(people), "In 1869 Harriet Tubman married _____, a Union veteran.", 3, life);
    expect(out).not.toContain("Araminta Ross");
    const joan = "Joan of Arc, known in French as Jeanne d'Arc, led the army. Yolande of Aragon backed her, and Isabelle Romee was her mother.";
    const court = ["Joan of Arc", "Jeanne d'Arc", "Yolande of Aragon", "Isabelle Romee", "Robert de Baudricourt"].map((t, i) => fact("person", t, { sentence: i }));
    const opts = entityDistractors(fact("person", "Robert de Baudricourt"), buildPools(court), "Early in 1429 _____ gave her horses.", 3, joan);
    expect(opts.includes("Joan of Arc") && opts.includes("Jeanne d'Arc")).toBe(false);
  });

  it("offers no two names of one person ('Enea Silvio Piccolomini, who later became Pope Pius II')", () => {
    const article = "The scholar Enea Silvio Piccolomini, who later became Pope Pius II, praised the book. Peter Schöffer set the type. Johann Fust paid.";
    const people = ["Enea Silvio Piccolomini", "Pius II", "Johann Fust", "Peter Schöffer"].map((t, i) => fact("person", t, { sentence: i }));
    const out = entityDistractors(fact("person", "Peter Schöffer", { sentence: 3 }), buildPools(people), "Among his workers was _____.", 3, article);
    expect(out.filter((o) => o === "Pius II" || o === "Enea Silvio Piccolomini").length).toBeLessThanOrEqual(1);
  });

  it("offers no two names of one person 'who became known as' another, and a titled key gets people of its title", () => {
    const article = "Its leader was Saloth Sar, who became known as Pol Pot. Later Pol Pot fled. Lon Nol ruled before him. Nuon Chea and Ieng Sary were tried.";
    const people = ["Saloth Sar", "Pol Pot", "Lon Nol", "Nuon Chea", "Ieng Sary"].map((t, i) => fact("person", t, { sentence: i }));
    const out = entityDistractors(fact("person", "Nuon Chea", { sentence: 3 }), buildPools(people), "Later two leaders, _____ and Khieu Samphan, were tried.", 3, article);
    expect(out.filter((o) => o === "Saloth Sar" || o === "Pol Pot").length).toBeLessThanOrEqual(1);
    // ("Sir Mortimer Wheeler" is the best wrong answer for "Sir _____": a title shared is no second right answer)
    const dig = "Digs followed under Sir John Marshall in 1924. Later work was done by Ernest Mackay and, in 1950, by Sir Mortimer Wheeler. Rakhal Das Banerji found it.";
    const diggers = ["John Marshall", "Ernest Mackay", "Mortimer Wheeler", "Rakhal Das Banerji"].map((t, i) => fact("person", t, { sentence: i, start: dig.indexOf(t), end: dig.indexOf(t) + t.length }));
    const sir = entityDistractors(diggers[0], buildPools(diggers), "Digs followed under Sir _____ in 1924.", 3, dig);
    expect(sir).toContain("Mortimer Wheeler");
  });

  it("offers no one under another name of the key or of someone the stem names", () => {
    const text = "Ada Lind: a life in chemistry\n\nAda Holm was born in Oslo in 1870. She worked with Nils Berg and Tom Hale (born Edgar Price). " +
      "Her research followed a discovery by Karl Storm.";
    const people = ["Ada Holm", "Nils Berg", "Karl Storm", "Tom Hale", "Edgar Price"].map((t) => fact("person", t));
    for (let i = 0; i < 6; i++) {
      const out = entityDistractors(fact("person", "Karl Storm", { start: i }), buildPools(people), "Ada Lind's research followed a discovery by _____.", 3, text);
      expect(out).not.toContain("Ada Holm");
    }
    const hale = entityDistractors(fact("person", "Tom Hale"), buildPools(people), "She worked with _____ for ten years.", 3, text);
    expect(hale).not.toContain("Edgar Price");
    // "was born" gives the other name too, and a stem that names her by her first name alone names her
    const life = "Ada Lind was born Ada Holm in Oslo in 1870. Ada and Nils Berg shared a prize with Karl Storm and Tom Hale.";
    for (let i = 0; i < 6; i++) {
      const out = entityDistractors(fact("person", "Nils Berg", { start: i }), buildPools(["Ada Lind", "Ada Holm", "Nils Berg", "Karl Storm", "Tom Hale"].map((t) => fact("person", t))), "Ada and _____ shared a prize with Karl Storm.", 3, life);
      expect(out).not.toContain("Ada Holm");
    }
  });

  it("offers a ruler with a regnal name no architect or inventor of the article", () => {
    const people = ["Richard Grainger", "John Dobson", "Joseph Swan", "Henry IV", "Edward I", "William the Lion"].map((t) => fact("person", t));
    const out = entityDistractors(fact("person", "Charles I"), buildPools(people), "Who was held in the town by the Scots in 1646?");
    for (const o of ["Richard Grainger", "John Dobson", "Joseph Swan"]) expect(out).not.toContain(o);
    // and no ruler beside the architect
    const architect = entityDistractors(fact("person", "Richard Grainger"), buildPools(people), "The architect _____ laid out the new streets.");
    for (const o of ["Henry IV", "Edward I", "William the Lion"]) expect(architect).not.toContain(o);
  });

  it("asks a merchant beside no khan's peers, and dates antiquity by its BC years", () => {
    const text = "Around 138 BC the envoy Zhang Qian went west. The Venetian merchant Marco Polo reached the court of Kublai Khan in the thirteenth century. In 1877 the geographer Ferdinand von Richthofen named the road. In 1492 Christopher Columbus sailed.";
    const people = ["Zhang Qian", "Marco Polo", "Kublai Khan", "Ferdinand von Richthofen", "Christopher Columbus"].map((n) => fact("person", n));
    const out = entityDistractors(fact("person", "Marco Polo"), buildPools(people), "The Venetian merchant _____ reached the court of Kublai Khan in the thirteenth century.", 3, text);
    for (const o of out) expect(["Zhang Qian", "Kublai Khan", "Ferdinand von Richthofen", "Christopher Columbus"]).toContain(o);
    const rome = "In 40 BC Cleopatra bore twins, Alexander Helios and Cleopatra Selene. In 31 BC Marcus Agrippa won at Actium. In 1670 Blaise Pascal joked about her nose.";
    const court = ["Cleopatra Selene", "Alexander Helios", "Marcus Agrippa", "Blaise Pascal"].map((n) => fact("person", n));
    const twins = entityDistractors(fact("person", "Cleopatra Selene"), buildPools(court), "In 40 BC Cleopatra bore twins, Alexander Helios and _____.", 3, rome);
    expect(twins).not.toContain("Blaise Pascal");
  });

  it("gives no famous strangers to a report of the week that looks back, nor leaders to an army surgeon", () => {
    const pub = "The village bought its pub on Saturday; it has stood since the 1600s. Tom Hale, a retired engineer, spoke. In 2008 the other pub closed; in 2016 a bid failed.";
    const chair = entityDistractors(fact("person", "Tom Hale"), buildPools([fact("person", "Tom Hale"), fact("person", "Ann Lee")]), "Society chair _____, a retired engineer, spoke.", 3, pub);
    expect(chair).toEqual(["Ann Lee"]);
    const wound = "In 1822 a trader was shot on an island. The army surgeon William Beaumont saved him, and in 1833 he published his findings on the army's rations.";
    const surgeon = entityDistractors(fact("person", "William Beaumont"), buildPools([fact("person", "William Beaumont")]), "In 1822 the army surgeon _____ saved his life.", 3, wound);
    for (const o of surgeon) expect(["Abraham Lincoln", "Otto von Bismarck", "Victoria", "Andrew Jackson", "Simón Bolívar"]).not.toContain(o);
  });

  it("gives a quotation only the article's speakers, whatever field its words touch", () => {
    const club = [fact("person", "Ana Ruiz"), fact("person", "Tom Hale"), fact("person", "Lee Park")];
    const text = "In 1925 Ana Ruiz founded the club. Tom Hale and Lee Park rowed in 1936. The club survived a world war in 1940.";
    const out = entityDistractors(fact("person", "Ana Ruiz"), buildPools(club), "Who said: “This club has survived a world war since 1925”?", 3, text);
    expect(out.sort()).toEqual(["Lee Park", "Tom Hale"]);
  });

  it("asks a pope beside popes of his time or the article's own, not its kings or monks", () => {
    const text = "Charles ruled the Franks with his son Louis the Pious, and the monk Paul the Deacon wrote. In 800 Pope Leo III crowned Charles.";
    const court = [fact("person", "Charles"), fact("person", "Louis the Pious"), fact("person", "Paul the Deacon"), fact("person", "Leo III")];
    const out = entityDistractors(fact("person", "Leo III"), buildPools(court), "In 800 Pope _____ crowned Charles.", 3, text);
    expect(out).toHaveLength(3);
    for (const o of out) expect(["Gregory II", "Zachary", "Stephen II", "Adrian I", "Nicholas I"]).toContain(o);
    // a pope the article names is one too
    const two = `${text} Later Pope Gregory IV wrote.`;
    const named = entityDistractors(fact("person", "Leo III"), buildPools([...court, fact("person", "Gregory IV")]), "In 800 Pope _____ crowned Charles.", 3, two);
    expect(named).toContain("Gregory IV");
  });

  it("asks a ruler beside rulers for 'the reign of _____', and no one the article places centuries from the stem's time", () => {
    const text = "Oba Esigie ruled Benin, and later Oba Ovonramwen and Ewuare II. The consul James Phillips came in 1897. Admiral Harry Rawson burned the city in 1897. The mariner Diogo Cão sailed in 1486. In 2022 the minister Anna Berg returned the bronzes, and in 2023 Tobias Kranz studied them.";
    const people = ["Oba Esigie", "Ovonramwen", "Ewuare II", "James Phillips", "Harry Rawson", "Diogo Cão", "Anna Berg", "Tobias Kranz"].map((n) => fact("person", n));
    const reign = entityDistractors(fact("person", "Oba Esigie"), buildPools(people), "Art flourished during the reign of _____.", 3, text);
    for (const o of ["James Phillips", "Harry Rawson", "Diogo Cão", "Anna Berg"]) expect(reign).not.toContain(o);
    expect(reign).toContain("Ewuare II");
    const sailed = entityDistractors(fact("person", "Diogo Cão"), buildPools(people), "In 1486 the mariner _____ sailed.", 3, text);
    for (const o of ["Anna Berg", "Tobias Kranz", "James Phillips", "Harry Rawson"]) expect(sailed).not.toContain(o);
    // a stem with no year goes by the key's years: no painter of 1878 beside a grand duke of 1410
    const grunwald = "Vytautas and Jogaila beat the knights in 1410. Their ally Jan Zizka fought there in 1410, and so did Zawisza the Black in 1410. " +
      "Jan Matejko painted Vytautas at the battle in 1878, and Henryk Sienkiewicz wrote a novel about it in 1900.";
    const lords = ["Vytautas", "Jogaila", "Jan Zizka", "Zawisza the Black", "Jan Matejko", "Henryk Sienkiewicz"].map((n) => fact("person", n));
    const cousin = entityDistractors(fact("person", "Vytautas"), buildPools(lords), "Jogaila's cousin _____ became the ruler of Lithuania.", 3, grunwald);
    for (const o of ["Matejko", "Sienkiewicz", "Jan Matejko", "Henryk Sienkiewicz"]) expect(cousin).not.toContain(o);
  });

  it("reads no leader's trade in a title before someone else's name: no Lenin beside the archaeologist who named a culture after King Minos", () => {
    const text = "In 1900 the dig at the palace began under Arthur Evans and Tomas Vell. Evans named the culture after King Minos in 1901.";
    const out = entityDistractors(fact("person", "Evans"), buildPools([fact("person", "Arthur Evans"), fact("person", "Tomas Vell")]), "_____ named the culture after King Minos in 1901.", 3, text);
    for (const o of out) expect(["Lenin", "Churchill", "Roosevelt", "Stalin", "Wilson", "Gandhi"]).not.toContain(o);
  });

  it("asks a ruler beside rulers for 'King _____', and a noble beside nobles for 'Prince _____'", () => {
    const text = "King Rodric founded the abbey in 1120. The masons Tomas Vell and Aldo Brint cut the stone, and the monk Piers Lane kept the accounts. " +
      "His son, King Osric II, finished the tower. Prince Edmund of Harl and Count Ulric von Stade gave the bells.";
    const people = ["Rodric", "Tomas Vell", "Aldo Brint", "Piers Lane", "Osric II", "Edmund of Harl", "Ulric von Stade"].map((n) => fact("person", n));
    const king = entityDistractors(fact("person", "Rodric"), buildPools(people), "King _____ founded the abbey in 1120.", 3, text);
    for (const o of ["Vell", "Brint", "Lane", "Tomas Vell", "Aldo Brint", "Piers Lane"]) expect(king).not.toContain(o);
    // (nor a pope, numbered as kings are)
    const withPope = `${text} Pope Clement IV blessed the bells.`;
    const kings = entityDistractors(fact("person", "Osric II"), buildPools([...people, fact("person", "Clement IV")]), "His son, King _____, finished the tower.", 3, withPope);
    expect(kings).not.toContain("Clement IV");
    const prince = entityDistractors(fact("person", "Edmund of Harl"), buildPools(people), "Prince _____ gave the bells.", 3, text);
    for (const o of ["Tomas Vell", "Aldo Brint", "Piers Lane"]) expect(prince).not.toContain(o);
    expect(prince).toContain("Ulric von Stade");
  });

  it("reads no science in 'the newly discovered land': no scientists beside an explorer", () => {
    const text = "In 1562 the French explorer Jean Ribault landed on the coast. He claimed the newly discovered land for France.";
    const out = entityDistractors(fact("person", "Jean Ribault"), buildPools([fact("person", "Jean Ribault")]), "Who claimed the newly discovered land for France?", 3, text);
    for (const o of out) expect(SCIENTISTS.map((s) => s.name)).not.toContain(o);
  });

  it("asks a president of the United States beside presidents of his time, not the article's astronauts", () => {
    const text = "Ruth Okafor and Tom Reyes flew to the Moon. President John F. Kennedy had set the goal in 1961, and Congress paid for it.";
    const crew = [fact("person", "Ruth Okafor"), fact("person", "Tom Reyes"), fact("person", "John F. Kennedy")];
    const out = entityDistractors(fact("person", "John F. Kennedy"), buildPools(crew), "President _____ had set the goal in 1961, and Congress paid for it.", 3, text);
    expect(out).toHaveLength(3);
    for (const o of out) expect(["Dwight D. Eisenhower", "Lyndon B. Johnson", "Richard Nixon", "Harry S. Truman", "Gerald Ford", "Jimmy Carter"]).toContain(o);
    // "the American president _____" asks for one too; "the Russian President _____" in a story that names America does not
    const berlin = "Ruth Okafor and Tom Reyes wrote from Berlin. The American president John F. Kennedy spoke there in 1963, and the United States cheered.";
    const spoke = entityDistractors(fact("person", "John F. Kennedy"), buildPools(crew), "In 1963 the American president _____ spoke in Berlin.", 3, berlin);
    expect(spoke).toHaveLength(3);
    for (const o of spoke) expect(["Dwight D. Eisenhower", "Lyndon B. Johnson", "Richard Nixon", "Harry S. Truman", "Gerald Ford", "Jimmy Carter"]).toContain(o);
    const russian = entityDistractors(fact("person", "Ivan Petrov"), buildPools(crew), "In 1963 the Russian President _____ spoke in Berlin.", 3, berlin);
    for (const o of russian) expect(o).not.toMatch(/Eisenhower|Johnson|Nixon|Truman/);
    // a story set in Africa asks its presidents beside Africa's leaders, and one known only there gets no Stalin
    const cape = "In 1990 South Africa freed Nelson Mandela. The ban ended, and talks with Zambia and Zimbabwe began in South Africa.";
    const african = entityDistractors(fact("person", "Ana Dube"), buildPools([]), "In 1990 President _____ lifted the ban.", 3, cape);
    expect(african).toHaveLength(3);
    for (const o of african) expect(["P. W. Botha", "Nelson Mandela", "Julius Nyerere", "Kenneth Kaunda", "Robert Mugabe", "Thabo Mbeki", "Jacob Zuma"]).toContain(o);
    // a story set in Korea that mentions America in passing asks for none of America's presidents
    const seoul = "South Korea voted on Tuesday. South Korea's court removed the president, and tariffs from the United States hurt South Korea and Japan.";
    const yoon = entityDistractors(fact("person", "Yoon Suk Yeol"), buildPools([fact("person", "Lee Jae-myung"), fact("person", "Kim Moon-soo"), fact("person", "Lim Ji-eun")]),
      "The court upheld the impeachment of former President _____ on April 4.", 3, seoul);
    expect(yoon.sort()).toEqual(["Kim Moon-soo", "Lee Jae-myung", "Lim Ji-eun"]);
    const nairobi = "Kenya became independent in 1963. Kenya and Uganda trade; Jomo Kenyatta led Kenya.";
    expect(entityDistractors(fact("person", "Jomo Kenyatta"), buildPools([]), "_____, a leader of the independence movement, became the first prime minister.", 3, nairobi)).toEqual([]);
    // a college's president stands beside the college's other presidents
    const college = "The college grew under President Anna Lind. Before her, President Carl Holm and President Eva Strand led the college, " +
      "and the university later merged with the college of art and another college.";
    const heads = [fact("person", "Anna Lind"), fact("person", "Carl Holm"), fact("person", "Eva Strand"), fact("person", "Ruth Okafor")];
    const campus = entityDistractors(fact("person", "Anna Lind"), buildPools(heads), "The college grew under President _____.", 3, college);
    expect(campus).toEqual(expect.arrayContaining(["Carl Holm", "Eva Strand"]));
    for (const o of campus) expect(o).not.toMatch(/Kennedy|Eisenhower|Johnson/);
  });
});

describe("famous people by the paragraph's age", () => {
  it("offers no famous writers of the article's middle years to an undated stem in a paragraph of antiquity", () => {
    const text = "The German archaeologist Robert Koldewey dug the site from 1850. In 1870 Stephanie Dalley published her book, and in 1880 a camp was built there.\n" +
      "The tale comes from Berossus, a priest who wrote a history around 290 BC. Later authors, including Diodorus Siculus, Strabo and Quintus Curtius Rufus, added details.";
    const out = entityDistractors(fact("person", "Quintus Curtius Rufus"), buildPools([]), "Later authors, including Diodorus Siculus, Strabo and _____, added details.", 3, text);
    for (const o of out) expect(o).not.toMatch(/Tolstoy|Twain|Dostoevsky|Dickens|Hugo/);
    // (the stem's own paragraph of the article's age still gets them: "In 1899 the novelist _____ wrote…")
    const modern = entityDistractors(fact("person", "Leo Tolstoy"), buildPools([]), "The novelist _____ wrote about the dig that year.", 3, "In 1899 the dig began. The novelist Leo Tolstoy wrote about the dig that year. In 1905 it closed.");
    expect(modern.length).toBe(3);
  });
});

describe("number distractors", () => {
  it("offers an age other ages, not its double", () => {
    const age = fact("count", "71", { value: 71 });
    const out = numberDistractors(age, buildPools([]), "\"We left before the water came,\" said Helen Trask, _____, who lives by the harbour.");
    expect(out).toHaveLength(3);
    for (const o of out) expect(Math.abs(Number(o) - 71)).toBeLessThanOrEqual(12);
    // (an age that ends the sentence too: "said Mrs Graves, 68.")
    const last = numberDistractors(fact("count", "68", { value: 68 }), buildPools([]), "\"He was frightened of everything,\" said Mrs Graves, _____.");
    for (const o of last) expect(Math.abs(Number(o) - 68)).toBeLessThanOrEqual(12);
    // ("then about _____ years old", "at about _____ years of age", "when he was about _____"; one option older, one younger)
    for (const stem of ["Archimedes, then about _____ years old, was killed by a soldier.", "Bell, who turns _____ next month, has been the subject of trade rumours.", "Peter Higgs, then _____, was seen wiping tears from his eyes.", "In 1200, at about _____ years of age, she crossed the Pyrenees.", "Around 1753, when he was about _____, he built a clock."]) {
      const out = numberDistractors(fact("count", "78", { value: 78 }), buildPools([]), stem);
      expect(out).toHaveLength(3);
      for (const o of out) expect(Math.abs(Number(o) - 78)).toBeLessThanOrEqual(12);
      expect(out.some((o) => Number(o) < 78) && out.some((o) => Number(o) > 78)).toBe(true);
    }
    // (the top of a span of ages: no "158")
    const top = numberDistractors(fact("count", "79", { value: 79 }), buildPools([]), "The abseil attracted participants aged from 16 to _____.");
    expect(top).toHaveLength(3);
    for (const o of top) expect(Math.abs(Number(o) - 79)).toBeLessThanOrEqual(12);
  });

  it("offers no share of the article far from the key's: no '99.9 %' beside 'about 0.6 % of the crust'", () => {
    const pools = buildPools([fact("percent", "99.9 %", { value: 99.9 }), fact("percent", "85 %", { value: 85 })]);
    const out = numberDistractors(fact("percent", "0.6 %", { value: 0.6 }), pools, "Titanium makes up about _____ of the crust by mass.");
    expect(out).toHaveLength(3);
    for (const o of out) expect(parseFloat(o)).toBeLessThan(2);
  });

  it("offers a share near the whole by what it leaves (99.9 → 99.8, 99.5, 99.0), and none above the whole", () => {
    const light = numberDistractors(fact("percent", "99.9 percent", { value: 99.9 }), buildPools([]), "Protons travel at more than _____ of the speed of light.");
    expect(light).toHaveLength(3);
    for (const o of light) expect(parseFloat(o)).toBeGreaterThanOrEqual(98);
    const lost = numberDistractors(fact("percent", "98 percent", { value: 98 }), buildPools([]), "Roughly 95 to _____ of it is lost to the air.");
    expect(lost).toHaveLength(3);
    for (const o of lost) expect(parseFloat(o) > 95 && parseFloat(o) < 100).toBe(true);
  });

  it("offers no figure of the article within a tenth of the key: '£14,380' is as good as 'more than £14,000'", () => {
    const pools = buildPools([fact("money", "£14,380", { value: 14380 })]);
    const out = numberDistractors(fact("money", "£14,000", { value: 14000 }), pools, "The volunteers raised more than _____ for the air ambulance.");
    expect(out).toHaveLength(3);
    expect(out).not.toContain("£14,380");
  });

  it("offers a round year before Christ round years before Christ, and no year of our era ('around 1900 BC' | 1800 BC, not 1922)", () => {
    const pools = buildPools([fact("year", "1922", { value: 1922 }), fact("year", "2024", { value: 2024 })]);
    const out = numberDistractors(fact("year", "1900 BC", { value: 1900 }), pools, "The city was abandoned after about _____.");
    expect(out).toHaveLength(3);
    for (const o of out) expect(o).toMatch(/^\d{1,2}00 BC$/);
    // (the article's present bounds no year before Christ: 2000 BC is no year after 2024)
    expect(numberDistractors(fact("year", "2500 BC", { value: 2500 }), pools, "It was built around _____.")).toEqual(expect.arrayContaining(["2600 BC", "2700 BC"]));
    // (a year of three figures stays a year's neighbours: 323 BC gets 320 BC, 326 BC…)
    for (const o of numberDistractors(fact("year", "323 BC", { value: 323 }), pools, "Alexander died in _____.")) expect(Math.abs(parseInt(o) - 323)).toBeLessThan(15);
  });

  it("offers round years beside a round year written with its era, and ages of the key's era ('1000 CE', '5th century BCE')", () => {
    const pools = buildPools([fact("century", "19th century", { value: 19 }), fact("century", "sixth century", { value: 6 }), fact("year", "2024", { value: 2024 })]);
    for (const o of numberDistractors(fact("year", "1000 CE", { value: 1000 }), pools, "The state flourished between 500 and _____.")) expect(o).toMatch(/^\d{1,2}00 CE$/);
    for (const o of numberDistractors(fact("century", "5th century BCE", { value: -5 }), pools, "The oldest section dates to the _____.")) expect(o).toMatch(/BCE$/);
    expect(numberDistractors(fact("century", "first century CE", { value: 1 }), pools, "It reached its height in the _____.")).not.toContain("sixth century");
  });

  it("gives a surname key no 'Muslim' of 'Abu Muslim': a name opening on 'father of' is called by the whole of it", () => {
    const text = "Gao Xianzhi marched west. Abu Muslim sent an army. Du Huan was captured. Li Siye fought on. Ziyad ibn Salih led the army.";
    const people = ["Gao Xianzhi", "Abu Muslim", "Du Huan", "Li Siye", "Ziyad ibn Salih"].map((t) => fact("person", t, { start: text.indexOf(t) }));
    const out = entityDistractors(fact("person", "Gao", { start: 0 }), buildPools(people), "_____ marched against Chach.", 3, text);
    expect(out).not.toContain("Muslim");
  });

  it("offers a sum of the key's magnitude: no '£410,000' beside a '£3,000' grant", () => {
    const out = numberDistractors(fact("money", "£3,000", { value: 3000 }), buildPools([fact("money", "£410,000", { value: 410000 })]), "It opened with a _____ grant.");
    expect(out).toHaveLength(3);
    expect(out).not.toContain("£410,000");
    // nor one in another currency: no "£35" beside "$30"
    const book = numberDistractors(fact("money", "$30", { value: 30 }), buildPools([fact("money", "£35", { value: 35 })]), "The book sells for _____.");
    expect(book).toHaveLength(3);
    for (const o of book) expect(o).toMatch(/^\$/);
    // (one of its magnitude is still the first option taken from the article)
    expect(numberDistractors(fact("money", "£3,000", { value: 3000 }), buildPools([fact("money", "£5,000", { value: 5000 })]), "It opened with a _____ grant.")).toContain("£5,000");
  });

  it("offers no age of our era still to come: no '22nd century' beside the 20th, no 'fourth millennium CE'", () => {
    const pools = buildPools([]);
    for (const o of numberDistractors(fact("century", "20th century", { value: 20 }), pools, "By the early _____, they agreed.")) expect(parseInt(o, 10)).toBeLessThanOrEqual(21);
    expect(numberDistractors(fact("century", "first millennium CE", { value: 1 }), pools, "Traders dominated it in the _____.")).not.toContain("fourth millennium CE");
    expect(numberDistractors(fact("century", "fifth century BCE", { value: -5 }), pools, "It dates to the _____.")).toHaveLength(3);
  });

  it("writes an article's number in words in the key's case ('eleven', not 'Eleven' from a sentence's start)", () => {
    const out = numberDistractors(fact("count", "five", { value: 5 }), buildPools([fact("count", "Eleven", { value: 11 })]), "The novel has _____ parts.");
    expect(out).toContain("eleven");
    expect(out.filter((o) => /^\p{Lu}/u.test(o))).toEqual([]);
  });

  it("takes no article date written another way ('July 1794' beside '14 July 1789')", () => {
    const out = numberDistractors(fact("date", "14 July 1789"), buildPools([fact("date", "July 1794")]), "On _____, crowds stormed the fortress.");
    expect(out).toHaveLength(3);
    expect(out).not.toContain("July 1794");
    for (const o of out) expect(o).toMatch(/^\d{1,2} \p{Lu}\p{Ll}+ \d{4}$/u);
  });

  it("offers no day a month lacks ('31 June', '30 February')", () => {
    const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    for (const key of ["31 October 1517", "30 November 1936", "31 January 1958", "30 June 2016"]) {
      const out = numberDistractors(fact("date", key), buildPools([]), "It happened on _____.");
      expect(out).toHaveLength(3);
      for (const o of out) {
        const [day, month] = o.split(" ");
        expect(Number(day)).toBeLessThanOrEqual(days[months.indexOf(month)]);
      }
    }
  });

  it("takes no article date from another age", () => {
    const out = numberDistractors(fact("date", "June 1348"), buildPools([fact("date", "October 2010")]), "The plague reached the port by _____.");
    expect(out).toHaveLength(3);
    expect(out).not.toContain("October 2010");
    const near = numberDistractors(fact("date", "June 1348"), buildPools([fact("date", "March 1349")]), "The plague reached the port by _____.");
    expect(near).toContain("March 1349");
  });

  it("offers no year after the article's present, and one between the key and it", () => {
    const year = (y: number) => fact("year", String(y), { value: y });
    const pools = buildPools([year(2020), year(2025), fact("date", "May 22, 2025")]);
    const out = numberDistractors(year(2024), pools, "Since _____, climbers have had to carry their waste down.");
    expect(out).toHaveLength(3);
    for (const o of out) expect(Number(o)).toBeLessThanOrEqual(2025);
    expect(out).toContain("2025");
    // (the present itself asked about is free: options above it keep it from being the latest)
    expect(numberDistractors(year(2025), pools, "In _____ the fee rose.").some((o) => Number(o) > 2025)).toBe(true);
  });

  it("offers other days for a day without its year, in the key's own form", () => {
    const out = numberDistractors(fact("date", "May 17"), buildPools([]), "The final will be played on _____.");
    expect(out).toHaveLength(3);
    for (const o of out) expect(o).toMatch(/^(?:April|May|June) \d{1,2}$/);
    expect(out).not.toContain("May 17");
    expect(numberDistractors(fact("date", "4th July"), buildPools([]), "They sail on the _____.")).toEqual(expect.arrayContaining(["11th July"]));
  });

  it("offers years before Christ near a year before Christ", () => {
    const out = numberDistractors(fact("year", "2560 BC", { value: -2560 }), buildPools([]), "The pyramid was built around _____ for the king.");
    expect(out).toHaveLength(3);
    for (const o of out) expect(o).toMatch(/^25\d\d BC$/);
  });

  it("keeps a share smaller than its whole", () => {
    const share = numberDistractors(fact("count", "nine", { value: 9 }), buildPools([]), "Heat comes from the ground in _____ in ten homes.");
    expect(share).toHaveLength(3);
    for (const o of share) expect(["one", "two", "three", "four", "five", "six", "seven", "eight"]).toContain(o);
    const city = numberDistractors(fact("count", "70,000", { value: 70000 }), buildPools([]), "Around _____ of the City's 80,000 inhabitants lost their homes.");
    expect(city).toHaveLength(3);
    for (const o of city) expect(Number(o.replace(/,/g, ""))).toBeLessThan(80000);
    // ("_____ of her 40 points": a person's whole too)
    const points = numberDistractors(fact("count", "31", { value: 31 }), buildPools([]), "Moreau won _____ of her 40 points at the net.");
    expect(points).toHaveLength(3);
    for (const o of points) expect(Number(o)).toBeLessThan(40);
    // a year after "in" is no whole
    const people = numberDistractors(fact("count", "1,345,596", { value: 1345596 }), buildPools([]), "The city had a population of _____ in 2010.");
    expect(people).toHaveLength(3);
  });

  it("keeps the key's side of a range the stem gives, and a fraction below one", () => {
    const below = numberDistractors(fact("count", "five", { value: 5 }), buildPools([]), "A storm comes every _____ to six years.");
    expect(below).toHaveLength(3);
    for (const o of below) expect(["two", "three", "four"]).toContain(o);
    const after = numberDistractors(fact("year", "1351", { value: 1351 }), buildPools([]), "The war lasted from 1347 to _____.");
    expect(after).toHaveLength(3);
    for (const o of after) expect(Number(o)).toBeGreaterThan(1347);
    // a narrow range still fills: near values inside it
    const narrow = numberDistractors(fact("percent", "95 percent", { value: 95 }), buildPools([]), "The fever kills 90 to _____ of those who catch it.");
    expect(narrow).toHaveLength(3);
    for (const o of narrow) expect(parseInt(o, 10)).toBeGreaterThan(90);
    // "_____ thirds": no option of three thirds or more (and "one" is never offered), so no number item
    expect(numberDistractors(fact("count", "two", { value: 2 }), buildPools([]), "Roughly _____ thirds of them live in the capital.")).toEqual([]);
  });

  it("takes no article count of another magnitude", () => {
    const out = numberDistractors(fact("count", "10", { value: 10 }), buildPools([fact("count", "136", { value: 136 })]), "In week _____, the player was hurt.");
    expect(out).toHaveLength(3);
    expect(out).not.toContain("136");
  });

  it("keeps the format and magnitude of the key", () => {
    const pools = buildPools([]);
    const years = numberDistractors(fact("year", "1999", { value: 1999 }), pools, "In _____, troops left.");
    expect(years).toHaveLength(3);
    for (const y of years) expect(y).toMatch(/^(19|20)\d\d$/);
    const counts = numberDistractors(fact("count", "1,960", { value: 1960, unit: "troops" }), pools, "It sent _____ troops.");
    for (const c of counts) expect(c).toMatch(/^\d,\d{3}$|^\d{3}$/);
    const pct = numberDistractors(fact("percent", "20.8%", { value: 20.8 }), pools, "Oxygen is _____ of air.");
    for (const p of pct) expect(p).toMatch(/^\d+\.\d%$/);
    expect(numberDistractors(fact("count", "four", { value: 4 }), pools, "It took _____ years.")).toEqual(["five", "three", "six"]);
    expect(numberDistractors(fact("date", "May 2021", { value: 2021 }), pools, "In _____, it rained.")[0]).toMatch(/^[A-Z][a-z]+ 20\d\d$/);
  });

  it("writes thousands with a comma when the key is below a thousand ('1,074 million', not '1074 million')", () => {
    const out = numberDistractors(fact("count", "537 million", { value: 537e6 }), buildPools([]), "About _____ adults had the disease.");
    expect(out).toHaveLength(3);
    for (const o of out) expect(o).not.toMatch(/\d{4}/);
  });
});
