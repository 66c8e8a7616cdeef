import { describe, expect, it } from "vitest";
import { decodeSlackText, escapeMrkdwn, isLinkTarget, splitSpans, spansToMrkdwn } from "../../../adapters/slack/mrkdwn.ts";
import type { Span } from "../../../src/index.ts";
import { mrkdwnProblems } from "./block-kit-validator.ts";

describe("escapeMrkdwn", () => {
  it.each([
    ["<!channel>", "&lt;!channel&gt;"],
    ["<@U123>", "&lt;@U123&gt;"],
    ["<http://x|y>", "&lt;http://x|y&gt;"],
    ["a & b", "a &amp; b"],
    ["&amp;", "&amp;amp;"],
  ])("returns %j escaped as %j", (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });
});

describe("decodeSlackText", () => {
  it("returns the text Slack encoded, decoded once", () => {
    expect(decodeSlackText("a &amp;lt; &lt;b&gt; &amp; c")).toBe("a &lt; <b> & c");
  });
});

describe("isLinkTarget", () => {
  it.each([
    ["https://dantri.com.vn/a.htm", true],
    ["http://x.vn", true],
    ["javascript:alert(1)", false],
    ["https://x.vn/a b", false],
    ["not a url", false],
  ])("returns for %j: %s", (href, expected) => {
    expect(isLinkTarget(href)).toBe(expected);
  });
});

describe("spansToMrkdwn", () => {
  it("returns marks as Slack emphasis and hrefs as links", () => {
    const spans: Span[] = [{ text: "Tiêu đề", mark: "strong", href: "https://x.vn/a?b=1&c=2" }, { text: " · " }, { text: "28/1", mark: "muted" }, { text: " /tinh", mark: "code" }];
    expect(spansToMrkdwn(spans)).toBe("*<https://x.vn/a?b=1&amp;c=2|Tiêu đề>* · _28/1_ `/tinh`");
  });

  it("returns a zero-width space before a marker glued to a letter", () => {
    expect(spansToMrkdwn([{ text: "Hà" }, { text: "Nội", mark: "match" }, { text: "!" }])).toBe("Hà\u200b*Nội*!");
  });

  it("returns a span plain when its text holds its own marker", () => {
    expect(spansToMrkdwn([{ text: "a*b", mark: "strong" }])).toBe("a*b");
  });

  it("returns a non-http href as plain text, never a link", () => {
    const out = spansToMrkdwn([{ text: "bấm", href: "javascript:alert(1)" }]);
    expect(out).toBe("bấm");
  });

  it("returns a pipe in a link target percent-encoded", () => {
    expect(spansToMrkdwn([{ text: "x", href: "https://x.vn/a|b" }])).toBe("<https://x.vn/a%7Cb|x>");
  });
});

describe("splitSpans", () => {
  const words = (count: number) => Array.from({ length: count }, (_, index) => `từ${index}`).join(" ");

  it("returns one run when the text fits", () => {
    expect(splitSpans([{ text: "  xin chào  " }], 100)).toEqual([[{ text: "xin chào", href: undefined }]]);
  });

  it("returns runs within the limit, split between words, losing no word", () => {
    const text = words(500);
    const runs = splitSpans([{ text, mark: "match" }, { text: " & <b>" }], 300);
    expect(runs.length).toBeGreaterThan(1);
    for (const run of runs) expect(spansToMrkdwn(run).length).toBeLessThanOrEqual(300);
    const joined = runs.map((run) => run.map((span) => span.text).join("")).join(" ");
    expect(joined.split(/\s+/)).toEqual(`${text} & <b>`.split(/\s+/));
  });

  it("returns an overlong single word cut between graphemes, never inside an entity or pair", () => {
    const word = "&😀e\u0301".repeat(400);
    const runs = splitSpans([{ text: word }], 100);
    for (const run of runs) {
      const out = spansToMrkdwn(run);
      expect(out.length).toBeLessThanOrEqual(100);
      expect(mrkdwnProblems(out, "run")).toEqual([]);
      expect(out).not.toMatch(/^\u0301|[\ud800-\udbff]$/);
    }
    expect(runs.map((run) => run[0]?.text).join("")).toBe(word);
  });

  it("returns no run for whitespace only", () => {
    expect(splitSpans([{ text: " \n " }], 100)).toEqual([]);
  });
});
