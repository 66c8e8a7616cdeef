import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Random } from "./prng.ts";
import type { SyllableModel } from "./syllable-model.ts";

const CREDITS = ["TTXVN", "Bảo Kỳ", "Reuters", "Getty", "Minh Hà", "AFP"];

function paragraph(model: SyllableModel, random: Random, syllables: number): string {
  const sentences: string[] = [];
  let left = syllables;
  while (left > 0) {
    const length = Math.min(left, random.int(14, 30));
    sentences.push(model.sentence(random, Math.max(4, length)));
    left -= length;
  }
  return sentences.join(" ");
}

/**
 * The text of one synthetic article file shaped like the real scraped ones: a date header on
 * most (`# date = YYYYMMDD`), a headline, a lead, 10–25 paragraphs of about 700 syllables in
 * all, and photo captions ending in a credit on some.
 */
export function articleFileText(model: SyllableModel, random: Random): string {
  const lines: string[] = [];
  if (random.next() < 0.9) {
    const day = new Date(Date.UTC(2020, 0, 1) + random.int(0, 2500) * 86_400_000).toISOString().slice(0, 10).replaceAll("-", "");
    lines.push(`# date = ${day}`);
  }
  lines.push(model.sentence(random, random.int(10, 16)).slice(0, -1));
  lines.push(paragraph(model, random, random.int(30, 45)));
  const count = random.int(10, 25);
  const perParagraph = Math.max(8, Math.round(650 / count));
  const captions = random.next() < 0.4 ? random.int(1, 3) : 0;
  for (let p = 0; p < count; p++) {
    lines.push(paragraph(model, random, random.int(Math.round(perParagraph * 0.6), Math.round(perParagraph * 1.4))));
    if (p < captions) lines.push(`${model.sentence(random, random.int(8, 15)).slice(0, -1)} (Ảnh: ${random.pick(CREDITS)}).`);
  }
  return `${lines.join("\n")}\n`;
}

/** Writes `count` synthetic article files (`a000000.txt`…) into `dir`; returns their paths. */
export function writeArticleFiles(dir: string, count: number, model: SyllableModel, random: Random): string[] {
  const paths: string[] = [];
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const path = join(dir, `a${String(i).padStart(6, "0")}.txt`);
    writeFileSync(path, articleFileText(model, random));
    paths.push(path);
  }
  return paths;
}
