import { spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import MiniSearch from "minisearch";
import { createCore, createFixedClock, createSilentLogger, type Article } from "../../src/index.ts";
import { loadArticles } from "../../src/corpus/load-articles.ts";
import { writeArticleFiles } from "../article-files.ts";
import { createRandom, type Random } from "../prng.ts";
import { upperLimitTarget, type BenchRow, type BenchSuite, type SuiteResult } from "../suite.ts";
import { learnSyllableModel } from "../syllable-model.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MODEL_DIRS = [join(ROOT, "seeds"), join(ROOT, "../shared/corpus/dantri-unc")];
// NOTE: a start that has not answered by then is reported as failed, not waited on forever.
const START_DEADLINE_MS = 30 * 60_000;
const QUERY_COUNT = 200;

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** What one `npm start` run measured. */
interface StartRun {
  readonly firstAnswerSeconds: number | null;
  readonly peakMB: number | null;
  readonly steadyMB: number | null;
}

function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // NOTE: the process ended while the list was read.
    }
  }
  return out;
}

/** The largest VmHWM and VmRSS (MB) among a process and its descendants (npm → sh → tsx → node). */
function memoryOf(root: number): { peak: number; resident: number } {
  let peak = 0;
  let resident = 0;
  const pending = [root];
  for (let guard = 0; pending.length > 0 && guard < 64; guard++) {
    const pid = pending.pop() as number;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      resident = Math.max(resident, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    } catch {
      continue;
    }
    pending.push(...children(pid));
  }
  return { peak: Math.round(peak), resident: Math.round(resident) };
}

// NOTE: steady memory is read once the start's background work (the file check, the event
// grouping) is done, as logged, or after this long.
const SETTLE_DEADLINE_MS = 10 * 60_000;
const SETTLE_AFTER_MS = 3000;
const GROUPING_READY = '"msg":"events: grouping ready"';

/**
 * Runs `npm start` (console, piped) over the corpus folder, sends one /tim and measures the
 * time to the first byte of its answer, then the bot's peak RSS and its steady RSS once the
 * event grouping is built (a few seconds after its log line).
 */
function startOnce(corpus: string, data: string, query: string): Promise<StartRun> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn("npm", ["start", "--silent"], {
      cwd: ROOT,
      env: { ...process.env, SEEDS_DIR: corpus, DATA_DIR: data, CORPUS_WATCH: "false", LOG_LEVEL: "info", TELEGRAM_BOT_TOKEN: "", SLACK_BOT_TOKEN: "" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let first: number | null = null;
    let grouped = false;
    let settle: NodeJS.Timeout | null = null;
    let done = false;
    const finish = (run: StartRun) => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      if (settle) clearTimeout(settle);
      child.stdin.end();
      resolve(run);
    };
    const deadline = setTimeout(() => {
      child.kill("SIGKILL");
      finish({ firstAnswerSeconds: null, peakMB: null, steadyMB: null });
    }, START_DEADLINE_MS);
    const measure = () => {
      const memory = memoryOf(child.pid as number);
      finish({ firstAnswerSeconds: first, peakMB: memory.peak, steadyMB: memory.resident });
    };
    const settleIn = (ms: number) => {
      if (settle) clearTimeout(settle);
      settle = setTimeout(measure, ms);
    };
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => {
      if (grouped) return;
      errors = (errors + chunk.toString("utf8")).slice(-4096);
      if (!errors.includes(GROUPING_READY)) return;
      grouped = true;
      if (first !== null) settleIn(SETTLE_AFTER_MS);
    });
    child.stdout.on("data", () => {
      if (first !== null) return;
      first = round((performance.now() - started) / 1000);
      settleIn(grouped ? SETTLE_AFTER_MS : SETTLE_DEADLINE_MS);
    });
    child.on("exit", () => finish({ firstAnswerSeconds: first, peakMB: null, steadyMB: null }));
    child.stdin.write(`/tim ${query}\n`);
  });
}

function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
  return { p50: round(at(0.5)), p99: round(at(0.99)) };
}

