import { describe, expect, it } from "vitest";
import { articleSentences } from "../../src/reply/sentence-tokens.ts";
import { makeArticle } from "../search/fixtures.ts";

describe("articleSentences", () => {
  const article = makeArticle({ id: "s", title: "Hội nghị", lead: "Sáng nay. ", paragraphs: ["Tỉnh Khánh Hoà phát triển! Du lịch tăng."] });

  it("returns the sentences of title, lead and paragraphs, trimmed, with each syllable's place and key", () => {
    const sentences = articleSentences(article);
    expect(sentences.map((sentence) => sentence.text)).toEqual(["Hội nghị", "Sáng nay.", "Tỉnh Khánh Hoà phát triển!", "Du lịch tăng."]);
    const third = sentences[2];
    expect(third?.keys).toEqual(["tinh", "khanh", "hoa", "phat", "trien"]);
    expect(third?.text.slice(third.starts[2], third.ends[2])).toBe("Hoà");
  });

  it("returns the same tokens object when asked again for the same article", () => {
    expect(articleSentences(article)).toBe(articleSentences(article));
  });
});
