import { describe, expect, it } from "vitest";
import { makeRangeSnippet, makeSnippet } from "../../src/reply/snippet.ts";
import { indexTerms } from "../../src/text/index.ts";
import { makeArticle } from "../search/fixtures.ts";

const text = (spans: readonly { text: string }[]): string => spans.map((span) => span.text).join("");
const marked = (spans: readonly { text: string; mark?: string }[]): string[] =>
  spans.filter((span) => span.mark === "match").map((span) => span.text);

describe("makeSnippet", () => {
  const article = makeArticle({
    id: "a",
    title: "Hội nghị tổng kết",
    lead: "Sáng nay, tỉnh tổ chức hội nghị.",
    paragraphs: [
      "Các đại biểu thảo luận nhiều vấn đề. TỔNG BÍ THƯ Tô Lâm phát biểu chỉ đạo tại QUẢNG NINH. Hội nghị kết thúc lúc 17 giờ.",
    ],
  });

  it("marks the matched words in their original spelling and case", () => {
    const spans = makeSnippet(article, indexTerms("quang ninh to lam"));
    expect(marked(spans)).toEqual(["Tô Lâm", "QUẢNG NINH"]);
  });

  it("picks the sentence with the most matched syllables", () => {
    expect(text(makeSnippet(article, indexTerms("Tô Lâm Quảng Ninh")))).toBe("TỔNG BÍ THƯ Tô Lâm phát biểu chỉ đạo tại QUẢNG NINH.");
  });

  it("returns the start of the lead when nothing matches", () => {
    expect(makeSnippet(article, indexTerms("Hà Giang"))).toEqual([{ text: "Sáng nay, tỉnh tổ chức hội nghị." }]);
  });

  it.each([40, 60, 100])("stays within %i characters and cuts at word boundaries with …", (max) => {
    const long = makeArticle({
      id: "b",
      paragraphs: [`${"Một hai ba bốn năm sáu bảy tám chín mười ".repeat(6)}Quảng Ninh ${"mười một mười hai mười ba ".repeat(6)}`],
    });
    const spans = makeSnippet(long, indexTerms("Quảng Ninh"), max);
    const shown = text(spans);
    expect(shown.length).toBeLessThanOrEqual(max);
    expect(marked(spans)).toEqual(["Quảng Ninh"]);
    expect(shown.startsWith("…")).toBe(true);
    expect(shown.endsWith("…")).toBe(true);
    expect(shown).toMatch(/^…\p{L}/u);
    expect(shown).toMatch(/\p{L}…$/u);
  });

  it("never splits a surrogate pair", () => {
    const emoji = makeArticle({ id: "c", paragraphs: [`Quảng Ninh${"😀".repeat(120)}`] });
    const shown = text(makeSnippet(emoji, indexTerms("Quảng Ninh"), 50));
    expect(shown.length).toBeLessThanOrEqual(50);
    expect(shown).toContain("😀");
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it("returns the whole sentence when it holds an abbreviation with a period (TP. Hồ Chí Minh)", () => {
    const corridor = makeArticle({ id: "e", paragraphs: ["Hành lang kinh tế Lạng Sơn - Hà Nội - TP. Hồ Chí Minh được mở rộng. Câu khác."] });
    expect(text(makeSnippet(corridor, indexTerms("Hà Nội")))).toBe("Hành lang kinh tế Lạng Sơn - Hà Nội - TP. Hồ Chí Minh được mở rộng.");
  });

  it("matches NFD text and either tone style", () => {
    const nfd = makeArticle({ id: "d", paragraphs: ["Tỉnh Khánh Hoà phát triển.".normalize("NFD")] });
    expect(marked(makeSnippet(nfd, indexTerms("khánh hòa"))).map((s) => s.normalize("NFC"))).toEqual(["Khánh Hoà"]);
  });
});

describe("makeSnippet and the card's title", () => {
  it("returns a body sentence rather than repeating the title, even when the title matches more", () => {
    const article = makeArticle({ id: "t1", title: "Quảng Ninh tăng trưởng GRDP", lead: "Năm nay, GRDP của tỉnh tăng cao nhất vùng.", paragraphs: [] });
    expect(text(makeSnippet(article, indexTerms("Quảng Ninh GRDP")))).toBe("Năm nay, GRDP của tỉnh tăng cao nhất vùng.");
  });

  it("returns the first other sentence, unmarked, when only the title matches", () => {
    const article = makeArticle({ id: "t2", title: "Quảng Ninh đón khách", lead: "Sáng nay, nhiều đoàn khách đã đến.", paragraphs: [] });
    const spans = makeSnippet(article, indexTerms("Quảng Ninh"));
    expect(text(spans)).toBe("Sáng nay, nhiều đoàn khách đã đến.");
    expect(marked(spans)).toEqual([]);
  });

  it("returns no repeat of a title made from the lead's first sentence", () => {
    const lead = "Tỉnh Quảng Ninh yêu cầu không tập trung đông người tại bãi tắm. Chiều nay, UBND tỉnh Quảng Ninh ban hành văn bản.";
    const article = makeArticle({ id: "t3", title: "Tỉnh Quảng Ninh yêu cầu không tập trung đông người tại bãi tắm", hasHeadline: false, lead, paragraphs: [] });
    expect(text(makeSnippet(article, indexTerms("Quảng Ninh")))).toBe("Chiều nay, UBND tỉnh Quảng Ninh ban hành văn bản.");
  });

  it("returns the title's sentence when the article has nothing else", () => {
    const article = makeArticle({ id: "t4", title: "Quảng Ninh đón khách", lead: "", paragraphs: [] });
    expect(marked(makeSnippet(article, indexTerms("Quảng Ninh")))).toEqual(["Quảng Ninh"]);
  });

  it("returns a sentence with context rather than a short caption naming the same words", () => {
    const article = makeArticle({
      id: "t5",
      title: "Hội nghị",
      lead: "",
      paragraphs: ["Chủ tịch nước Nguyễn Xuân Phúc", "Phát biểu tại hội nghị, Chủ tịch nước Nguyễn Xuân Phúc đề nghị các bộ ngành vào cuộc."],
    });
    expect(text(makeSnippet(article, indexTerms("Nguyễn Xuân Phúc")))).toBe("Phát biểu tại hội nghị, Chủ tịch nước Nguyễn Xuân Phúc đề nghị các bộ ngành vào cuộc.");
  });
});

describe("makeRangeSnippet", () => {
  const article = makeArticle({
    id: "r",
    title: "Tại TP Hạ Long",
    lead: "Hội nghị khai mạc sáng nay.",
    paragraphs: ["Đại biểu đến từ nhiều nơi. Đoàn công tác thăm TP Hạ Long và Móng Cái."],
  });
  const find = (word: string) => (sentence: string) => {
    const at = sentence.indexOf(word);
    return at < 0 ? [] : [[at, at + word.length] as const];
  };

  it("returns the first body sentence with a range, the ranged syllables marked", () => {
    const spans = makeRangeSnippet(article, find("Hạ Long"));
    expect(text(spans ?? [])).toBe("Đoàn công tác thăm TP Hạ Long và Móng Cái.");
    expect(marked(spans ?? [])).toEqual(["Hạ Long"]);
  });

  it("returns the title sentence only when no other sentence has a range", () => {
    expect(text(makeRangeSnippet(article, find("Tại TP")) ?? [])).toBe("Tại TP Hạ Long");
  });

  it("returns null when no sentence has a range", () => {
    expect(makeRangeSnippet(article, find("Cần Thơ"))).toBeNull();
  });
});
