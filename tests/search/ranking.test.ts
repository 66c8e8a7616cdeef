import { describe, expect, it } from "vitest";
import { createSearchIndex } from "../../src/search/index.ts";
import { makeArticle } from "./fixtures.ts";

const ids = (hits: readonly { id: string }[]): string[] => hits.map((hit) => hit.id);

describe("phrases", () => {
  it("ranks the article writing the query in order, stopwords and punctuation between, before those holding the words apart", () => {
    const apart = Array.from({ length: 80 }, (_, at) =>
      makeArticle({ id: `apart-${at}`, title: "Sì cướp tài sản", paragraphs: ["Tài sản của Sì bị cướp, để lại hậu quả."] }),
    );
    const holder = makeArticle({ id: "holder", date: "2000-01-01", paragraphs: ["Hắn theo dõi nhà của Sì, để cướp tài sản trong đêm."] });
    const index = createSearchIndex([...apart, holder]);
    for (const query of ["của Sì để cướp tài", "cua Si de cuop tai", "của Sì để cướp tài".normalize("NFD")]) {
      expect(ids(index.search(query))[0]).toBe("holder");
    }
  });

  it("ranks a phrase in the title before the lead, the lead before the body, the body before a caption", () => {
    const phrase = "đường sắt tốc độ cao";
    const articles = [
      makeArticle({ id: "caption", paragraphs: ["Tin ngắn."], captions: [`Công trường ${phrase} (Ảnh: TTXVN)`] }),
      makeArticle({ id: "body", paragraphs: [`Dự án ${phrase} được khởi công.`] }),
      makeArticle({ id: "lead", lead: `Quốc hội duyệt ${phrase}.` }),
      makeArticle({ id: "title", title: `Khởi công ${phrase}` }),
    ];
    expect(ids(createSearchIndex(articles).search(phrase))).toEqual(["title", "lead", "body", "caption"]);
  });

  it("keeps captions out of the body and finds them on their own", () => {
    const article = makeArticle({ id: "pictured", paragraphs: ["Nội dung bài."], captions: ["Cầu Cửa Lục 3 nhìn từ trên cao"] });
    const index = createSearchIndex([article, makeArticle({ id: "other", paragraphs: ["Cầu Cửa Lục 3 sắp thông xe."] })]);
    expect(ids(index.search("Cửa Lục 3 nhìn từ trên cao"))[0]).toBe("pictured");
    expect(ids(index.search('"nội dung bài cầu"'))).toEqual([]);
  });
});

describe("coordination", () => {
  it("ranks an article holding every content word in its body before one holding two in its title", () => {
    const titled = makeArticle({ id: "titled", title: "Sạt lở đê biển Cà Mau", paragraphs: ["Tin cập nhật."] });
    const all = makeArticle({ id: "all", title: "Tin tổng hợp", paragraphs: ["Mưa lớn, sạt lở ở ven biển; đoàn cứu hộ dùng xuồng máy đến vùng trũng."] });
    const index = createSearchIndex([titled, all]);
    expect(ids(index.search("xuong bien sat trung"))).toEqual(["all", "titled"]);
  });
});

