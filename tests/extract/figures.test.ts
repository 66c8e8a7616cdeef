import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/articles/index.ts";
import { extractFigures } from "../../src/extract/index.ts";
import type { Figure } from "../../src/model/article.ts";
import { readSeed } from "../fixtures/seeds.ts";

function seedFigures(seed: string): Figure[] {
  const article = parseArticle(readSeed(seed));
  return extractFigures([article.lead, ...article.paragraphs].join("\n"), { year: Number(article.date?.slice(0, 4)) });
}

const figure = (indicator: string, value: number, raw: string, unit: string, year: number | null, local = false): Figure => ({ indicator, value, raw, unit, year, local });

describe("extractFigures on the seeds", () => {
  it.each([
    ["000", []],
    ["001", [figure("GRDP", 11.89, "11,89", "%", 2025), figure("thu ngân sách", 85050, "85.050", "tỷ đồng", 2025)]],
    ["002", [figure("GRDP", 9.46, "9,46", "%", 2023), figure("GRDP bình quân đầu người", 9400, "9.400", "USD", 2023)]],
    ["003", []],
    [
      "004",
      [
        figure("diện tích", 8300, "8.300", "km²", null),
        figure("dân số", 802, "802", "nghìn người", null),
        figure("hộ nghèo", 8.92, "8,92", "%", null),
        figure("GRDP", 6.95, "6,95", "%", null),
        figure("thu ngân sách", 7100, "7.100", "tỷ đồng", 2020),
        figure("thu ngân sách", 10800, "10.800", "tỷ đồng", 2021),
        figure("thu ngân sách", 7900, "7.900", "tỷ đồng", 2022),
        // NOTE: "6 tháng đầu năm nay" in an article whose date is unknown: no year is guessed.
        figure("thu ngân sách", 4300, "4.300", "tỷ đồng", null),
      ],
    ],
  ])("returns the figures of seed %s", (seed, expected) => {
    expect(seedFigures(seed)).toEqual(expected);
  });
});

