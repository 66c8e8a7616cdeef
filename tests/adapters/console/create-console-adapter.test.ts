import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { createFixedClock, createSilentLogger, loadCore, type Core } from "../../../src/index.ts";
import { createConsoleAdapter } from "../../../adapters/console/create-console-adapter.ts";
import { SEEDS_DIR } from "../../fixtures/seeds.ts";

let core: Core;

beforeAll(() => {
  core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
});

async function converse(input: string): Promise<string> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let output = "";
  stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const done = createConsoleAdapter(core, { input: stdin, output: stdout, interactive: false }, createSilentLogger()).run();
  stdin.end(input);
  await done;
  return output;
}

describe("console adapter", () => {
  it("returns one answer per line, in order, for piped input", async () => {
    const output = await converse("/tinh Quảng Ninh\n/moi 1\n");
    expect(output.indexOf("== Quảng Ninh ==")).toBeGreaterThanOrEqual(0);
    expect(output.indexOf("== Tin mới nhất ==")).toBeGreaterThan(output.indexOf("== Quảng Ninh =="));
  });

  it("returns the next and previous pages when the user types n and p", async () => {
    const output = await converse("/moi\n");
    expect(output).not.toContain("Trang 2/");
    const paged = await converse("/bai 1\nn\np\n");
    const pages = [...paged.matchAll(/Trang (\d)\/\d/g)].map((match) => match[1]);
    expect(pages).toEqual(["1", "2", "1"]);
  });

  it("returns a note instead of a search when n or p is typed with no list open", async () => {
    const output = await converse("n\np\n/moi 2\nn\n");
    expect(output.match(/Chưa có danh sách nào đang mở/g)).toHaveLength(2);
    expect(output).toContain("Danh sách này chỉ có một trang.");
    expect(output).not.toContain("Không tìm thấy");
  });

  it("returns 'trang cuối' on the last page and a note, not silence, for n past it", async () => {
    const first = await converse("/bai 1\n");
    const pages = Number(/Trang 1\/(\d+)/.exec(first)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const output = await converse(`/bai 1\n${"n\n".repeat(pages)}p\n`);
    expect(output).toContain(`Trang ${pages}/${pages} · trang cuối.`);
    expect(output).toContain("Đây đã là trang cuối.");
    const shown = [...output.matchAll(/Trang (\d+)\//g)].map((match) => Number(match[1]));
    expect(shown).toEqual([...Array.from({ length: pages }, (_, index) => index + 1), pages - 1]);
  });

  it("lets the local operator use /nguon with ADMIN_IDS empty", async () => {
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    const dataDir = mkdtempSync(join(tmpdir(), "diemtin-console-"));
    try {
      const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
        const child = execFile(
          process.execPath,
          ["--import", "tsx", "adapters/main.ts"],
          { cwd: root, env: { ...process.env, DATA_DIR: dataDir, INDEX_SNAPSHOT: "false", CORPUS_WATCH: "false", LOG_LEVEL: "silent", ADMIN_IDS: "", FEEDS: "", FEEDS_FILE: "", TELEGRAM_BOT_TOKEN: "", SLACK_BOT_TOKEN: "" } },
          (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
        );
        child.stdin?.end("/nguon\n");
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Chưa có nguồn nào.");
      expect(result.stdout).not.toContain("chỉ dành cho quản trị viên");
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("stops reading at /thoat", async () => {
    const output = await converse("/thoat\n/tinh Quảng Ninh\n");
    expect(output).toBe("");
  });

  it("runs as `npm start` with piped stdin and exits 0", async () => {
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ["--import", "tsx", "adapters/main.ts"],
        { cwd: root, env: { ...process.env, INDEX_SNAPSHOT: "false", LOG_LEVEL: "silent", TELEGRAM_BOT_TOKEN: "", SLACK_BOT_TOKEN: "" } },
        (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
      );
      child.stdin?.end("/tinh hạ long\n");
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Hạ Long → Quảng Ninh");
  });
});