describe("typing style", () => {
  const liaison = makeArticle({ id: "lien-quan", paragraphs: ["Những ai liên quan đến vụ việc sẽ bị xử lý."] });
  const army = makeArticle({ id: "lien-quan-army", title: "Liên quân trút mưa tên lửa", paragraphs: ["Liên quân tấn công."] });
  const index = createSearchIndex([army, liaison]);

  it("ranks the spelling typed first for a syllable typed without marks in a query with marks", () => {
    expect(ids(index.search("ai liên quan đến"))[0]).toBe("lien-quan");
  });

  it("treats a stopword the same typed with or without marks", () => {
    const articles = [
      makeArticle({ id: "a", paragraphs: ["Kết quả tuyển sinh là bất ngờ."] }),
      makeArticle({ id: "b", paragraphs: ["Kết quả tuyển sinh của trường."] }),
      makeArticle({ id: "c", paragraphs: ["Tuyển sinh đầu cấp và kết quả thi."] }),
    ];
    const search = createSearchIndex(articles);
    expect(ids(search.search("ket qua tuyen sinh la"))).toEqual(ids(search.search("kết quả tuyển sinh là")));
  });

  it.each(["hòa bình Khánh Hòa", "hoà bình Khánh Hoà", "hoa binh khanh hoa", "hòa bình Khánh Hòa".normalize("NFD")])("finds the same first article for %s", (query) => {
    const articles = [
      makeArticle({ id: "peace", paragraphs: ["Khánh Hòa giữ vững hòa bình."] }),
      makeArticle({ id: "other", paragraphs: ["Khánh Hòa đón khách.", "Hòa nhập cộng đồng."] }),
    ];
    expect(ids(createSearchIndex(articles).search(query))[0]).toBe("peace");
  });
});

describe("numbers and duplicates", () => {
  it.each(["2,8 triệu", "2.8 triệu", "2 8 triệu"])("finds 2,8 triệu typed as %s", (query) => {
    const index = createSearchIndex([makeArticle({ id: "n", paragraphs: ["Dân số đạt 2,8 triệu người."] }), makeArticle({ id: "m", paragraphs: ["Hơn 8 triệu lượt khách."] })]);
    expect(ids(index.search(query))[0]).toBe("n");
  });

  it.each(["26.262 ca", "26262 ca"])("finds 26.262 typed as %s", (query) => {
    const index = createSearchIndex([makeArticle({ id: "n", paragraphs: ["Đã có 26.262 ca mắc."] }), makeArticle({ id: "m", paragraphs: ["Có 262 ca."] })]);
    expect(ids(index.search(query))[0]).toBe("n");
  });

  it("shows two files with the same title and lead once when asked for distinct hits", () => {
    const copy = { title: "Bão số 3 đổ bộ", lead: "Bão số 3 đổ bộ vào Quảng Ninh chiều nay." };
    const index = createSearchIndex([makeArticle({ id: "one", ...copy }), makeArticle({ id: "two", ...copy }), makeArticle({ id: "three", title: "Bão số 3 suy yếu" })]);
    expect(ids(index.search("bão số 3", { distinct: true }))).toHaveLength(2);
    expect(ids(index.search("bão số 3"))).toHaveLength(3);
  });

  it("shows three copies once and keeps the first of them in ranking order when asked for distinct hits", () => {
    const copy = { title: "Bão số 3 đổ bộ", lead: "Bão số 3 đổ bộ vào Quảng Ninh chiều nay." };
    const articles = ["c", "a", "b"].map((id) => makeArticle({ id, ...copy }));
    const index = createSearchIndex([...articles, makeArticle({ id: "other", title: "Bão số 3 suy yếu", lead: "Bão số 3 suy yếu." })]);
    const all = ids(index.search("bão số 3"));
    const distinct = ids(index.search("bão số 3", { distinct: true }));
    expect(distinct).toEqual(all.filter((id) => id === "other" || id === all.find((first) => first !== "other")));
    expect(distinct).toHaveLength(2);
  });
});

describe("phrase punctuation", () => {
  it("ranks a phrase written with only spaces before the same phrase across punctuation, both before the words apart", () => {
    const articles = [
      makeArticle({ id: "apart", title: "Tăng trưởng tín dụng", paragraphs: ["GRDP giảm."] }),
      makeArticle({ id: "across", title: "Tăng trưởng kinh tế", paragraphs: ["Tốc độ tăng trưởng (GRDP) đạt 10%."] }),
      makeArticle({ id: "clean", paragraphs: ["Tốc độ tăng trưởng GRDP đạt 11,89%."] }),
    ];
    expect(ids(createSearchIndex(articles).search("tăng trưởng GRDP"))).toEqual(["clean", "across", "apart"]);
  });
});
