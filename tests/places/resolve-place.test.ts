import { describe, expect, it } from "vitest";
import { describeVia, resolvePlace, type PlaceResolution } from "../../src/places/index.ts";

function summary(resolution: PlaceResolution): string {
  switch (resolution.kind) {
    case "province":
      return resolution.via ? `${resolution.province.id} via ${resolution.via.type} ${resolution.via.name}` : resolution.province.id;
    case "ambiguous":
      return `ambiguous ${resolution.options.map((province) => province.id).join(",")}`;
    case "unknown":
      return `unknown ${resolution.suggestions.map((province) => province.id).join(",")}`;
  }
}

describe("resolvePlace", () => {
  it.each([
    ["Quảng Ninh", "quang-ninh"],
    ["quang ninh", "quang-ninh"],
    ["QUẢNG NINH", "quang-ninh"],
    ["Quảng Ninh".normalize("NFD"), "quang-ninh"],
    ["  quảng   ninh. ", "quang-ninh"],
    ["quangninh", "quang-ninh"],
    ["Quang Nính", "quang-ninh"],
    ["tỉnh Quảng Ninh", "quang-ninh"],
    ["Tỉnh Quảng Ninh", "quang-ninh"],
    ["tinh quang ninh", "quang-ninh"],
    ["Lang Son", "lang-son"],
    ["Khánh Hoà", "khanh-hoa"],
    ["Khánh Hòa", "khanh-hoa"],
    ["khanh hoa", "khanh-hoa"],
    ["thanh hoa", "thanh-hoa"],
    ["Thanh Hoá", "thanh-hoa"],
    ["Hà Nội", "ha-noi"],
    ["hanoi", "ha-noi"],
    ["TP Hà Nội", "ha-noi"],
    ["thành phố Hà Nội", "ha-noi"],
    ["Thủ đô Hà Nội", "ha-noi"],
    ["Hồ Chí Minh", "ho-chi-minh"],
    ["TP. Hồ Chí Minh", "ho-chi-minh"],
    ["Thành phố Hồ Chí Minh", "ho-chi-minh"],
    ["thanh pho ho chi minh", "ho-chi-minh"],
    ["Huế", "hue"],
    ["hue", "hue"],
    ["Cố đô Huế", "hue"],
    ["Đắk Lắk", "dak-lak"],
    ["Dak Lak", "dak-lak"],
    ["daklak", "dak-lak"],
    ["Ðà Nẵng", "da-nang"],
  ])("returns the current province when %j is typed", (query, id) => {
    expect(resolvePlace(query)).toEqual({ kind: "province", province: expect.objectContaining({ id }), via: null });
  });

  it.each([
    ["Bắc Giang", "bac-ninh via former Bắc Giang"],
    ["bac giang", "bac-ninh via former Bắc Giang"],
    ["tỉnh Bắc Giang", "bac-ninh via former Bắc Giang"],
    ["Hà Giang", "tuyen-quang via former Hà Giang"],
    ["Quảng Nam", "da-nang via former Quảng Nam"],
    ["Bình Dương", "ho-chi-minh via former Bình Dương"],
    ["Bà Rịa - Vũng Tàu", "ho-chi-minh via former Bà Rịa - Vũng Tàu"],
    ["ba ria vung tau", "ho-chi-minh via former Bà Rịa - Vũng Tàu"],
    ["Hải Dương", "hai-phong via former Hải Dương"],
    ["Bắc Kạn", "thai-nguyen via former Bắc Kạn"],
    ["Hoà Bình", "phu-tho via former Hòa Bình"],
    ["hoa binh", "phu-tho via former Hòa Bình"],
    ["Hạ Long", "quang-ninh via district Hạ Long"],
    ["TP Hạ Long", "quang-ninh via district Hạ Long"],
    ["Móng Cái", "quang-ninh via district Móng Cái"],
    ["Sa Pa", "lao-cai via district Sa Pa"],
    ["sapa", "lao-cai via place Sapa"],
    ["Đà Lạt", "lam-dong via district Đà Lạt"],
    ["Phú Quốc", "an-giang via district Phú Quốc"],
    ["Hội An", "da-nang via district Hội An"],
    ["Vinh", "nghe-an via district Vinh"],
    ["quận Tân Phú", "ho-chi-minh via district Tân Phú"],
    ["huyện Tân Phú", "dong-nai via district Tân Phú"],
    ["huyện Quảng Ninh", "quang-tri via district Quảng Ninh"],
    ["Quận 1", "ho-chi-minh via district Quận 1"],
    ["M'Đrắk", "dak-lak via district M'Đrắk"],
    ["Mdrak", "dak-lak via district M'Đrắk"],
    ["Hồ Gươm", "ha-noi via place Hồ Gươm"],
    ["Mỹ Sơn", "da-nang via place Mỹ Sơn"],
    ["TP.HCM", "ho-chi-minh via alias TP.HCM"],
    ["TP HCM", "ho-chi-minh via alias TP.HCM"],
    ["tp.hcm", "ho-chi-minh via alias TP.HCM"],
    ["TPHCM", "ho-chi-minh via alias TPHCM"],
    ["HCM", "ho-chi-minh via alias HCM"],
    ["Sài Gòn", "ho-chi-minh via alias Sài Gòn"],
    ["sai gon", "ho-chi-minh via alias Sài Gòn"],
    ["HN", "ha-noi via alias HN"],
    ["xứ Lạng", "lang-son via alias xứ Lạng"],
    ["xu lang", "lang-son via alias xứ Lạng"],
    ["xứ Thanh", "thanh-hoa via alias xứ Thanh"],
    ["xứ Nghệ", "nghe-an via alias xứ Nghệ"],
    ["đất Mỏ", "quang-ninh via alias đất Mỏ"],
    ["đất Cảng", "hai-phong via alias đất Cảng"],
    ["Đà thành", "da-nang via alias Đà thành"],
    ["Thừa Thiên Huế", "hue via alias Thừa Thiên Huế"],
  ])("returns the province it is now part of when %j is typed", (query, expected) => {
    expect(summary(resolvePlace(query))).toBe(expected);
  });

  it.each([
    ["QN", "ambiguous quang-ninh,da-nang,quang-ngai"],
    ["qn", "ambiguous quang-ninh,da-nang,quang-ngai"],
    ["ĐN", "ambiguous da-nang,dong-nai"],
    ["BD", "ambiguous gia-lai,ho-chi-minh"],
    ["Tân Phú", "ambiguous dong-nai,ho-chi-minh"],
    ["Châu Thành", "ambiguous tay-ninh,dong-thap,vinh-long,an-giang,can-tho"],
  ])("returns the choices in official order when %j is ambiguous", (query, expected) => {
    expect(summary(resolvePlace(query))).toBe(expected);
  });

  it.each([
    ["Quang Nin", "unknown quang-ninh"],
    ["Hà Nộii", "unknown ha-noi"],
    ["Lạng Sơnn", "unknown lang-son"],
    ["quang", "unknown quang-ninh,quang-tri,quang-ngai,tuyen-quang"],
    ["xyz", "unknown "],
    ["", "unknown "],
    ["   ", "unknown "],
    ["!!!", "unknown "],
  ])("returns unknown with close current provinces when %j matches no name", (query, expected) => {
    expect(summary(resolvePlace(query))).toBe(expected);
  });

  it("returns the exact accented name before one that only shares its unaccented letters", () => {
    expect(summary(resolvePlace("Quang Bình"))).toBe("tuyen-quang via district Quang Bình");
    expect(summary(resolvePlace("Quảng Bình"))).toBe("quang-tri via former Quảng Bình");
  });
});

describe("describeVia", () => {
  it.each([
    ["Bắc Giang", "Bắc Giang: từ 1/7/2025 thuộc tỉnh Bắc Ninh"],
    ["Quảng Nam", "Quảng Nam: từ 1/7/2025 thuộc thành phố Đà Nẵng"],
    ["Bình Dương", "Bình Dương: từ 1/7/2025 thuộc thành phố Hồ Chí Minh"],
    ["Hà Giang", "Hà Giang: từ 1/7/2025 thuộc tỉnh Tuyên Quang"],
    ["Hạ Long", "Hạ Long → Quảng Ninh"],
    ["Sài Gòn", "Sài Gòn → Hồ Chí Minh"],
    ["xứ Lạng", "xứ Lạng → Lạng Sơn"],
    ["Hồ Gươm", "Hồ Gươm → Hà Nội"],
  ])("returns the sentence for %j", (query, sentence) => {
    expect(describeVia(resolvePlace(query))).toBe(sentence);
  });

  it.each(["Quảng Ninh", "TP. Hồ Chí Minh", "QN", "xyz"])("returns null when %j needs no explanation", (query) => {
    expect(describeVia(resolvePlace(query))).toBeNull();
  });
});
