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
