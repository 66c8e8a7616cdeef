import { describe, expect, it } from "vitest";
import { MAX_INPUT_LENGTH, parseInput } from "../../src/router/input.ts";

describe("parseInput", () => {
  it.each([
    ["/tinh Quảng Ninh", "tinh", "Quảng Ninh"],
    ["/tinh@DiemTinBot Quảng Ninh", "tinh", "Quảng Ninh"],
    ["/TIM  tăng   trưởng ", "tim", "tăng trưởng"],
    ["/Tìm GRDP", "tim", "GRDP"],
    ["/moi", "moi", ""],
    ["quang ninh", null, "quang ninh"],
    ["   ", null, ""],
    ["/tinh\u200B Hạ Long", "tinh", "Hạ Long"],
  ])("returns command and args for %j", (raw, command, args) => {
    expect(parseInput(raw)).toEqual({ command, args, truncated: false });
  });

  it("returns a cut input when it is longer than the limit", () => {
    const parsed = parseInput(`/tim ${"a".repeat(5000)}`);
    expect(parsed.truncated).toBe(true);
    expect(parsed.args.length).toBeLessThanOrEqual(MAX_INPUT_LENGTH);
  });

  it("returns no lone surrogate when the cut falls inside an emoji", () => {
    const parsed = parseInput(`${"a".repeat(MAX_INPUT_LENGTH - 1)}😀`);
    expect(parsed.args).toBe("a".repeat(MAX_INPUT_LENGTH - 1));
  });
});