describe("extractFigures on crafted sentences", () => {
  it.each([
    ["Năm 2025, tăng trưởng GRDP đạt 11,89%.", [figure("GRDP", 11.89, "11,89", "%", 2025)]],
    ["Thu ngân sách năm 2024 đạt 1.234.567,5 tỷ đồng.", [figure("thu ngân sách", 1234567.5, "1.234.567,5", "tỷ đồng", 2024)]],
    ["Vốn FDI đạt 2,5 tỷ USD trong năm 2023.", [figure("FDI", 2.5, "2,5", "tỷ USD", 2023)]],
    ["Tỉnh có diện tích tự nhiên 6.178 km² và dân số 1,3 triệu người.", [figure("diện tích", 6178, "6.178", "km²", null), figure("dân số", 1.3, "1,3", "triệu người", null)]],
    ["Năm 2022, tỉnh đón 15 triệu lượt khách. Doanh thu du lịch đạt 30.000 tỷ đồng.", [figure("doanh thu du lịch", 30000, "30.000", "tỷ đồng", null)]],
    ["Cả năm 2023, GRDP tăng 7,2%. Cả năm, thu ngân sách đạt 50.000 tỷ đồng.", [figure("GRDP", 7.2, "7,2", "%", 2023), figure("thu ngân sách", 50000, "50.000", "tỷ đồng", 2023)]],
    ["Thu ngân sách năm nay đạt 900 tỷ đồng.", [figure("thu ngân sách", 900, "900", "tỷ đồng", 2024)]],
    ["Tỷ lệ hộ nghèo năm 2023 còn 2,1%.", [figure("hộ nghèo", 2.1, "2,1", "%", 2023)]],
    ["Phường mới có diện tích 1.175 ha, gồm 12 xã, phường, với dân số 295.309 người.", [figure("diện tích", 1175, "1.175", "ha", null, true), figure("dân số", 295309, "295.309", "người", null, true)]],
    ["Dự án metro số 1 có tổng vốn đầu tư hơn 47.300 tỷ đồng.", [figure("vốn đầu tư", 47300, "47.300", "tỷ đồng", null, true)]],
    ["Thành phố Hồ Chí Minh có dân số 9,4 triệu người.", [figure("dân số", 9.4, "9,4", "triệu người", null)]],
  ])("returns the figures of %j", (text, expected) => {
    expect(extractFigures(text, { year: 2024 })).toEqual(expected);
  });

  it.each([
    ["a target", "Năm 2025, tỉnh phấn đấu tăng trưởng GRDP đạt 12%."],
    ["a quota", "Chỉ tiêu đặt ra là: Tốc độ tăng trưởng (GRDP) đạt 10%; tổng vốn đầu tư xã hội tăng trên 10%."],
    ["an indicator too far from the number", "Thu ngân sách của tỉnh trong những năm gần đây có nhiều chuyển biến rất tích cực đạt 500 tỷ đồng."],
    ["an indicator in another clause", "Về thu ngân sách, tỉnh đã có nhiều cố gắng, giải ngân 500 tỷ đồng."],
    ["a growth rate of a level indicator", "Thu ngân sách nội địa hàng năm cũng tăng trên 10%."],
    ["a number without a unit", "Dân số của tỉnh là 802 nghìn."],
    ["a density", "Mật độ dân số cao, 7.222 người/km2."],
    ["a unit the indicator does not take", "Diện tích đạt 500 tỷ đồng."],
    ["an indicator after the number", "Năm 2022, tỉnh đón 15 triệu lượt khách du lịch."],
  ])("returns no figure when the text has %s", (_label, text) => {
    expect(extractFigures(text, { year: 2024 })).toEqual([]);
  });

  it.each([
    [
      "an island's visitors when the paragraph last named the island",
      "Lượng khách du lịch đổ về Phú Quốc tăng mạnh. Năm 2019 ghi nhận hơn 5,1 triệu lượt khách.",
      [figure("khách du lịch", 5.1, "5,1", "triệu lượt khách", 2019, true)],
    ],
    [
      "a former province's revenue, 'của tỉnh' speaking of it",
      "Đầu tư thay đổi diện mạo kinh tế Hòa Bình. Đến cuối năm 2020, tổng thu ngân sách của tỉnh là 4,2 nghìn tỷ đồng.",
      [figure("thu ngân sách", 4.2, "4,2", "nghìn tỷ đồng", 2020, true)],
    ],
    [
      "a province's figure after districts listed in the paragraph",
      "Dân cư tập trung ở các huyện Hữu Lũng, Cao Lộc, Chi Lăng. Số hộ nghèo năm 2023 chiếm 8,92%.",
      [figure("hộ nghèo", 8.92, "8,92", "%", 2023)],
    ],
    [
      "a province's figure when the current province is named last",
      "Phú Quốc đón nhiều khách. Năm 2025, tỉnh An Giang thu ngân sách 30.000 tỷ đồng.",
      [figure("thu ngân sách", 30000, "30.000", "tỷ đồng", 2025)],
    ],
    [
      "a district's income in a paragraph naming no place, after a paragraph ending on the district (huyện Cần Giờ)",
      "Đến nay, huyện Cần Giờ đã không còn hộ nghèo.\nThu nhập bình quân của người dân năm 2020 đạt 59 triệu đồng/người/năm.",
      [figure("thu nhập bình quân", 59, "59", "triệu đồng", 2020, true)],
    ],
    [
      "a province's revenue in a paragraph naming no place, after a paragraph ending on the province",
      "Huyện Cần Giờ đã đạt chuẩn nông thôn mới, một dấu mốc của TPHCM.\nThu ngân sách năm 2020 đạt 400.000 tỷ đồng.",
      [figure("thu ngân sách", 400000, "400.000", "tỷ đồng", 2020)],
    ],
    [
      "each paragraph's figure with the place the figure paragraphs before it ended on, when those gave no figure",
      "Huyện Cần Giờ có 70.000 người.\nMưa nhiều.\nThu ngân sách năm 2020 đạt 400 tỷ đồng.\nTPHCM có 9 triệu người.\nThu ngân sách năm 2021 đạt 500 tỷ đồng.",
      [figure("thu ngân sách", 400, "400", "tỷ đồng", 2020, true), figure("thu ngân sách", 500, "500", "tỷ đồng", 2021)],
    ],
    ["a year opening the clause without 'năm'", "Riêng 2019, tổng thu du lịch đạt hơn 1.000 tỷ đồng.", [figure("doanh thu du lịch", 1000, "1.000", "tỷ đồng", 2019)]],
  ])("returns %s", (_case, text, expected) => {
    expect(extractFigures(text, { year: 2024 })).toEqual(expected);
  });

  it("returns the figure but not the comparison that follows it in the next clause", () => {
    expect(extractFigures("Tăng trưởng kinh tế đạt 6,95%, cao hơn 1,5% so với bình quân.")).toEqual([figure("GRDP", 6.95, "6,95", "%", null)]);
  });

  it("returns the unknown year as null for \"năm nay\" without a context year", () => {
    expect(extractFigures("Thu ngân sách năm nay đạt 900 tỷ đồng.")).toEqual([figure("thu ngân sách", 900, "900", "tỷ đồng", null)]);
  });
});
