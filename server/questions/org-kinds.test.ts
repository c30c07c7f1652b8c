import { describe, expect, it } from "vitest";
import { orgKind } from "./org-kinds";

describe("orgKind", () => {
  it("tells companies, schools, facilities, government bodies and international bodies apart", () => {
    expect(orgKind("Glenn L. Martin Company")).toBe("company");
    expect(orgKind("General Electric")).toBe("company");
    expect(orgKind("Warsaw University of Technology")).toBe("school");
    expect(orgKind("University of Chicago")).toBe("school");
    expect(orgKind("Johnson Space Center")).toBe("facility");
    expect(orgKind("Space Task Group")).toBe("government");
    expect(orgKind("Parliament of Victoria")).toBe("government"); // whatever it is of
    expect(orgKind("the European Union")).toBe("international");
    expect(orgKind("University of Chicago Press")).toBe("publisher");
    expect(orgKind("Newcastle United")).toBe("club");
    expect(orgKind("European Court of Justice")).toBe("court");
    expect(orgKind("Royal Society")).toBeUndefined();
  });
});
