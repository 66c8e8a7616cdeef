import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ParsedArticle } from "../../src/model/article.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";
import { loadCore } from "../../src/app/index.ts";
import type { ArticleInput } from "../../src/corpus/index.ts";

const clock = createFixedClock("2026-02-01T00:00:00Z");
const logger = createSilentLogger();

function parsed(title: string, lead: string): ParsedArticle {
  return { title, hasHeadline: true, date: "2026-01-30", source: "Báo Thử", author: null, url: null, lead, paragraphs: ["Đoạn hai."] };
}

const KITE: ArticleInput = {
  id: "web-kite",
  file: "https://example.vn/kite.html",
  parsed: parsed("Lễ hội diều sáo ở Hưng Yên", "Sáng 30/1, tỉnh Hưng Yên khai mạc lễ hội diều sáo truyền thống."),
};

const ids = (core: ReturnType<typeof loadCore>, query: string) => core.search.search(query).map((hit) => hit.id);

describe("core.update", () => {
  it("returns the added article searchable and in its province when a new one is upserted", () => {
    const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger, clock });
    const [added] = core.update({ upsert: [KITE] });
    expect(added?.handle).toBe(6);
    expect(ids(core, "diều sáo")[0]).toBe("web-kite");
    expect(core.corpus.byProvince("hung-yen").primary.map((article) => article.id)).toContain("web-kite");
    expect(core.articles).toHaveLength(6);
  });

  it("returns the new text in search results when an article is replaced, keeping its handle", () => {
    const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger, clock });
    core.update({ upsert: [KITE] });
    const [replaced] = core.update({ upsert: [{ ...KITE, parsed: parsed("Hội đua thuyền rồng", "Sáng 30/1, hội đua thuyền rồng trên sông.") }] });
    expect(replaced?.handle).toBe(6);
    expect(ids(core, "diều sáo")).not.toContain("web-kite");
    expect(ids(core, "thuyền rồng")[0]).toBe("web-kite");
    expect(core.search.documentCount).toBe(6);
  });

  it("drops an article from search and lookups when it is removed, and tells listeners", () => {
    const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger, clock });
    core.update({ upsert: [KITE] });
    const seen: string[][] = [];
    core.onUpdate((_upserted, removed) => seen.push([...removed]));
    core.update({ remove: ["web-kite", "no-such-id"] });
    expect(ids(core, "diều sáo")).not.toContain("web-kite");
    expect(core.corpus.byId("web-kite")).toBeUndefined();
    expect(core.search.documentCount).toBe(5);
    expect(seen).toEqual([["web-kite"]]);
  });

  it("lists an added article under /tinh asked before the update", async () => {
    const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger, clock });
    const before = await core.ask("/tinh Hưng Yên");
    core.update({ upsert: [KITE] });
    const after = await core.ask("/tinh Hưng Yên");
    expect(before.results.map((result) => result.id)).not.toContain("web-kite");
    expect(after.results.map((result) => result.id)).toContain("web-kite");
  });

  it("returns nothing and calls no listener when the change is empty", () => {
    const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger, clock });
    let calls = 0;
    core.onUpdate(() => calls++);
    expect(core.update({ remove: ["no-such-id"] })).toEqual([]);
    expect(calls).toBe(0);
  });
});

describe("loadCore extraArticles", () => {
  const dir = mkdtempSync(join(tmpdir(), "diemtin-core-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("returns extra articles indexed with the folders, keeping a free persisted handle", () => {
    const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: dir, extraArticles: [{ ...KITE, handle: 40 }], logger, clock });
    expect(core.corpus.byId("web-kite")?.handle).toBe(40);
    expect(ids(core, "diều sáo")[0]).toBe("web-kite");
  });

  it("returns a snapshot-loaded core with the same extra articles on the next start", () => {
    const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: dir, extraArticles: [{ ...KITE, handle: 40 }], logger, clock });
    expect(ids(core, "diều sáo")[0]).toBe("web-kite");
    expect(core.search.documentCount).toBe(6);
  });

  it("gives the next free handle when an extra article's handle is taken, and lets a folder id win", () => {
    const seedId = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger, clock }).articles[0]!.id;
    const core = loadCore({
      corpusDirs: [SEEDS_DIR],
      snapshotDir: null,
      extraArticles: [{ ...KITE, handle: 2 }, { ...KITE, id: seedId }],
      logger,
      clock,
    });
    expect(core.corpus.byId("web-kite")?.handle).toBe(6);
    expect(core.corpus.byId(seedId)?.file).not.toBe(KITE.file);
    expect(core.articles).toHaveLength(6);
  });
});
