import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/articles/index.ts";
import { extractPeople } from "../../src/extract/index.ts";
import type { Person } from "../../src/model/article.ts";
import { readSeed } from "../fixtures/seeds.ts";

function seedPeople(seed: string): Person[] {
  const article = parseArticle(readSeed(seed));
  return extractPeople([article.title, article.lead, ...article.paragraphs].join("\n"));
}

describe("extractPeople on the seeds", () => {
  it.each([
    ["000", [{ name: "Tô Lâm", title: "Tổng Bí thư" }, { name: "Phạm Minh Chính", title: "Thủ tướng" }]],
    [
      "001",
      [
        { name: "Tô Lâm", title: "Tổng Bí thư" },
        { name: "Quản Minh Cường", title: "Bí thư Tỉnh ủy Quảng Ninh" },
        { name: "Phạm Minh Chính", title: "Thủ tướng" },
      ],
    ],
    [
      "002",
      [
        { name: "Trương Thị Mai", title: "Thường trực Ban Bí thư" },
        { name: "Nguyễn Xuân Ký", title: "Bí thư Tỉnh ủy" },
        { name: "Tô Lâm", title: "Bộ trưởng Bộ Công an" },
      ],
    ],
    ["003", [{ name: "Nguyễn Xuân Ký", title: "Bí thư Tỉnh ủy" }]],
    [
      "004",
      [
        { name: "Nguyễn Phú Trọng", title: "Tổng Bí thư" },
        { name: "Tô Lâm", title: "Bộ trưởng Bộ Công an" },
        { name: "Phan Văn Giang", title: "Bộ trưởng Bộ Quốc phòng" },
        { name: "Lê Minh Hưng", title: "Chánh Văn phòng Trung ương" },
        { name: "Đỗ Văn Chiến", title: "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" },
        { name: "Lê Minh Khái", title: "Phó Thủ tướng Chính phủ" },
        { name: "Lê Hoài Trung", title: "Trưởng ban Đối ngoại Trung ương" },
        { name: "Nguyễn Hồng Diên", title: "Bộ trưởng Bộ Công Thương" },
        { name: "Lâm Thị Phương Thanh", title: "Phó Chánh Văn phòng Trung ương Đảng" },
        { name: "Nguyễn Hồng Thái", title: "Tư lệnh Quân khu 1" },
        { name: "Nguyễn Quốc Đoàn", title: "Bí thư Tỉnh ủy Lạng Sơn" },
        { name: "Hoàng Văn Nghiệm", title: "Phó Bí thư thường trực Tỉnh ủy" },
        { name: "Hồ Tiến Thiệu", title: "Chủ tịch UBND tỉnh" },
        { name: "Đoàn Thị Hậu", title: "Chủ tịch HĐND tỉnh" },
      ],
    ],
  ])("returns the people of seed %s with their most senior title", (seed, expected) => {
    expect(seedPeople(seed)).toEqual(expected);
  });

  it("returns no place, organisation or caption as a person", () => {
    const names = ["000", "001", "002", "003", "004"].flatMap((seed) => seedPeople(seed).map((person) => person.name));
    for (const notPerson of ["Quảng Ninh", "Hạ Long", "Lạng Sơn", "Ban Thường vụ", "Bộ Chính trị", "Hà Nội", "Trung Quốc"]) {
      expect(names).not.toContain(notPerson);
    }
  });
});

describe("extractPeople on crafted sentences", () => {
  it.each([
    ["Tổng Bí thư Tô Lâm phát biểu.", [{ name: "Tô Lâm", title: "Tổng Bí thư" }]],
    ["Bí thư Tỉnh ủy Nguyễn Xuân Ký chủ trì.", [{ name: "Nguyễn Xuân Ký", title: "Bí thư Tỉnh ủy" }]],
    ["Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Xuân Ký dự.", [{ name: "Nguyễn Xuân Ký", title: "Bí thư Tỉnh ủy" }]],
    ["Báo cáo của đồng chí Quản Minh Cường - Bí thư Tỉnh ủy Quảng Ninh.", [{ name: "Quản Minh Cường", title: "Bí thư Tỉnh ủy Quảng Ninh" }]],
    ["Có Bộ trưởng Bộ Công an, Đại tướng Tô Lâm.", [{ name: "Tô Lâm", title: "Bộ trưởng Bộ Công an" }]],
    ["Phó Thủ tướng Chính phủ Lê Minh Khái dự.", [{ name: "Lê Minh Khái", title: "Phó Thủ tướng Chính phủ" }]],
    ["Chủ tịch UBND tỉnh Hồ Tiến Thiệu báo cáo.", [{ name: "Hồ Tiến Thiệu", title: "Chủ tịch UBND tỉnh" }]],
    ["Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh chỉ đạo.", [{ name: "Trần Sỹ Thanh", title: "Chủ tịch UBND TP Hà Nội" }]],
    ["Bí thư Tỉnh ủy Bình Dương Nguyễn Văn Lợi cho biết.", [{ name: "Nguyễn Văn Lợi", title: "Bí thư Tỉnh ủy Bình Dương" }]],
    ["Phó Chủ tịch UBND tỉnh An Giang ông Lê Văn Phước ký.", [{ name: "Lê Văn Phước", title: "Phó Chủ tịch UBND tỉnh An Giang" }]],
    ["Ông Tô Hùng - Giám đốc Sở TN & MT TP Đà Nẵng cho hay.", [{ name: "Tô Hùng", title: "Giám đốc Sở" }]],
    ["Tại buổi làm việc, đồng chí Hoàng Văn Nam phát biểu.", [{ name: "Hoàng Văn Nam", title: null }]],
    [
      "Dự có Thủ tướng Phạm Minh Chính, Phó Thủ tướng Lê Minh Khái.",
      [
        { name: "Phạm Minh Chính", title: "Thủ tướng" },
        { name: "Lê Minh Khái", title: "Phó Thủ tướng" },
      ],
    ],
    ["Báo cáo với Thủ tướng, Bộ trưởng Bộ Y tế Nguyễn Thanh Long cho biết.", [{ name: "Nguyễn Thanh Long", title: "Bộ trưởng Bộ Y tế" }]],
    [
      "Tổng Bí thư Tô Lâm phát biểu. Sau đó, Tổng Bí thư Tô Lâm và Ủy viên Bộ Chính trị Tô Lâm gặp cử tri.",
      [{ name: "Tô Lâm", title: "Tổng Bí thư" }],
    ],
  ])("returns the people of %j", (text, expected) => {
    expect(extractPeople(text)).toEqual(expected);
  });

  it.each([
    "Đoàn công tác đến Quảng Ninh và Hạ Long.",
    "Ban Thường vụ Tỉnh ủy và Bộ Chính trị đã họp.",
    "Chủ tịch UBND TP Hà Nội đã ký quyết định.",
    "Ông Nguyễn Văn An cho biết sẽ tiếp tục.",
    "Các đồng chí Bí thư Tỉnh ủy, Thành ủy trực thuộc Trung ương.",
    "Tổng Bí thư Nguyễn Phú Trọngmong muốn.",
    "Tuyến đường Lê Lợi và cầu Lại Xuân được sửa.",
  ])("returns nobody for %j", (text) => {
    expect(extractPeople(text)).toEqual([]);
  });
});
