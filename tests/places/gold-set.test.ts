import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/articles/index.ts";
import { extractEntities } from "../../src/extract/index.ts";
import { listProvinces } from "../../src/places/index.ts";
import { readFigureGold, readPrimaryGold } from "../fixtures/facts/gold.ts";
import { DANTRI_DIR, hasDantri, SEEDS_DIR } from "../fixtures/seeds.ts";

const ids = new Set(listProvinces().map((province) => province.id));

describe("the hand-labelled facts gold set", () => {
  const gold = readPrimaryGold();

  it("returns at least 150 labelled articles, each once, with current province ids and a reason", () => {
    expect(gold.length).toBeGreaterThanOrEqual(150);
    expect(new Set(gold.map((labelled) => labelled.file)).size).toBe(gold.length);
    for (const labelled of gold) {
      for (const id of labelled.primary) expect(ids.has(id), `${labelled.file}: ${id}`).toBe(true);
      for (const trap of labelled.traps) if (trap.kind === "not-primary") expect(ids.has(trap.province), `${labelled.file}: ${trap.province}`).toBe(true);
      expect(labelled.reason.length).toBeGreaterThan(10);
    }
  });

  it.skipIf(!hasDantri())("returns every not-a-place trap phrase as written in its parsed article", () => {
    const missing: string[] = [];
    for (const labelled of gold) {
      const article = parseArticle(readFileSync(join(DANTRI_DIR, labelled.file), "utf8"));
      const text = [article.title, article.lead, ...article.paragraphs].join("\n");
      for (const trap of labelled.traps) if (trap.kind === "not-a-place" && !text.includes(trap.phrase)) missing.push(`${labelled.file}: ${trap.phrase}`);
    }
    expect(missing).toEqual([]);
  });

  it.skipIf(!hasDantri())("returns at least 60 labelled figures, each found among its article's extracted figures", () => {
    const figures = readFigureGold();
    expect(figures.length).toBeGreaterThanOrEqual(60);
    const lost: string[] = [];
    for (const labelled of figures) {
      const dir = existsSync(join(SEEDS_DIR, labelled.file)) ? SEEDS_DIR : DANTRI_DIR;
      const found = extractEntities(parseArticle(readFileSync(join(dir, labelled.file), "utf8"))).figures;
      if (!found.some((figure) => figure.indicator === labelled.indicator && figure.raw === labelled.raw && figure.unit === labelled.unit)) lost.push(`${labelled.file}: ${labelled.raw}`);
    }
    expect(lost).toEqual([]);
  });
});
