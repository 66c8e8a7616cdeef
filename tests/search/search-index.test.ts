import { describe, expect, it } from "vitest";
import { createSearchIndex, type SearchIndex } from "../../src/search/index.ts";
import { readSnapshot, snapshotBytes } from "../../src/search/snapshot.ts";
import type { Article } from "../../src/model/article.ts";
import { makeArticle, seedArticles } from "./fixtures.ts";

const ids = (hits: readonly { id: string }[]): string[] => hits.map((hit) => hit.id);
const roundTrip = (index: SearchIndex, articles: readonly Article[]): SearchIndex => readSnapshot(snapshotBytes(index, "key"), articles);

describe("search ranking", () => {
  const accented = makeArticle({ id: "z-accented", title: "Làm việc tại tỉnh", paragraphs: ["Tổng Bí thư Tô Lâm thăm hỏi cán bộ."] });
  const plain = makeArticle({ id: "a-plain", title: "Làm việc tại tỉnh", paragraphs: ["Tong Bi thu to lam tham hoi can bo."] });
  const index = createSearchIndex([plain, accented]);

  it("returns only the articles spelled as typed when the query has marks", () => {
    expect(ids(index.search("Tô Lâm"))).toEqual(["z-accented"]);
  });

  it("finds both spellings when the query is unaccented", () => {
    expect(ids(index.search("to lam")).sort()).toEqual(["a-plain", "z-accented"]);
  });

  it("returns the same hits for an NFD query as for its NFC form", () => {
    expect(index.search("Tô Lâm".normalize("NFD"))).toEqual(index.search("Tô Lâm"));
  });

  it("returns the matched syllables, as typed when typed with marks", () => {
    expect(index.search("Tô Lâm")[0]?.terms).toEqual(["tô", "lâm"]);
    expect(index.search("to lam")[0]?.terms).toEqual(["to", "lam"]);
  });
});

