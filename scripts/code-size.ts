/**
 * Prints the size figures the architecture is judged by: files of src/ and adapters/ over 200
 * lines, and the longest functions (lines from signature to closing brace).
 * Usage: npx tsx scripts/code-size.ts [--top N]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const ROOTS = ["src", "adapters"];
const MAX_FILE_LINES = 200;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

interface Measured {
  readonly where: string;
  readonly lines: number;
}

function functionsOf(path: string, text: string): Measured[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: Measured[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : "(anonymous)";
      found.push({ where: `${path}:${start + 1} ${name}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const topArg = process.argv.indexOf("--top");
const top = topArg >= 0 ? Number(process.argv[topArg + 1]) : 10;
const files = ROOTS.flatMap(filesUnder).sort();
const long: Measured[] = [];
const functions: Measured[] = [];
for (const path of files) {
  const text = readFileSync(path, "utf8");
  const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  if (lines > MAX_FILE_LINES) long.push({ where: path, lines });
  functions.push(...functionsOf(path, text));
}
long.sort((a, b) => b.lines - a.lines);
functions.sort((a, b) => b.lines - a.lines);
console.log(`${files.length} files; ${long.length} over ${MAX_FILE_LINES} lines`);
for (const file of long) console.log(`  ${file.lines}\t${file.where}`);
console.log(`longest functions:`);
for (const fn of functions.slice(0, top)) console.log(`  ${fn.lines}\t${fn.where}`);
