import { describe, expect, it } from "vitest";
import { blockKitProblems, mrkdwnProblems } from "./block-kit-validator.ts";

const section = (text: string, verbatim = true) => ({ type: "section", text: { type: "mrkdwn", text, verbatim } });

describe("block-kit-validator", () => {
  it.each([
    ["a mention", "hi <!channel>", /mention/],
    ["a user mention", "<@U123>", /mention/],
    ["a channel link", "<#C1|x>", /mention/],
    ["a user link", "<http://x|y>", /not from the reply/],
    ["a raw &", "a & b", /unescaped &/],
    ["a stray >", "a > b", /stray/],
  ])("returns a problem for %s", (_, text, problem) => {
    expect(mrkdwnProblems(text, "t", { allowedLinks: [] }).join("\n")).toMatch(problem);
  });

  it("returns no problem for escaped text and an allowed link", () => {
    expect(mrkdwnProblems("&lt;!channel&gt; <https://x.vn/a?b=1&amp;c=2|bài>", "t", { allowedLinks: ["https://x.vn/a?b=1&c=2"] })).toEqual([]);
  });

  it.each([
    ["51 blocks", { text: "x", blocks: Array.from({ length: 51 }, () => section("x")) }, /51 > 50/],
    ["a 3001-character section", { text: "x", blocks: [section("x".repeat(3001))] }, /3001 > 3000/],
    ["an empty section", { text: "x", blocks: [section("")] }, /empty text/],
    ["mrkdwn without verbatim", { text: "x", blocks: [section("x", false)] }, /verbatim/],
    ["a missing fallback", { blocks: [section("x")] }, /fallback/],
    ["a long header", { text: "x", blocks: [{ type: "header", text: { type: "plain_text", text: "x".repeat(151) } }] }, /151 > 150/],
    [
      "duplicate action ids",
      { text: "x", blocks: [{ type: "actions", elements: [1, 2].map(() => ({ type: "button", text: { type: "plain_text", text: "a" }, action_id: "a" })) }] },
      /duplicate action_id/,
    ],
    ["a long button label", { text: "x", blocks: [{ type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "x".repeat(76) }, action_id: "a" }] }] }, /76 > 75/],
  ])("returns a problem for %s", (_, message, problem) => {
    expect(blockKitProblems(message).join("\n")).toMatch(problem);
  });
});
