import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractProvinces } from "../../src/places/index.ts";

const SEEDS = new URL("../../seeds/", import.meta.url);

// NOTE: a light split (first non-empty line = title, the rest = paragraphs); the real parser
// lives elsewhere.
function seed(prefix: string): { title: string; lead: string; paragraphs: string[] } {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  const lines = readFileSync(new URL(file, SEEDS), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return { title: lines[0] ?? "", lead: "", paragraphs: lines.slice(1) };
}

describe("extractProvinces on the seeds", () => {
  it.each(["000", "001", "002", "003"])("returns quang-ninh as the only primary province of seed %s", (prefix) => {
    expect(extractProvinces(seed(prefix)).primary).toEqual(["quang-ninh"]);
  });

  it("returns lang-son as primary and its neighbours as mentioned for seed 004", () => {
    const refs = extractProvinces(seed("004"));
    expect(refs.primary).toEqual(["lang-son"]);
    expect(refs.mentioned).toEqual(
      expect.arrayContaining(["quang-ninh", "thai-nguyen", "bac-ninh", "cao-bang", "ha-noi", "hai-phong", "ho-chi-minh"]),
    );
    expect(refs.mentioned).not.toContain("lang-son");
  });

  it("returns hai-phong as mentioned in seed 002 (Hải Phòng, Hải Dương)", () => {
    expect(extractProvinces(seed("002")).mentioned).toContain("hai-phong");
  });

  it("returns ha-noi and hai-phong as mentioned in seed 001", () => {
    expect(extractProvinces(seed("001")).mentioned).toEqual(["ha-noi", "hai-phong"]);
  });

  it("returns no Chinese town as a province in seed 000 (Móng Cái - Đông Hưng)", () => {
    expect(extractProvinces(seed("000"))).toEqual({ primary: ["quang-ninh"], mentioned: [] });
  });
});

describe("extractProvinces", () => {
  const article = (title: string, lead = "", paragraphs: string[] = []) => ({ title, lead, paragraphs });

  it("returns the title's province first even when the body names another as often", () => {
    const refs = extractProvinces(article("Quảng Ninh đón khách", "", ["Đoàn khách từ Hà Nội.", "Khách Hà Nội hài lòng."]));
    expect(refs.primary[0]).toBe("quang-ninh");
  });

  it("returns a former province, district or alias under its current province", () => {
    expect(extractProvinces(article("Bắc Giang thu hoạch vải thiều")).primary).toEqual(["bac-ninh"]);
    expect(extractProvinces(article("Du lịch Hạ Long khởi sắc")).primary).toEqual(["quang-ninh"]);
    expect(extractProvinces(article("Giá nhà TP.HCM tăng")).primary).toEqual(["ho-chi-minh"]);
  });

  it("returns counts of former names and current names together", () => {
    const refs = extractProvinces(article("Tin kinh tế", "Hải Dương và Hải Phòng hợp nhất.", ["Quảng Ninh có một mỏ."]));
    expect(refs).toEqual({ primary: ["hai-phong"], mentioned: ["quang-ninh"] });
  });

  it("returns no primary province when the only evidence is one body mention", () => {
    expect(extractProvinces(article("Giá vàng hôm nay", "Giá vàng tăng.", ["Một cửa hàng ở Hà Nội."]))).toEqual({
      primary: [],
      mentioned: ["ha-noi"],
    });
  });

  it("returns at most three primary provinces", () => {
    const refs = extractProvinces(article("Mưa ở Hà Nội. Mưa ở Huế. Mưa ở Cần Thơ. Mưa ở Cà Mau."));
    expect(refs.primary).toEqual(["ha-noi", "hue", "can-tho"]);
    expect(refs.mentioned).toEqual(["ca-mau"]);
  });

  it.each([
    ["a list of many provinces", "Mưa lớn ở Hà Nội, Huế, Cần Thơ, Cà Mau.", ["ha-noi", "hue", "can-tho", "ca-mau"]],
    ["a person's hometown", "Công an bắt anh N. (25 tuổi, quê Thái Bình) tại Hà Nội.", ["hung-yen"]],
    ["a route's endpoints", "Hành khách trên xe khách tuyến Đà Nẵng - Hà Nội cần khai báo y tế.", ["da-nang", "ha-noi"]],
    ["an archipelago named for sovereignty", "EU lo ngại tàu Trung Quốc ở quần đảo Trường Sa.", ["khanh-hoa"]],
  ])("returns no primary province for %s named in the title", (_case, title, mentioned) => {
    const refs = extractProvinces(article(title));
    for (const id of mentioned) expect(refs.primary).not.toContain(id);
    expect(refs.mentioned).toEqual(expect.arrayContaining(mentioned));
  });

  it.each([
    [
      "a national daily case list",
      article("Tối 23/4, nước ta có 8 ca mắc mới", "Nước ta có 8 ca mắc mới được cách ly ngay sau khi nhập cảnh tại TP HCM (5), Nam Định (3).", [
        "- CA BỆNH 2817 ghi nhận tại TP HCM: bệnh nhân nữ, 36 tuổi.",
        "- CA BỆNH 2818 ghi nhận tại TP HCM: bệnh nhân nam, 34 tuổi.",
        "- CA BỆNH 2819 ghi nhận tại TP HCM: bệnh nhân nữ, 31 tuổi.",
        "- CA BỆNH 2822 ghi nhận tại tỉnh Nam Định: bệnh nhân nam, 36 tuổi.",
        "- CA BỆNH 2823 ghi nhận tại tỉnh Nam Định: bệnh nhân nam, 30 tuổi.",
      ]),
    ],
    [
      "a national update with one province's details",
      article("Tối 1/10, Việt Nam không có ca mắc Covid-19 mới", "Bộ Y tế thông tin không ghi nhận ca mắc mới.", [
        "Giám đốc Sở Y tế Quảng Nam cho hay đã tiếp nhận 307 công dân.",
        "Ngành chức năng tỉnh Quảng Nam đã sắp xếp nơi ăn nghỉ.",
        "Ngành y tế Quảng Nam đã xét nghiệm cho các công dân này.",
        "Quảng Nam sẽ theo dõi sức khỏe của họ.",
      ]),
    ],
    ["a price quoted in the two big cities", article("Loại quả đắt đỏ", "Một cửa hàng tại Hà Nội và TP.HCM rao bán hồng Nhật giá 500.000 đồng/quả.", ["Khách ở Hà Nội mua nhiều."])],
    ["a university hospital's launch", article("Bệnh viện Đại học Y Hà Nội ra mắt phần mềm trí tuệ nhân tạo", "", ["Phần mềm giúp phát hiện polyp đại tràng."])],
    [
      "a central hospital's launch held in its own city",
      article("Ra mắt phần mềm nội soi", "Thông tin được Phó Giám đốc Bệnh viện Đại học Y Hà Nội chia sẻ tại lễ ra mắt phần mềm tổ chức ngày 21/4 tại Hà Nội.", [
        "Nguyên Giám đốc Bệnh viện Đại học Y Hà Nội đánh giá cao phần mềm.",
      ]),
    ],
    ["a national university named in the headline and lead only", article("ĐH Quốc gia Hà Nội công bố học phí", "Học phí vào 12 trường, khoa thành viên của ĐH Quốc gia Hà Nội tăng nhẹ.", ["Trường ĐH Kinh tế, ĐH Quốc gia Hà Nội thu cao nhất."])],
    [
      "people quoted with their city and a travel agency's owner in Hà Nội",
      article("Nhiều người hủy tour", "Nhiều khách hủy tour dịp lễ.", [
        "Chị N.H.H (Hà Nội) cho biết đã hủy tour Hội An.",
        "Chị L.P (Hà Nội) phải bán lại vé đi Hạ Long (Quảng Ninh).",
        "Chị N.H (Hà Nội) rao bán voucher khách sạn.",
        "Anh P.A, chủ một đại lý chuyên cung cấp tour du lịch ở Hà Nội, cũng chia sẻ nhiều khách hủy chuyến.",
      ]),
    ],
    [
      "a gold price bulletin quoting the two cities in turn",
      article("Giá vàng giảm nhẹ", "Mở cửa phiên giao dịch sáng nay, giá vàng SJC tại Hà Nội ở mức 55,45 - 55,85 triệu đồng/lượng.", [
        "Tại TP.HCM, vàng hiện giao dịch ở 55,48 - 55,83 triệu đồng/lượng.",
        "Trước đó, giá vàng SJC tại Hà Nội chốt phiên ở mức 55,5 triệu đồng/lượng.",
      ]),
    ],
    [
      "national bodies' signing ceremony in the capital",
      article("Phối hợp xây dựng thị trường lao động", "Sáng nay 22/4 tại Hà Nội, Tổng cục Giáo dục nghề nghiệp và Cục Việc làm đã ký kết chương trình phối hợp.", [
        "Lễ ký kết diễn ra tại Hà Nội với sự tham dự của Thứ trưởng Bộ LĐ-TB&XH.",
      ]),
    ],
    [
      "a bulletin whose lead tallies cases by province, then gives each case",
      article("6 ca mắc mới", "6 ca mắc mới được cách ly ngay sau khi nhập cảnh tại TP. Hồ Chí Minh (2), Khánh Hòa (1) và Hà Nội (3). Cụ thể:", [
        "- Ca bệnh 2850 ghi nhận tại Hà Nội: bệnh nhân nữ, 26 tuổi, quốc tịch Anh.",
        "- Ca bệnh 2851 ghi nhận tại Hà Nội: bệnh nhân nam, 6 tuổi, quốc tịch Iran.",
        "- Ca bệnh 2852 ghi nhận tại Hà Nội: bệnh nhân nữ, 23 tuổi.",
        "- Ca bệnh 2847 ghi nhận tại TP. Hồ Chí Minh: bệnh nhân nữ, 32 tuổi.",
      ]),
    ],
    [
      "a match report whose teams are named after provinces",
      article("Thua CLB Hải Phòng, SL Nghệ An phải tranh suất trụ hạng", "SL Nghệ An đã phải nhận thất bại nặng nề với tỷ số 1-3 trước Hải Phòng ở vòng 13 V-League 2020.", [
        "Hải Phòng đã chủ động chơi đôi công với đối thủ.",
        "Hậu vệ của SL Nghệ An phải phạm lỗi với cầu thủ Hải Phòng trong vòng cấm.",
        "Phút 85, Silva đánh đầu ấn định chiến thắng 3-1 cho Hải Phòng.",
      ]),
    ],
    [
      "a singer's interview about a past show",
      article("Ca sĩ trải lòng", "Mới đây, ca sĩ Phi Nhung đã trải lòng về nhiều vấn đề, từ việc con nuôi và sự cố mất giọng trong liveshow tại Hà Nội.", [
        "Vừa qua, trong show diễn ở Hà Nội, Phi Nhung gặp sự cố mất giọng.",
        'Phi Nhung trải lòng: "Bản thân tôi cũng vấp ngã. Khi hát ở Hà Nội, tôi thật sự không hài lòng."',
      ]),
    ],
    [
      "airlines' routes and a train's direction",
      article("Các hãng bay tăng chỗ dịp lễ", "Các hãng hàng không tăng tải 117.000 chỗ.", [
        "Lượng khách tăng trên các đường bay từ Hà Nội đi Đà Nẵng, Nha Trang, Phú Quốc.",
        "Tại sân bay Nội Bài, lượng khách dự báo tăng 25%.",
        "Vé tàu được bán nhiều nhất vào chiều Hà Nội đi ngày 29/4 và về Hà Nội ngày 2/5.",
      ]),
    ],
    [
      "people quoted with their city in brackets",
      article("Nhiều người hủy tour", "Trước thông tin có 6 ca mới (5 ca ở Hà Nam, 1 ca ở TP.HCM), nhiều khách hủy tour.", [
        "Chị N.H.H (Hà Nội) cho biết đã hủy tour Hội An.",
        "Chị L.P (Hà Nội) phải bán lại vé.",
        "Chị N.H (Hà Nội) rao bán voucher khách sạn.",
      ]),
    ],
    ["a reader's question signed with a province", article("Khi nào nên khám vú? (Ngọc Phương, Phú Thọ)", "Khi nào nên khám vú? (Ngọc Phương, Phú Thọ).", [])],
    ["a contact of a case found in another province", article("Phong tỏa khu nhà trọ", "Đây là trường hợp F1 của ca bệnh vừa phát hiện ở Hà Nam.", ["Trường hợp này tiếp xúc gần với ca dương tính tại tỉnh Hà Nam."])],
  ])("returns no primary province for %s", (_case, source) => {
    expect(extractProvinces(source).primary).toEqual([]);
  });

  it.each([
    [
      "a title made from the lead and cut before the place",
      article(
        "Đó là trường hợp của chị N.N.H. (38 tuổi, ngụ tại Tây Ninh) vừa được tiếp nhận, can thiệp tại một bệnh viện trên địa…",
        "Đó là trường hợp của chị N.N.H. (38 tuổi, ngụ tại Tây Ninh) vừa được tiếp nhận, can thiệp tại một bệnh viện trên địa bàn TPHCM. Khối u rất lớn.",
        [],
      ),
      ["ho-chi-minh"],
    ],
    ["a ferry route from its province", article("Tàu cao tốc Cà Mau hoạt động trở lại", "Tuyến Cà Mau - Nam Du - Phú Quốc hoạt động trở lại.", ["Tàu rời bến Cà Mau lúc 9h, cập bến Phú Quốc lúc 12h30.", "Từ Nam Du (11h20 rời bến) đi Phú Quốc."]), ["ca-mau"]],
    ["an island of one province named like another", article("Tôm bò là đặc sản của vùng Liên Vị, đảo Hà Nam, Quảng Yên (Quảng Ninh)", "Tôm bò là đặc sản của vùng Liên Vị, đảo Hà Nam, Quảng Yên (Quảng Ninh).", []), ["quang-ninh"]],
    ["a patient of a provincial hospital", article("Hai bệnh nhi bị thủng ruột", "", ["Bé A. (13 tuổi, trú huyện Thanh Chương, Nghệ An) nuốt tăm.", "Bé N. (7 tuổi, trú thị xã Thái Hòa, Nghệ An) cũng nuốt tăm.", "Các bệnh nhân được đưa đến Bệnh viện Sản nhi Nghệ An.", "Bác sĩ Bệnh viện Sản Nhi Nghệ An cho biết."]), ["nghe-an"]],
    ["a national meeting whose body is one province's report", article("Hội nghị trực tuyến toàn quốc", "Hội nghị trực tuyến toàn quốc giao ban công tác 6 tháng.", ["Bí thư Tỉnh ủy Quảng Ninh phát biểu.", "Quảng Ninh đạt 17/19 chỉ tiêu.", "Quảng Ninh tăng trưởng hai con số.", "Từ thực tiễn Quảng Ninh, rút ra bài học.", "Kỷ niệm 60 năm thành lập tỉnh Quảng Ninh."]), ["quang-ninh"]],
    [
      "a national session headlined on one province, with a section on another",
      article("Thanh Hóa lập 2 thị trấn mới trong 1 huyện", "Sáng 27/4, Ủy ban Thường vụ Quốc hội xem xét việc thành lập thị trấn ở Thanh Hóa.", [
        "Thành phố Huế được mở rộng gấp gần 4 lần.",
        "Chính phủ trình điều chỉnh địa giới để mở rộng thành phố Huế.",
        "Thành phố Huế sẽ có 265,99 km2 diện tích tự nhiên.",
        "Huế là đô thị di sản.",
      ]),
      ["thanh-hoa", "hue"],
    ],
    [
      "a match report placed at the home team's stadium, not the visiting team's city",
      article("HA Gia Lai thắng Hà Nội", "Chiều 18/4, HA Gia Lai đã giành chiến thắng 1-0 trước Hà Nội tại Pleiku trong khuôn khổ vòng 10 V-League.", [
        "Hà Nội chơi lấn lướt trong hiệp một.",
        "Thủ môn Hà Nội không thể cản phá cú sút.",
        "Sân Thống Nhất: CLB TPHCM - Hà Tĩnh",
        "Sân Hàng Đẫy: Viettel - Hải Phòng",
      ]),
      ["gia-lai"],
    ],
    [
      "a province's student team, which is not a sports report",
      article("Nghệ An có 12 học sinh đoạt giải quốc gia", "Đội tuyển học sinh giỏi Nghệ An giành 12 giải tại kỳ thi học sinh giỏi quốc gia.", ["Nghệ An xếp thứ 3 cả nước về số giải."]),
      ["nghe-an"],
    ],
    ["a ministry's conference the lead places in a province", article("Thứ trưởng Bộ GD&ĐT chủ trì hội nghị", "Thứ trưởng Bộ GD&ĐT chủ trì hội nghị diễn ra tại Đà Nẵng ngày 23/4.", ["Hội nghị diễn ra tại Đà Nẵng."]), ["da-nang"]],
  ])("returns the primary province of %s", (_case, source, primary) => {
    expect(extractProvinces(source).primary).toEqual(primary);
  });

  it("returns nothing for an article without place names", () => {
    expect(extractProvinces(article("", "", []))).toEqual({ primary: [], mentioned: [] });
    expect(extractProvinces(article("hòa bình và thái bình", "ý chí", ["HN, QN"]))).toEqual({ primary: [], mentioned: [] });
  });
});
