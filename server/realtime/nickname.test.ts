import { describe, expect, it } from "vitest";
import { checkNickname, NICKNAME_MAX } from "./nickname";

describe("nicknames", () => {
  it("normalises width and spacing, strips control and bidi characters", () => {
    expect(checkNickname("  Ａｎａ   Maria ")).toEqual({ ok: true, nickname: "Ana Maria" });
    expect(checkNickname("Ben\u202e\u200b\u0007")).toEqual({ ok: true, nickname: "Ben" });
  });

  it("refuses empty, symbol-only and over-long names", () => {
    expect(checkNickname("\u202e\u0000 ")).toEqual({ ok: false, reason: "invalid" });
    expect(checkNickname("!!!")).toEqual({ ok: false, reason: "invalid" });
    expect(checkNickname("x".repeat(NICKNAME_MAX + 1))).toEqual({ ok: false, reason: "invalid" });
    expect(checkNickname("é".repeat(NICKNAME_MAX))).toMatchObject({ ok: true });
  });

  it("refuses offensive names, also disguised, and keeps innocent look-alikes", () => {
    for (const bad of ["fuck", "F u c k", "sh1t", "Bitchy"]) expect(checkNickname(bad)).toEqual({ ok: false, reason: "offensive" });
    for (const fine of ["Scunthorpe", "Cassidy", "Dickens", "Hancock"]) expect(checkNickname(fine)).toMatchObject({ ok: true });
  });
});

describe("nicknames with numbers", () => {
  it("does not read a number on its own as leetspeak", () => {
    for (const fine of ["Player 455", "Player 717", "Sam 155"]) expect(checkNickname(fine)).toMatchObject({ ok: true });
    expect(checkNickname("P155")).toEqual({ ok: false, reason: "offensive" }); // inside a word it is
  });
});
