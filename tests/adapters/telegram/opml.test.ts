import { afterEach, describe, expect, it } from "vitest";
import { readOpmlFeeds } from "../../../src/live/opml.ts";
import { createLiveCore } from "../../live/live-core.ts";
import { openDatabase } from "../../../src/store/index.ts";
import { createFixedClock } from "../../../src/util/clock.ts";
import { createSilentLogger } from "../../../src/util/logger.ts";
import { SEEDS_DIR } from "../../fixtures/seeds.ts";
import { startTelegramHarness, type TelegramHarness } from "./harness.ts";
import { documentMessage, textMessage, USER } from "./updates.ts";

const clock = createFixedClock("2026-02-01T00:00:00Z");
const STRANGER = 7;
const OPML = `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>Trình đọc</title></head><body>
  <outline text="Tin tỉnh">
    <outline text="Báo Quảng Ninh" type="rss" xmlUrl="https://baoquangninh.vn/rss/thoi-su.rss"/>
    <outline text="Lạng Sơn" type="rss" xmlUrl="https://baolangson.vn/rss.xml"/>
  </outline>
  <outline text="Ví dụ" type="rss" xmlUrl="https://example.vn/rss/a.rss"/>
</body></opml>`;

let running: TelegramHarness | null = null;

afterEach(async () => {
  await running?.stop();
  running = null;
});

async function start() {
  const logger = createSilentLogger();
  const db = openDatabase(":memory:", logger);
  const config = { corpusDirs: [SEEDS_DIR], live: { watch: false, feeds: ["https://example.vn/rss/a.rss"], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false }, adminIds: [`telegram:${USER.id}`] };
  const { core, live } = createLiveCore({ db, config, logger, clock, options: { poll: { intervalMs: 3_600_000 } } });
  // NOTE: stopping right after start() cancels the first poll, so nothing leaves the machine.
  await live.start();
  await live.stop();
  running = await startTelegramHarness(core);
  return { h: running, live };
}

async function nextText(h: TelegramHarness, push: () => void): Promise<string> {
  const before = h.fake.callsOf("sendMessage").length;
  push();
  const calls = await h.fake.waitForCalls("sendMessage", before + 1);
  return String(calls[before]?.payload.text ?? "");
}

describe("OPML on Telegram (fake Bot API)", () => {
  it("imports the feeds of an .opml document an admin sends, downloaded through the file endpoint", async () => {
    const { h, live } = await start();
    h.fake.addFile("opml-1", "nguon.opml", OPML);
    const text = await nextText(h, () => h.fake.pushUpdate(documentMessage({ fileId: "opml-1", name: "nguon.opml", size: Buffer.byteLength(OPML) })));
    expect(text).toBe("Đã nhập 2 nguồn mới từ tệp OPML; 1 nguồn đã có. Bot sẽ lấy tin ngay.");
    expect(h.fake.callsOf("getFile").map((call) => call.payload.file_id)).toEqual(["opml-1"]);
    expect(live.feeds.list().map((feed) => [feed.url, feed.label])).toEqual([
      ["https://example.vn/rss/a.rss", null],
      ["https://baoquangninh.vn/rss/thoi-su.rss", "Báo Quảng Ninh"],
      ["https://baolangson.vn/rss.xml", "Lạng Sơn"],
    ]);
  });

  it("refuses the import to a user not in ADMIN_IDS and adds nothing", async () => {
    const { h, live } = await start();
    h.fake.addFile("opml-2", "nguon.opml", OPML);
    const text = await nextText(h, () => h.fake.pushUpdate(documentMessage({ fileId: "opml-2", name: "nguon.opml", size: 300 }, { chatId: STRANGER, userId: STRANGER })));
    expect(text).toBe("Lệnh này chỉ dành cho quản trị viên.");
    expect(live.feeds.list()).toHaveLength(1);
  });

  it.each([
    ["a document that is not OPML", { fileId: "pdf", name: "baocao.pdf", size: 10 }, /chỉ nhận tệp OPML/],
    ["an OPML file over 1 MB", { fileId: "big", name: "lon.opml", size: 2 * 1024 * 1024 }, /Tệp quá lớn/],
    ["an OPML file whose text is no OPML", { fileId: "html", name: "trang.opml", size: 40 }, /không phải OPML/],
  ])("answers %s in one line and downloads nothing it should not", async (_name, document, message) => {
    const { h, live } = await start();
    h.fake.addFile("html", "trang.opml", "<html><body>không phải</body></html>");
    expect(await nextText(h, () => h.fake.pushUpdate(documentMessage(document)))).toMatch(message);
    if (document.fileId !== "html") expect(h.fake.callsOf("getFile")).toEqual([]);
    expect(live.feeds.list()).toHaveLength(1);
  });

  it("returns /nguon xuat as an .opml document listing every feed", async () => {
    const { h, live } = await start();
    live.feeds.add("https://baolangson.vn/rss.xml", "Lạng Sơn");
    await nextText(h, () => h.fake.pushUpdate(textMessage("/nguon xuat")));
    const [call] = await h.fake.waitForCalls("sendDocument", 1);
    expect(call?.payload.chat_id).toBe(USER.id);
    const document = call?.payload.document as { name: string; text: string };
    expect(document.name).toBe("diemtin-nguon.opml");
    expect(readOpmlFeeds(document.text).feeds).toEqual(live.feeds.list().map((feed) => ({ url: feed.url, label: feed.label })));
  });
});
