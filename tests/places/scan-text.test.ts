import { describe, expect, it } from "vitest";
import { scanPlaces } from "../../src/places/scan-text.ts";
import { compilePatterns } from "../../src/places/text-patterns.ts";

const patterns = compilePatterns();

function found(text: string): string[] {
  return scanPlaces(text, patterns).map((match) => `${match.name}>${match.province}`);
}

describe("scanPlaces", () => {
  it.each([
    ["Đoàn công tác làm việc với tỉnh Quảng Ninh.", ["Quảng Ninh>quang-ninh"]],
    ["Sáng 9.1, tại TP Hạ Long, hội nghị khai mạc.", ["Hạ Long>quang-ninh"]],
    ["Kết nối Hà Nội - Hải Phòng - Quảng Ninh.", ["Hà Nội>ha-noi", "Hải Phòng>hai-phong", "Quảng Ninh>quang-ninh"]],
    ["Tuyến Hà Nội-Hải Phòng.", ["Hà Nội>ha-noi", "Hải Phòng>hai-phong"]],
    ["phía Tây giáp tỉnh Bắc Kạn và Thái Nguyên", ["Bắc Kạn>thai-nguyen", "Thái Nguyên>thai-nguyen"]],
    ["tỉnh Bà Rịa - Vũng Tàu và tỉnh Bà Rịa-Vũng Tàu", ["Bà Rịa - Vũng Tàu>ho-chi-minh", "Bà Rịa - Vũng Tàu>ho-chi-minh"]],
    ["Lạng Sơn - Hà Nội - TP. Hồ Chí Minh - Mộc Bài", ["Lạng Sơn>lang-son", "Hà Nội>ha-noi", "TP. Hồ Chí Minh>ho-chi-minh", "Mộc Bài>tay-ninh"]],
    ["về TP.HCM, TP HCM, Tp.HCM và TPHCM", ["TP.HCM>ho-chi-minh", "TP.HCM>ho-chi-minh", "TP.HCM>ho-chi-minh", "TPHCM>ho-chi-minh"]],
    ["Ủy ban nhân dân thành phố Hồ Chí Minh", ["thành phố Hồ Chí Minh>ho-chi-minh"]],
    ["Công dân số xứ Lạng; vùng đất Mỏ", ["xứ Lạng>lang-son", "đất Mỏ>quang-ninh"]],
    ["tỉnh Khánh Hoà và tỉnh Hoà Bình", ["Khánh Hòa>khanh-hoa", "Hòa Bình>phu-tho"]],
    ["Đà Nẵng".normalize("NFD") + " và Quảng Nam", ["Đà Nẵng>da-nang", "Quảng Nam>da-nang"]],
    ["Công an huyện M'Đrắk", ["M'Đrắk>dak-lak"]],
    ["QUẢNG NINH ĐẨY MẠNH", ["Quảng Ninh>quang-ninh"]],
    ["Bí thư Tỉnh ủy Lạng Sơn Nguyễn Quốc Đoàn cho biết", ["Lạng Sơn>lang-son"]],
    ["UBND Hà Nội và CLB Hà Nội FC", ["Hà Nội>ha-noi"]],
    ["VinaCafé Biên Hòa, HA Gia Lai, SHB Đà Nẵng (a company and clubs)", []],
    ["chiến thắng Điện Biên Phủ, 475A Điện Biên Phủ, TP Điện Biên Phủ (a battle, a street, the city)", ["TP. Điện Biên Phủ>dien-bien"]],
    ["Xa lộ Hà Nội ở TP Thủ Đức (a highway named after a place)", ["Thủ Đức>ho-chi-minh"]],
    ["diễn viên Biệt động Sài Gòn, nhà hàng Nét Huế (a film, a restaurant)", []],
    ["anh Hải Dương, một người sáng tạo nội dung (a person)", []],
    ["Hà Nội FC, Bình Dương FC, Sông Lam Nghệ An và Bia Sài Gòn (clubs and a beer brand)", []],
    ["lăng mộ ở An Dương, tỉnh Hà Nam, Trung Quốc (a foreign town and province)", []],
    ["Đoàn TNCS Hồ Chí Minh và Chủ tịch Hồ Chí Minh (an organisation and the person)", []],
    ["Tại Quảng Ninh, Sở Y tế Hà Nội", ["Quảng Ninh>quang-ninh", "Hà Nội>ha-noi"]],
    ["ở quận Hai Bà Trưng và thành phố Vinh", ["quận Hai Bà Trưng>ha-noi", "thành phố Vinh>nghe-an"]],
    ["thị xã Sa Pa và thành phố Cần Thơ", ["Sa Pa>lao-cai", "Cần Thơ>can-tho"]],
    ["hợp tác Móng Cái - Đông Hưng (Dongxing)", ["Móng Cái>quang-ninh"]],
    ["vùng Liên Vị, đảo Hà Nam, Quảng Yên (Quảng Ninh) (an island named like a former province)", ["Quảng Yên>quang-ninh", "Quảng Ninh>quang-ninh"]],
    ["đảo Phú Quốc, đảo Cát Bà và mũi Cà Mau (landforms that are themselves the place)", ["Phú Quốc>an-giang", "Cát Bà>hai-phong", "Cà Mau>ca-mau"]],
    ["Quảng Ninh".normalize("NFD") + " và Lạng Sơn", ["Quảng Ninh>quang-ninh", "Lạng Sơn>lang-son"]],
  ])("returns the names of %j", (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it.each([
    ["xây dựng biên giới hòa bình, hữu nghị", "a common word written in lowercase"],
    ["vùng biển Thái Bình Dương", "part of a longer capitalized name"],
    ["Báo Sài Gòn Giải Phóng", "part of a longer capitalized name"],
    ["Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc", "a foreign province"],
    ["tỉnh Hà Nam, Trung Quốc và tỉnh Hà Nam (Trung Quốc)", "a foreign province named like a former one"],
    ["Đại tướng Phan Văn Giang phát biểu", "a person's name"],
    ["chị Nguyễn Thị Huế và Tôn Đông Hải", "a person's name"],
    ["tư tưởng, đạo đức, phong cách Hồ Chí Minh", "the person, not the city"],
    ["HN và QN, HCM", "abbreviations"],
    ["xã Quảng Yên, phường Bắc Sơn, thị trấn Thuận An, đường Hà Nội, cầu Đông Hải", "communes and streets named after places"],
    ["số 475A Điện Biên Phủ, 19 Hoàng Sa", "street addresses"],
    ["huyện Tân Phú và huyện Châu Thành", "district names shared by several provinces"],
  ])("returns no place for %j (%s)", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("returns a place whose longer name has its own entry", () => {
    expect(found("sân bay Tân Sơn Nhất")).toEqual(["Tân Sơn Nhất>ho-chi-minh"]);
  });

  it("returns offsets into the text it scanned", () => {
    const text = "Tại Hạ Long hôm nay";
    const [match] = scanPlaces(text, patterns);
    expect(text.slice(match?.start, match?.end)).toBe("Hạ Long");
  });
});
