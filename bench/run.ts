import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runCommand } from "../adapters/process/run-command.ts";
import type { BenchRow, SuiteResult } from "./suite.ts";
import { SUITES } from "./suites.ts";

function table(rows: readonly BenchRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row.figures)))];
  const header = ["", ...columns];
  const lines = rows.map((row) => [row.label, ...columns.map((column) => String(row.figures[column] ?? "—"))]);
  const widths = header.map((_, index) => Math.max(...[header, ...lines].map((line) => (line[index] ?? "").length)));
  const format = (line: readonly string[]) => line.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join("  ");
  return [format(header), format(widths.map((width) => "-".repeat(width))), ...lines.map(format)].join("\n");
}

/**
 * `npm run bench [-- --only search,telegram] [--quick]`: runs the suites, prints a table per
 * suite with its targets, writes `bench/results/latest.json`.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: "string" }, quick: { type: "boolean", default: false } } });
  const only = values.only ? new Set(values.only.split(",")) : null;
  const results: Record<string, SuiteResult> = {};
  const log = (line: string) => process.stdout.write(`${line}\n`);
  for (const suite of SUITES) {
    if (only && !only.has(suite.name)) continue;
    log(`\n## ${suite.name}: ${suite.description}\n`);
    const result = await suite.run({ quick: values.quick, log: (line) => process.stderr.write(`  ${line}\n`) });
    results[suite.name] = result;
    log(table(result.rows));
    for (const target of result.targets) log(`${target.met ? "✔" : "✘"} ${target.name} (measured ${target.value ?? "—"})`);
  }
  const dir = fileURLToPath(new URL("./results/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  const report = { at: new Date().toISOString(), node: process.version, quick: values.quick, results };
  writeFileSync(`${dir}latest.json`, `${JSON.stringify(report, null, 2)}\n`);
  log(`\nwrote bench/results/latest.json`);
}

runCommand("bench", main, "usage: npm run bench [-- --only search,telegram] [--quick]");
