import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLI = join(ROOT, "adapters/cli/main.ts");

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", CLI, ...args],
      { cwd: ROOT, env: { ...process.env, INDEX_SNAPSHOT: "false", LOG_LEVEL: "warn", ...options.env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(options.input ?? "");
  });
}

function lines(stdout: string): Record<string, unknown>[] {
  return stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("diemtin ask --json", () => {
  it("returns one JSON object with the documented fields for one command", async () => {
    const run = await cli(["ask", "/tinh bac giang", "--json"]);
    expect(run.code).toBe(0);
    const [answer] = lines(run.stdout);
    expect(Object.keys(answer ?? {})).toEqual(["input", "command", "ok", "total", "articles", "text"]);
    expect(answer).toMatchObject({ input: "/tinh bac giang", command: "tinh", ok: true, total: 1 });
    const [article] = answer?.articles as Record<string, unknown>[];
    expect(Object.keys(article ?? {})).toEqual(["id", "title", "date", "source", "provinces", "score"]);
    expect(article).toMatchObject({ id: "004_bf77c165b1ddf6b4", date: null, source: "Mặt trận" });
    expect((article?.provinces as string[])[0]).toBe("Lạng Sơn");
    expect(answer?.text).toContain("Bắc Giang: từ 1/7/2025 thuộc tỉnh Bắc Ninh");
  });

  it("returns one line per stdin command, honouring --limit", async () => {
    const run = await cli(["ask", "--json", "--limit", "2"], { input: "/moi\n\n/tim GRDP\n/tinh xyz\n" });
    expect(run.code).toBe(0);
    const answers = lines(run.stdout);
    expect(answers.map((answer) => answer.command)).toEqual(["moi", "tim", "tinh"]);
    expect((answers[0]?.articles as unknown[]).length).toBe(2);
    expect(answers[2]?.ok).toBe(false);
  });

  it("prints the plain rendering without --json", async () => {
    const run = await cli(["ask", "/vanban", "24-CT/TW"]);
    expect(run.stdout).toContain("== Văn bản 24-CT/TW ==");
  });
});

describe("diemtin articles --json", () => {
  it("returns one object per seed article with the documented fields", async () => {
    const run = await cli(["articles", "--json"]);
    const articles = lines(run.stdout);
    expect(articles).toHaveLength(5);
    expect(Object.keys(articles[0] ?? {})).toEqual(["id", "file", "title", "date", "source", "author", "url", "provinces", "people", "documents", "figures"]);
    const second = articles.find((article) => article.id === "001_bf3dcb981beec8a1");
    expect(second?.provinces).toEqual({ primary: ["Quảng Ninh"], mentioned: ["Hà Nội", "Hải Phòng"] });
    expect(second?.figures).toContainEqual({ indicator: "GRDP", value: 11.89, unit: "%", year: 2025 });
  });

  it("adds the articles of --seeds folders", async () => {
    const dir = mkdtempSync(join(tmpdir(), "diemtin-cli-"));
    writeFileSync(join(dir, "extra.txt"), "title: Bài thêm\ndate: 2026-03-01\n\nTỉnh Lào Cai khánh thành cầu mới.\n");
    const run = await cli(["articles", "--json", "--seeds", dir]);
    const extra = lines(run.stdout).find((article) => article.id === "extra");
    expect(extra).toMatchObject({ title: "Bài thêm", date: "2026-03-01" });
  });
});

describe("exit status", () => {
  it.each([
    [["frobnicate"], 2],
    [["ask", "--limit", "0", "/moi"], 2],
    [["ask", "--bogus"], 2],
  ])("returns 2 on the usage error %j", async (args, code) => {
    const run = await cli(args);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain("Cách dùng");
  });

  it("returns 1 with a message naming the variable on a start-up error", async () => {
    const run = await cli(["ask", "/moi"], { env: { LOG_LEVEL: "loud" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("LOG_LEVEL");
  });
});

describe("diemtin feeds import|export", () => {
  const OPML = `<?xml version="1.0"?><opml version="2.0"><head><title>Đọc báo</title></head><body>
<outline text="Thời sự"><outline text="VnExpress thời sự" type="rss" xmlUrl="https://vnexpress.net/rss/thoi-su.rss"/>
<outline text="Dân trí" type="rss" xmlUrl="https://dantri.com.vn/rss/xa-hoi.rss"/></outline>
<outline text="Hỏng" type="rss" xmlUrl="ftp://x.vn/feed"/></body></opml>`;

  it("returns the feeds of an imported OPML file in the exported OPML, with their labels, and counts each once", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "diemtin-cli-feeds-"));
    const file = join(dataDir, "reader.opml");
    writeFileSync(file, OPML);
    const env = { DATA_DIR: dataDir, FEEDS: "https://example.vn/rss/a.rss" };
    const imported = await cli(["feeds", "import", file], { env });
    expect(imported).toMatchObject({ code: 0, stdout: "added 2, already listed 0, invalid 1, skipped 0\n" });
    expect((await cli(["feeds", "import", file], { env })).stdout).toBe("added 0, already listed 2, invalid 1, skipped 0\n");
    const exported = await cli(["feeds", "export"], { env });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^<\?xml[^>]*>\s*<opml version="2.0">/);
    const outlines = [...exported.stdout.matchAll(/<outline text="([^"]*)" type="rss" xmlUrl="([^"]*)"/g)].map((match) => [match[1], match[2]]);
    expect(outlines).toEqual([
      ["VnExpress thời sự", "https://vnexpress.net/rss/thoi-su.rss"],
      ["Dân trí", "https://dantri.com.vn/rss/xa-hoi.rss"],
      ["https://example.vn/rss/a.rss", "https://example.vn/rss/a.rss"],
    ]);
  });

  it.each([
    ["no file", ["feeds", "import"], 2, /feeds: expected/],
    ["a missing file", ["feeds", "import", "/nonexistent/x.opml"], 2, /feeds import: cannot read/],
    ["a file that is no OPML", ["feeds", "import", fileURLToPath(import.meta.url)], 1, /opml: not an OPML document/],
  ])("returns one line on stderr and its exit status for %s", async (_name, args, code, message) => {
    const run = await cli(args, { env: { DATA_DIR: mkdtempSync(join(tmpdir(), "diemtin-cli-feeds-")) } });
    expect(run.code).toBe(code);
    expect(run.stderr.split("\n")[0]).toMatch(message);
  });
});
