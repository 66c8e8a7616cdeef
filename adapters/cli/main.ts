import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { backupStore, createLogger, formatDay, loadConfig, loadCore, systemClock, type Core } from "../../src/index.ts";
import { exportFeeds, importFeeds } from "./feeds.ts";
import { renderConsole } from "../console/render.ts";
import { runCommand } from "../process/run-command.ts";
import { articleJson, askJson } from "./json.ts";

const USAGE = `Cách dùng:
  diemtin ask "<lệnh>" [--json] [--limit N] [--seeds DIR]…   một lệnh (không có lệnh: mỗi dòng stdin một lệnh)
  diemtin articles [--json] [--seeds DIR]…                  mọi bài trong kho tin
  diemtin backup <tệp>                                      sao lưu kho SQLite trong DATA_DIR (kể cả khi bot đang chạy)
  diemtin feeds export                                      danh sách nguồn tin dạng OPML (ra stdout)
  diemtin feeds import <tệp.opml>                           thêm các nguồn tin trong một tệp OPML`;

function fail(message: string): never {
  process.stderr.write(`diemtin: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function write(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function ask(core: Core, texts: string[], json: boolean, limit: number): Promise<void> {
  const answer = async (input: string) => {
    const reply = await core.ask(input, { pageSize: limit });
    write(json ? JSON.stringify(askJson(core, input, reply)) : `${renderConsole(reply)}\n`);
  };
  if (texts.length > 0) {
    await answer(texts.join(" "));
    return;
  }
  for await (const line of createInterface({ input: process.stdin })) if (line.trim()) await answer(line);
}

function listArticles(core: Core, json: boolean): void {
  for (const article of core.articles) {
    write(json ? JSON.stringify(articleJson(article)) : `[${article.handle}] ${formatDay(article.date)} · ${article.title}`);
  }
}

/** The stable command-line interface: `ask`, `articles`, `backup` and `feeds`. */
async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        limit: { type: "string" },
        seeds: { type: "string", multiple: true, default: [] },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const [verb, ...rest] = parsed.positionals;
  if (parsed.values.help || !verb) {
    write(USAGE);
    return;
  }
  const limit = parsed.values.limit === undefined ? 5 : Number(parsed.values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) fail("--limit: expected a whole number from 1 to 50");
  if (verb !== "ask" && verb !== "articles" && verb !== "backup" && verb !== "feeds") fail(`unknown verb "${verb}"`);
  const config = loadConfig({ extraDirs: parsed.values.seeds });
  if (verb === "feeds") {
    const [action, file, ...extra] = rest;
    if (action === "export" && file === undefined) process.stdout.write(exportFeeds(config));
    else if (action === "import" && file !== undefined && extra.length === 0) write(importFeeds(config, file));
    else fail("feeds: expected `feeds export` or `feeds import <file>`");
    return;
  }
  if (verb === "backup") {
    if (rest.length !== 1) fail("backup: expected one target file");
    const result = backupStore(config.dataDir, rest[0] as string);
    write(`${result.source} → ${result.target} (${result.bytes} bytes)`);
    return;
  }
  const logger = createLogger({ level: config.logLevel === "info" ? "warn" : config.logLevel });
  const core = loadCore({ corpusDirs: config.corpusDirs, snapshotDir: config.snapshot ? config.dataDir : null, logger, clock: systemClock });
  if (verb === "ask") await ask(core, rest, parsed.values.json, limit);
  else listArticles(core, parsed.values.json);
}

runCommand("diemtin", main, USAGE);
