import { describe, expect, it } from "vitest";
import { createLiveCore } from "../../live/live-core.ts";
import { readOpmlFeeds } from "../../../src/live/opml.ts";
import { openDatabase } from "../../../src/store/index.ts";
import { createFixedClock } from "../../../src/util/clock.ts";
import { createSilentLogger } from "../../../src/util/logger.ts";
import { SEEDS_DIR } from "../../fixtures/seeds.ts";
import { blockKitProblems, messageTexts } from "./block-kit-validator.ts";
import { startSlackHarness } from "./harness.ts";
import { TEST_SIGNING_SECRET, postSigned, slashCommandBody } from "./signed-request.ts";

describe("/nguon xuat on Slack", () => {
  it("returns the feed list as an OPML snippet in the private answer, for admins only", async () => {
    const logger = createSilentLogger();
    const clock = createFixedClock("2026-02-01T00:00:00Z");
    const db = openDatabase(":memory:", logger);
    const config = { corpusDirs: [SEEDS_DIR], live: { watch: false, feeds: ["https://example.vn/rss/a.rss?x=1&y=2"], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false }, adminIds: ["slack:U0USER"] };
    const { core, live } = createLiveCore({ db, config, logger, clock, options: { poll: { intervalMs: 3_600_000 } } });
    await live.start();
    await live.stop();
    live.feeds.add("https://baolangson.vn/rss.xml", "Lạng Sơn <tin>");
    const h = await startSlackHarness(core);
    try {
      const ask = async (name: string, userId: string) => {
        await postSigned(h.url, TEST_SIGNING_SECRET, slashCommandBody({ command: "/nguon", text: "xuat", responseUrl: h.stub.responseUrl(name), userId }));
        const [response] = await h.stub.waitForResponses(name, 1);
        return response?.body ?? {};
      };
      const answer = await ask("opml", "U0USER");
      expect(answer.response_type).toBe("ephemeral");
      expect(blockKitProblems(answer)).toEqual([]);
      const texts = messageTexts(answer);
      expect(texts).toContain("*diemtin-nguon.opml*");
      const snippet = texts.filter((text) => text.startsWith("```")).map((text) => text.slice(3, -3)).join("\n");
      const xml = snippet.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
      expect(readOpmlFeeds(xml).feeds).toEqual(live.feeds.list().map((feed) => ({ url: feed.url, label: feed.label })));
      expect(messageTexts(await ask("opml-stranger", "U0OTHER"))[0]).toBe("Lệnh này chỉ dành cho quản trị viên.");
    } finally {
      await h.close();
      db.close();
    }
  });
});
