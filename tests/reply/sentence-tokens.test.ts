import { describe, expect, it } from "vitest";
import { articleSentences, tokenizeSentence } from "../../src/reply/sentence-tokens.ts";
import { makeArticle } from "../search/fixtures.ts";

describe("articleSentences", () => {
  const article = makeArticle({ id: "s", title: "Hội nghị", lead: "Sáng nay. ", paragraphs: ["Tỉnh Khánh Hoà phát triển! Du lịch tăng."], captions: ["Ảnh: TP. Hạ Long."] });

  it("returns the sentences of title, lead, paragraphs and captions, trimmed, in order", () => {
    expect(articleSentences(article).texts).toEqual(["Hội nghị", "Sáng nay.", "Tỉnh Khánh Hoà phát triển!", "Du lịch tăng.", "Ảnh: TP. Hạ Long."]);
  });

  it("returns how many of the first sentences are the title's", () => {
    expect(articleSentences(article).titleCount).toBe(1);
    expect(articleSentences(makeArticle({ id: "n", title: "", lead: "Một. Hai.", paragraphs: [] })).titleCount).toBe(0);
  });
});

describe("tokenizeSentence", () => {
  it("returns each syllable's place in the sentence and its key", () => {
    const sentence = tokenizeSentence("Tỉnh Khánh Hoà phát triển!");
    expect(sentence.keys).toEqual(["tinh", "khanh", "hoa", "phat", "trien"]);
    expect(sentence.text.slice(sentence.starts[2], sentence.ends[2])).toBe("Hoà");
  });
});
