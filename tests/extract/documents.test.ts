import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/articles/index.ts";
import { extractDocuments } from "../../src/extract/index.ts";
import { readSeed } from "../fixtures/seeds.ts";

function seedDocuments(seed: string): string[] {
  const article = parseArticle(readSeed(seed));
  return extractDocuments([article.title, article.lead, ...article.paragraphs].join("\n"));
}

describe("extractDocuments", () => {
  it.each([
    ["000", []],
    ["001", []],
    ["002", ["24-CT/TW"]],
    ["003", ["01-NQ/TU", "02-NQ/TU", "04-CT/TU", "05-CT/TU", "06-CT/TU"]],
    ["004", ["18-NQ/TW", "19-NQ/TW", "37-NQ/TW", "48-KL/TW", "35/2023/UBTVQH15", "21-KL/TW", "37-QĐ/TW", "05-CT/TW"]],
  ])("returns the codes cited by seed %s", (seed, expected) => {
    expect(seedDocuments(seed)).toEqual(expected);
  });

  it.each([
    ["Kết luận số 48-KL/TW của Bộ Chính trị", ["48-KL/TW"]],
    ["Nghị định 123/2024/NĐ-CP và Chỉ thị 05/CT-TTg", ["123/2024/NĐ-CP", "05/CT-TTG"]],
    ["Quyết định 1234/QĐ-UBND; Thông tư 01/2021/TT-BGDĐT", ["1234/QĐ-UBND", "01/2021/TT-BGDĐT"]],
    ["Chỉ thị 24-CT/TW, nhắc lại Chỉ thị 24-ct/tw", ["24-CT/TW"]],
    ["Nghị quyết số 30 ngày 23/11/2022 của Bộ Chính trị", []],
    ["COVID-19, tỷ số 2-0, 17/19 chỉ tiêu, 1/3 ngoài, 28/07/2023, 18:13:12", []],
  ])("returns the codes of %j", (text, expected) => {
    expect(extractDocuments(text)).toEqual(expected);
  });
});
