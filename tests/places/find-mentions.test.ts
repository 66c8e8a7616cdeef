import { describe, expect, it } from "vitest";
import { findProvinceMentions } from "../../src/places/index.ts";

const named = (text: string, province: string) => findProvinceMentions(text, province).map(([start, end]) => text.slice(start, end));

describe("findProvinceMentions", () => {
  it.each([
    ["Sáng 9.1, tại TP Hạ Long, hội nghị khai mạc.", "quang-ninh", ["Hạ Long"]],
    ["hành lang Lạng Sơn - Hà Nội - TP. Hồ Chí Minh - Mộc Bài", "ho-chi-minh", ["TP. Hồ Chí Minh"]],
    ["hành lang Lạng Sơn - Hà Nội - TP. Hồ Chí Minh - Mộc Bài", "tay-ninh", ["Mộc Bài"]],
    ["tỉnh Hà Tây cũ và Thủ đô Hà Nội", "ha-noi", ["Hà Tây", "Thủ đô Hà Nội"]],
    ["tư tưởng, đạo đức, phong cách Hồ Chí Minh", "ho-chi-minh", []],
    ["Quảng Ninh và Lạng Sơn", "ha-noi", []],
    ["Cửa hàng ở quận 1 TP.HCM, một quận 3 TPHCM.", "ho-chi-minh", ["TP.HCM", "TPHCM"]],
    ["Nhà số 12 Hà Nội bị cháy.", "ha-noi", []],
    ["Tai nạn ở xã Đắk Ha (huyện Đắk G'Long) và huyện Đắk R’Lấp.", "lam-dong", ["Đắk G'Long", "Đắk R’Lấp"]],
    ["Nông dân huyện Cư Mgar, huyện Krông Pắk, tỉnh Đăk Lăk.", "dak-lak", ["Cư Mgar", "Krông Pắk", "Đăk Lăk"]],
    ["Mưa lớn ở tỉnh Hà Nam của Trung Quốc.", "ninh-binh", []],
    ["Lũ lụt ở tỉnh Hà Nam thuộc Trung Quốc.", "ninh-binh", []],
  ])("returns the ranges naming the province in %j (%s)", (text, province, expected) => {
    expect(named(text, province)).toEqual(expected);
  });

  it("returns nothing for decomposed text, whose ranges would not point into it", () => {
    expect(findProvinceMentions("tỉnh Quảng Ninh".normalize("NFD"), "quang-ninh")).toEqual([]);
  });
});