async function timed(queries: readonly string[], run: (query: string) => unknown): Promise<{ p50: number; p99: number }> {
  for (const query of queries.slice(0, 20)) await run(query);
  const samples: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    await run(query);
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

/** Real-length queries from the articles: 4–6 consecutive syllables, or 3–4 body syllables out of order, half unaccented. */
function makeQueries(articles: readonly Article[], random: Random): string[] {
  const queries: string[] = [];
  for (let i = 0; i < QUERY_COUNT; i++) {
    const article = random.pick(articles);
    const words = (random.pick(article.paragraphs) ?? article.title).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
    if (words.length < 6) continue;
    let query: string;
    if (i % 2 === 0) {
      const size = random.int(4, 6);
      const start = random.int(0, words.length - size);
      query = words.slice(start, start + size).join(" ");
    } else {
      query = Array.from({ length: random.int(3, 4) }, () => random.pick(words)).join(" ");
    }
    queries.push(i % 4 < 2 ? query : query.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D"));
  }
  return queries;
}

/**
 * Start-up, memory and /tim latency at 100,000 synthetic article files (quick: 10,000):
 * `npm start` cold (empty DATA_DIR), warm and after one file changed; the bot's peak and
 * steady RSS; /tim p50/p99 in-process over real-length queries, beside MiniSearch defaults.
 */
export const scaleSuite: BenchSuite = {
  name: "scale",
  description: "npm start over article files (cold, warm, one file changed), RSS, /tim latency vs MiniSearch defaults",
  async run({ quick, log }): Promise<SuiteResult> {
    const size = quick ? 10_000 : 100_000;
    const root = mkdtempSync(join(tmpdir(), "diemtin-scale-"));
    try {
      const corpus = join(root, "corpus");
      const data = join(root, "data");
      const model = learnSyllableModel(MODEL_DIRS);
      const random = createRandom(20261202);
      const written = performance.now();
      const paths = writeArticleFiles(corpus, size, model, random);
      log(`${size} files written in ${round((performance.now() - written) / 1000)} s`);
      const query = "phát triển kinh tế xã hội";
      const cold = await startOnce(corpus, data, query);
      log(`cold: ${JSON.stringify(cold)}`);
      const warm = await startOnce(corpus, data, query);
      log(`warm: ${JSON.stringify(warm)}`);
      appendFileSync(paths[0] as string, "Đoạn thêm vào sau khi bài được sửa.\n");
      const changed = await startOnce(corpus, data, query);
      log(`one file changed: ${JSON.stringify(changed)}`);

      const articles = loadArticles([corpus], createSilentLogger());
      const queries = makeQueries(articles, createRandom(7));
      let core: ReturnType<typeof createCore> | null = createCore({ articles, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
      const tim = await timed(queries, (text) => core?.ask(`/tim ${text}`));
      core = null;
      log(`/tim ${JSON.stringify(tim)}`);
      const mini = new MiniSearch({ fields: ["title", "lead", "body"] });
      const built = performance.now();
      for (const article of articles) mini.add({ id: article.id, title: article.title, lead: article.lead, body: article.paragraphs.join("\n") });
      const miniBuild = round((performance.now() - built) / 1000);
      const baseline = await timed(queries, (text) => mini.search(text));
      log(`MiniSearch default: build ${miniBuild} s, search ${JSON.stringify(baseline)}`);

      const rows: BenchRow[] = [
        {
          label: `${size} diemtin`,
          figures: {
            "cold s": cold.firstAnswerSeconds,
            "warm s": warm.firstAnswerSeconds,
            "1 changed s": changed.firstAnswerSeconds,
            "peak RSS MB": Math.max(cold.peakMB ?? 0, warm.peakMB ?? 0, changed.peakMB ?? 0) || null,
            "steady RSS MB": Math.max(cold.steadyMB ?? 0, warm.steadyMB ?? 0, changed.steadyMB ?? 0) || null,
            "/tim p50 ms": tim.p50,
            "/tim p99 ms": tim.p99,
          },
        },
        { label: `${size} MiniSearch default`, figures: { "build s": miniBuild, "search p50 ms": baseline.p50, "search p99 ms": baseline.p99 } },
      ];
      const ours = rows[0]?.figures ?? {};
      const at = quick ? "10k (quick run; targets are for 100k)" : "100k";
      const target = upperLimitTarget(ours, at);
      return {
        rows,
        targets: [
          target("warm start s", "warm s", 5),
          target("cold start s", "cold s", 90),
          target("peak RSS MB", "peak RSS MB", 1500),
          target("steady RSS MB", "steady RSS MB", 1000),
          target("/tim p99 ms", "/tim p99 ms", 30),
          { name: "/tim p99 ≤ 0.1 × MiniSearch default p99", met: tim.p99 <= 0.1 * baseline.p99, value: round(tim.p99 / Math.max(0.001, baseline.p99)) },
        ],
      };
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};
