import { describe, expect, it } from "vitest";
import { isInstruction, stepNumberBefore } from "./instructions";

describe("isInstruction", () => {
  it("reads a recipe's steps as instructions", () => {
    for (const step of [
      "Preheat the oven to 180°C (160°C fan, 350°F, gas mark 4).",
      "Lay 8 sheets of filo in the tin, brushing each one with butter.",
      "Bake for 45-50 minutes, until deep golden.",
      "Leave uncovered for at least 4 hours, or overnight, to soak.",
      "Wrap and chill for at least 3 hours.",
      "Scatter over half the nuts, then add 8 more buttered sheets.",
      "Stir in the rose water and set aside.",
      "Warm 40 cm³ of dilute sulfuric acid in a beaker.",
      "Do not refrigerate, or the pastry will lose its crunch.",
      "With a sharp knife, cut the baklava into diamonds before baking.",
      "If the rice is still hard after 40 minutes, sprinkle over 50ml of water.",
      "Activity: design your own haft-sin table.",
      "Exam tip: learn at least six short quotations.",
      "Remove, dot with butter and fork through gently.",
    ]) expect(isInstruction(step, false), step).toBe(true);
  });

  it("keeps facts that open on a word a step could use", () => {
    for (const fact of [
      "Heat loss through the roof costs most homes dearly.",
      "Heat in the Earth's core comes partly from radioactive decay.",
      "Set in 1850, the novel follows a family of weavers.",
      "Season ticket holders will get a refund.",
      "Heat and light are both forms of energy.",
      "Heat, light and sound are forms of energy.",
      "With a population of five million, Norway is small.",
      "When it rains, water collects in the old quarry.",
      "Revision tip: Achebe wrote the book partly in answer to Conrad.",
      "Never before had the club sold so many shirts.",
    ]) expect(isInstruction(fact, false), fact).toBe(false);
  });

  it("reads any step after its number as an instruction", () => {
    expect(isInstruction("Place crushed ice in a beaker with a thermometer.", true)).toBe(true);
    expect(isInstruction("Place crushed ice in a beaker with a thermometer.", false)).toBe(false);
    const text = "To test it:\n1. Place crushed ice in a beaker.";
    expect(stepNumberBefore(text, text.indexOf("Place"))).toBe(true);
    expect(stepNumberBefore(text, text.indexOf("test"))).toBe(false);
  });
});
