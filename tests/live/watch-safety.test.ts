import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadCore, type Core } from "../../src/app/index.ts";
import { readCorpusFiles } from "../../src/corpus/index.ts";
import { createLiveCorpus, type LiveCorpus } from "../../src/live/live-corpus.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { createRecordingLogger } from "../fixtures/seeds.ts";

const clock = createFixedClock("2026-02-01T00:00:00Z");
const WATCH = { stabilityMs: 150, debounceMs: 100, maxWaitMs: 600 };
const TEXT = (title: string): string =>
  `${title}\nSáng 27/1, tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026 với nhiều chỉ tiêu quan trọng.\nĐoạn thứ hai nói về kết quả thu ngân sách và thu hút đầu tư của tỉnh.\n`;

let dir: string;
let corpus: string;
let outside: string;
let live: LiveCorpus | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "diemtin-links-"));
  corpus = join(dir, "corpus");
  outside = join(dir, "ngoai");
  mkdirSync(corpus);
  mkdirSync(outside);
  writeFileSync(join(corpus, "co-san.txt"), TEXT("Bài có sẵn"));
  writeFileSync(join(outside, "mat-khau.txt"), TEXT("Tệp bí mật ngoài kho"));
});

afterEach(async () => {
  await live?.stop();
  live = null;
  // NOTE: rm removes paths over 4,096 characters, which Node's rmSync cannot.
  execFileSync("rm", ["-rf", dir]);
});

function startLive(logger = createSilentLogger(), watch: Partial<typeof WATCH & { readyTimeoutMs: number }> = {}): { core: Core; start: Promise<void> } {
  const core = loadCore({ corpusDirs: [corpus], snapshotDir: null, logger: createSilentLogger(), clock });
  const config = { corpusDirs: [corpus], live: { watch: true, feeds: [], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false }, adminIds: [] };
  live = createLiveCorpus({ corpus: core, store: createFeedStore(openDatabase(":memory:", createSilentLogger()), clock), config, logger, clock, options: { watch: { ...WATCH, ...watch } } });
  return { core, start: live.start() };
}

describe("one symlink policy for the first load and the watcher", () => {
  it("skips links leaving the corpus folder and links to folders on the first load, and reads a link to a file inside", () => {
    symlinkSync(join(outside, "mat-khau.txt"), join(corpus, "lien-ket-ngoai.txt"));
    symlinkSync(outside, join(corpus, "thu-muc-ngoai"));
    symlinkSync(join(corpus, "co-san.txt"), join(corpus, "ban-sao.txt"));
    const logger = createRecordingLogger();
    const files = readCorpusFiles([corpus], logger);
    expect(files.map((file) => file.id).sort()).toEqual(["ban-sao", "co-san"]);
    const reasons = logger.entries.filter((entry) => entry.level === "warn").map((entry) => `${String(entry.obj.file)}: ${String(entry.obj.reason)}`);
    expect(reasons.sort()).toEqual(["corpus/lien-ket-ngoai.txt: link leaves the corpus folder", "corpus/thu-muc-ngoai: link leaves the corpus folder"]);
  });

  it("does not read a link leaving the corpus folder that appears while watching, and reads a plain file added with it", async () => {
    const logger = createRecordingLogger();
    const { core, start } = startLive(logger);
    await start;
    symlinkSync(join(outside, "mat-khau.txt"), join(corpus, "lien-ket-ngoai.txt"));
    symlinkSync(outside, join(corpus, "thu-muc-ngoai"));
    writeFileSync(join(corpus, "bai-moi.txt"), TEXT("Bài mới thêm"));
    await vi.waitFor(() => expect(core.corpus.byId("bai-moi")).toBeDefined(), { timeout: 20_000, interval: 50 });
    await vi.waitFor(
      () => expect(logger.entries.map((entry) => String(entry.obj.reason))).toContain("link leaves the corpus folder"),
      { timeout: 20_000, interval: 50 },
    );
    expect(core.corpus.byId("lien-ket-ngoai")).toBeUndefined();
    expect(core.corpus.byId("mat-khau")).toBeUndefined();
  }, 30_000);
});

describe("start-up with a folder the watcher cannot scan", () => {
  it("returns from start within the deadline, logs the folders as not watched, and keeps serving", async () => {
    // NOTE: a path over 4,096 characters can only be made step by step from inside it.
    const segment = "a".repeat(200);
    execFileSync("bash", ["-c", `cd -P "${corpus}" && for i in $(seq 1 22); do mkdir ${segment} && cd -P ${segment}; done && echo x > tin.txt`]);
    const logger = createRecordingLogger();
    const { core, start } = startLive(logger, { readyTimeoutMs: 1_500 });
    await start;
    const fatal = logger.entries.filter((entry) => entry.level === "error" && /folders not watched/.test(entry.msg ?? ""));
    expect(fatal).toHaveLength(1);
    expect(logger.entries.map((entry) => entry.msg)).toContain("live: started");
    expect((await core.ask("/tim hội nghị tổng kết")).results.map((result) => result.id)).toContain("co-san");
  }, 30_000);
});