describe("search semantics", () => {
  const adjacent = makeArticle({ id: "z-adjacent", paragraphs: ["Đoàn công tác làm việc với tỉnh Quảng Ninh về du lịch."] });
  const apart = makeArticle({ id: "apart", paragraphs: ["Quảng bá du lịch ở Ninh Bình được đẩy mạnh."] });
  const peace = makeArticle({ id: "peace", date: "2024-05-01", paragraphs: ["Khánh Hòa giữ vững hòa bình và ổn định."] });
  const titled = makeArticle({ id: "titled", date: "2020-01-01", title: "Kinh tế biển bứt phá", paragraphs: ["Báo cáo tổng kết năm."] });
  const bodyOnly = makeArticle({ id: "body-only", date: "2026-01-01", title: "Báo cáo tổng kết", paragraphs: ["Kinh tế biển bứt phá trong năm qua."] });
  const phrase = makeArticle({ id: "z-phrase", paragraphs: ["Tốc độ tăng trưởng GRDP đạt 11,89%, cao nhất cả nước."] });
  const scattered = makeArticle({ id: "scattered", paragraphs: ["GRDP tăng mạnh; tăng trưởng tín dụng chậm."] });
  const coded = makeArticle({ id: "coded", documents: ["24-CT/TW"], paragraphs: ["Quán triệt chỉ thị của Bộ Chính trị."] });
  const articles = [adjacent, apart, peace, titled, bodyOnly, phrase, scattered, coded];
  const index = createSearchIndex(articles);

  it("ranks the adjacent pair above the same syllables apart", () => {
    expect(ids(index.search("Quảng Ninh")).slice(0, 2)).toEqual(["z-adjacent", "apart"]);
  });

  it.each([
    ["hoà bình", "hòa bình"],
    ["Khánh Hoà", "khanh hoa"],
  ])("finds the same articles for %s and %s", (a, b) => {
    expect(ids(index.search(a))).toEqual(ids(index.search(b)));
    expect(ids(index.search(a))).toContain("peace");
  });

  it("returns nothing for a stopword-only query", () => {
    expect(index.search("và của là những")).toEqual([]);
  });

  it("returns nothing for an empty query", () => {
    expect(index.search("   ")).toEqual([]);
  });

  it("requires a quoted phrase to be adjacent in the text", () => {
    expect(ids(index.search('"tăng trưởng GRDP"'))).toEqual(["z-phrase"]);
  });

  it("matches an unaccented quoted phrase against accented text", () => {
    expect(ids(index.search('"tang truong grdp"'))).toEqual(["z-phrase"]);
  });

  it("ranks both articles for the same words unquoted, the phrase first", () => {
    expect(ids(index.search("tăng trưởng GRDP")).slice(0, 2)).toEqual(["z-phrase", "scattered"]);
  });

  it("ranks a title match above a body-only match", () => {
    expect(ids(index.search("kinh tế biển")).slice(0, 2)).toEqual(["titled", "body-only"]);
  });

  it("finds a document code as one term", () => {
    expect(ids(index.search("24-CT/TW"))[0]).toBe("coded");
    expect(ids(index.search("chỉ thị 24-ct/tw"))[0]).toBe("coded");
  });

  it("keeps only the articles the filter accepts, before the limit", () => {
    expect(ids(index.search("du lịch", { filter: (id) => id === "apart", limit: 1 }))).toEqual(["apart"]);
  });

  it("returns at most limit hits", () => {
    expect(index.search("du lịch", { limit: 1 })).toHaveLength(1);
  });

  it("breaks score ties by newer date, then id", () => {
    const a = makeArticle({ id: "a", date: "2020-01-01", paragraphs: ["Hạ Long"] });
    const b = makeArticle({ id: "b", date: "2025-01-01", paragraphs: ["Hạ Long"] });
    const c = makeArticle({ id: "c", date: "2025-01-01", paragraphs: ["Hạ Long"] });
    const none = makeArticle({ id: "0", date: null, paragraphs: ["Hạ Long"] });
    expect(ids(createSearchIndex([a, none, c, b]).search("Hạ Long"))).toEqual(["b", "c", "a", "0"]);
  });

  it("finds an article by place names given by the caller", () => {
    const place = makeArticle({ id: "place", provinces: { primary: ["quang-ninh"], mentioned: [] }, paragraphs: ["Tin vắn."] });
    const withNames = createSearchIndex([place], { places: () => ["Quảng Ninh", "Hạ Long"] });
    expect(ids(withNames.search("hạ long"))).toEqual(["place"]);
    expect(ids(createSearchIndex([place]).search("Quảng Ninh"))).toEqual(["place"]);
  });

  it("gives identical results after a snapshot round trip", () => {
    const again = roundTrip(index, [...articles].reverse());
    for (const query of ["Quảng Ninh", "to lam", '"tăng trưởng GRDP"', "kinh tế biển", "24-CT/TW"]) {
      expect(again.search(query)).toEqual(index.search(query));
    }
  });

  it("returns the same hits for a query before and after a quoted phrase search", () => {
    const before = index.search("tăng trưởng");
    index.search('"tăng trưởng GRDP"');
    expect(index.search("tăng trưởng")).toEqual(before);
  });

  it("finds a quoted phrase in an article added after the build", () => {
    const live = createSearchIndex(articles);
    live.add([makeArticle({ id: "added", paragraphs: ["Năm nay tăng trưởng GRDP của tỉnh vượt kế hoạch."] })]);
    expect(ids(live.search('"tăng trưởng GRDP"')).sort()).toEqual(["added", "z-phrase"]);
  });

  it("throws SNAPSHOT_INVALID when the articles differ from the index's", () => {
    expect(() => roundTrip(index, articles.slice(1))).toThrow(/search index/);
  });
});

