import { beforeAll, describe, expect, it } from "vitest";
import { fallbackText, renderNotice, renderReply, renderReplyMessages } from "../../../adapters/slack/render.ts";
import { createFixedClock, createSilentLogger, loadCore, type Block, type Core, type Reply } from "../../../src/index.ts";
import { replyLinks } from "../../fixtures/reply-links.ts";
import { SEEDS_DIR } from "../../fixtures/seeds.ts";
import { blockKitProblems, messageTexts } from "./block-kit-validator.ts";

let core: Core;

beforeAll(() => {
  core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
});


const HOSTILE = [
  "<!channel>",
  "<!here|here>",
  "<@U123>",
  "<#C123|general>",
  "<http://x|y>",
  "<https://evil.example/login|Đăng nhập>",
  "&",
  "&amp;lt;!channel&amp;gt;",
  "*bold* _nghiêng_ ~gạch~ `mã`",
  "x".repeat(10_000),
  "lời ".repeat(2_500),
  "🇻🇳👨‍👩‍👧 tin 😀 Quảng Ninh",
  "Quảng Ninh".normalize("NFD"),
  "@channel @here #general http://evil.example/a",
  "> trích\n>>> dẫn",
  "\u202etxet ngược\u0000\u200b",
];
const COMMANDS = ["", "/tim ", "/tinh ", "/nguoi ", "/vanban ", "/bai ", "/moi ", "/khongco "];

describe("renderReply on hostile input", () => {
  it("returns valid Block Kit within the limits, with no mention or link the user typed, for every input and command", async () => {
    let checked = 0;
    for (const input of HOSTILE) {
      for (const prefix of COMMANDS) {
        const reply = await core.ask(prefix + input);
        for (const message of [renderReply(reply, { shareId: "abcdefgh12345678", note: input }), ...renderReplyMessages(reply)]) {
          expect(blockKitProblems(message, { allowedLinks: replyLinks(reply) }), `${prefix}${input.slice(0, 40)}`).toEqual([]);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(HOSTILE.length * COMMANDS.length * 2);
  });

  it("returns the user's text escaped where the core echoes it", async () => {
    const reply = await core.ask("/tim <!channel> & <@U123>");
    const texts = messageTexts(renderReply(reply)).join("\n");
    expect(texts).toContain("&lt;!channel&gt; &amp; &lt;@U123&gt;");
    expect(renderReply(reply).text).toContain("&lt;!channel&gt;");
  });

  it("returns a notice of 10,000 characters split into sections at word boundaries", () => {
    const text = "lời ".repeat(2_500).trim();
    const message = renderNotice(text);
    expect(blockKitProblems(message)).toEqual([]);
    expect(message.blocks.length).toBeGreaterThan(3);
    const sections = messageTexts(message);
    for (const section of sections) expect(section).toMatch(/^lời( lời)*$/);
    expect(sections.join(" ").split(" ")).toHaveLength(2_500);
  });
});

describe("renderReply", () => {
  it("returns a header, one section per card with a Đọc button carrying the handle, and the share button", async () => {
    const reply = await core.ask("/moi");
    const message = renderReply(reply, { shareId: "abcdefgh12345678" });
    expect(message.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "Tin mới nhất", emoji: true } });
    const cards = reply.blocks.filter((block) => block.kind === "article");
    const accessories = message.blocks.flatMap((block) => (block.type === "section" && block.accessory ? [block.accessory] : []));
    expect(accessories.map((button) => (button as { value?: string }).value)).toEqual(cards.map((card) => String(card.handle)));
    const last = message.blocks[message.blocks.length - 1];
    expect(last).toMatchObject({ type: "actions", elements: [{ action_id: "diemtin_share", value: "abcdefgh12345678" }] });
  });

  it("returns each card's Vietnamese date label and its link", async () => {
    const reply = await core.ask("/moi");
    const texts = messageTexts(renderReply(reply)).join("\n");
    for (const block of reply.blocks) {
      if (block.kind !== "article") continue;
      expect(texts).toContain(block.dateLabel);
      if (block.url) expect(texts).toContain(`<${block.url.replace(/&/g, "&amp;")}|`);
    }
  });

  it("returns paging buttons carrying the pager's tokens and the page line", async () => {
    const reply = await core.ask("/bai 1");
    const pager = reply.blocks.find((block) => block.kind === "pager");
    expect(pager).toBeDefined();
    const message = renderReply(reply);
    const actions = message.blocks.find((block) => block.type === "actions");
    expect(actions).toMatchObject({ elements: [{ action_id: "diemtin_page_next", value: pager?.kind === "pager" ? pager.next : "" }] });
    expect(messageTexts(message)).toContain("Trang 1/2");
  });

  it("returns at most 50 blocks with a note when the reply is longer, and every block over several messages", () => {
    const blocks: Block[] = Array.from({ length: 80 }, (_, index) => ({ kind: "paragraph", spans: [{ text: `Đoạn ${index}` }] }));
    const reply: Reply = { command: "test", ok: true, blocks, total: 0, results: [] };
    const one = renderReply(reply, { shareId: "abcdefgh12345678" });
    expect(one.blocks).toHaveLength(50);
    expect(blockKitProblems(one)).toEqual([]);
    expect(messageTexts(one).join("\n")).toContain("rút gọn");
    const many = renderReplyMessages(reply);
    expect(many.map((message) => message.blocks.length)).toEqual([50, 30]);
    expect(many.flatMap((message) => messageTexts(message))).toEqual(blocks.map((_, index) => `Đoạn ${index}`));
  });

  it("returns a long heading as a bold section instead of a cut header", () => {
    const title = "Tiêu đề ".repeat(30).trim();
    const message = renderReply({ command: "test", ok: true, blocks: [{ kind: "heading", text: title }], total: 0, results: [] });
    expect(message.blocks).toEqual([{ type: "section", text: { type: "mrkdwn", text: `*${title}*`, verbatim: true } }]);
  });
});

describe("fallbackText", () => {
  it("returns escaped plain text cut at a word under the limit", () => {
    const text = fallbackText([{ kind: "paragraph", spans: [{ text: "a&b ".repeat(2_000) }] }]);
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text.endsWith("a&amp;b…")).toBe(true);
  });
});