describe("search over the real seeds", () => {
  const seeds = seedArticles();
  const index = createSearchIndex(seeds);

  it("finds Tô Lâm in the seeds that name him, with or without accents", () => {
    const accented = ids(index.search("Tô Lâm"));
    expect(accented.length).toBeGreaterThanOrEqual(4);
    expect(ids(index.search("to lam"))).toEqual(expect.arrayContaining(accented));
  });

  it("finds the GRDP phrase only where it is written", () => {
    const hits = ids(index.search('"tăng trưởng GRDP"'));
    expect(hits).toContain("001_bf3dcb981beec8a1");
    for (const id of hits) {
      const article = seeds.find((seed) => seed.id === id);
      expect([article?.title, ...(article?.paragraphs ?? [])].join("\n")).toMatch(/tăng trưởng[\s(]*GRDP/iu);
    }
  });

  it("ranks Lạng Sơn's seed first for lang son", () => {
    expect(ids(index.search("lang son"))[0]).toBe("004_bf77c165b1ddf6b4");
  });
});

describe("live updates", () => {
  const first = makeArticle({ id: "first", paragraphs: ["Hội nghị xúc tiến đầu tư tại Quảng Ninh."] });
  const second = makeArticle({ id: "second", paragraphs: ["Lễ hội hoa ban ở Điện Biên."] });

  it("finds an added article and counts it", () => {
    const index = createSearchIndex([first]);
    index.add([second]);
    expect(index.documentCount).toBe(2);
    expect(ids(index.search("hoa ban"))).toEqual(["second"]);
  });

  it("replaces an article added again under the same id", () => {
    const index = createSearchIndex([first, second]);
    index.add([makeArticle({ id: "first", paragraphs: ["Mùa lúa chín ở Hà Giang."] })]);
    expect(index.documentCount).toBe(2);
    expect(ids(index.search("Quảng Ninh"))).toEqual([]);
    expect(ids(index.search("ha giang"))).toEqual(["first"]);
  });

  it("forgets removed articles and ignores unknown ids", () => {
    const index = createSearchIndex([first, second]);
    index.remove(["first", "absent"]);
    expect(index.documentCount).toBe(1);
    expect(ids(index.search("Quảng Ninh"))).toEqual([]);
    expect(ids(index.search("Điện Biên"))).toEqual(["second"]);
  });

  it("round-trips through a snapshot after updates, and keeps updating", () => {
    const index = createSearchIndex([first]);
    index.add([second]);
    index.remove(["first"]);
    const loaded = roundTrip(index, [second]);
    expect(ids(loaded.search("Điện Biên"))).toEqual(["second"]);
    loaded.add([first]);
    expect(ids(loaded.search("Quảng Ninh"))).toEqual(["first"]);
  });
});

describe("search over many articles holding the query's common words", () => {
  const words = ["phát", "triển", "kinh", "tế", "vùng", "biển", "đảo", "của", "các", "tỉnh"];
  // NOTE: every article holds most of the words (so a small limit leaves most of them out);
  // one holds them all apart, one the whole query as a phrase, deep in a long body.
  const filler = Array.from({ length: 400 }, (_, at) =>
    makeArticle({
      id: `f${String(at).padStart(3, "0")}`,
      date: `2025-01-${String((at % 28) + 1).padStart(2, "0")}`,
      title: `${words[at % words.length]} ${words[(at * 7) % words.length]} tin số ${at}`,
      paragraphs: [words.filter((_, w) => (at + w) % 4 !== 0).join(" và "), `Phát biểu ${at} của các đại biểu về kinh tế.`],
    }),
  );
  const apart = makeArticle({ id: "z-apart", paragraphs: ["Biển đảo và kinh tế: phát triển vùng, tỉnh lập kế hoạch."] });
  const phrase = makeArticle({ id: "z-phrase", paragraphs: [...Array.from({ length: 30 }, () => "Tin tức trong ngày."), "Bàn cách phát triển kinh tế vùng biển đảo."] });
  const index = createSearchIndex([...filler, apart, phrase]);

  it.each([1, 3, 10, 50])("returns the first %i of the full ranking when given that limit", (limit) => {
    for (const query of ["phát triển kinh tế vùng biển đảo", "kinh te bien", "tỉnh của các vùng", "phat trien tin so"]) {
      expect(ids(index.search(query, { limit }))).toEqual(ids(index.search(query, { limit: 1000 })).slice(0, limit));
    }
  });

  it("ranks the article writing the whole query first, whatever the limit", () => {
    expect(ids(index.search("phát triển kinh tế vùng biển đảo", { limit: 1 }))).toEqual(["z-phrase"]);
    expect(ids(index.search("phat trien kinh te vung bien dao", { limit: 2 }))[0]).toBe("z-phrase");
  });

  it("keeps a filtered ranking exact under a small limit", () => {
    const filter = (id: string) => id.endsWith("7") || id.startsWith("z");
    const all = ids(index.search("kinh tế biển", { filter, limit: 1000 }));
    expect(ids(index.search("kinh tế biển", { filter, limit: 4 }))).toEqual(all.slice(0, 4));
  });
});
