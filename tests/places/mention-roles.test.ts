import { describe, expect, it } from "vitest";
import { mentionRoles } from "../../src/places/mention-roles.ts";
import { scanPlaces } from "../../src/places/scan-text.ts";
import { gazetteerPatterns } from "../../src/places/text-patterns.ts";

function roles(sentence: string): [string, string][] {
  const matches = scanPlaces(sentence, gazetteerPatterns());
  const found = mentionRoles(sentence, matches);
  return matches.map((match, i) => [sentence.slice(match.start, match.end), found[i] as string]);
}

describe("mentionRoles", () => {
  it.each([
    ["the story's place after 'tại'", "Vụ cháy xảy ra tại Hà Nội.", [["Hà Nội", "event"]]],
    ["a person's home in brackets after initials", "Chị N.H.H (Hà Nội) cho biết đã hủy tour.", [["Hà Nội", "residence"]]],
    ["a person's home in brackets after an age", "Anh N.C.T, 17 tuổi (Văn Giang, Hưng Yên) bị thương.", [["Văn Giang", "residence"], ["Hưng Yên", "residence"]]],
    ["a reader's signature", "Bao lâu nên khám một lần, thưa bác sĩ? (Ngọc Phương, Phú Thọ)", [["Phú Thọ", "residence"]]],
    ["a hometown", "Anh N. (25 tuổi, quê Thái Bình) bị bắt.", [["Thái Bình", "hometown"]]],
    ["the clause after a person's closed brackets", "Chị H. (38 tuổi, ngụ tại Tây Ninh) được mổ tại một bệnh viện trên địa bàn TPHCM.", [["Tây Ninh", "residence"], ["TPHCM", "event"]]],
    ["a residence word before the last comma", "Ông Tâm ngụ xã Tân Thạnh cho biết, cát đang hiếm ở Đồng Tháp.", [["Đồng Tháp", "event"]]],
    ["a university hospital named after its city", "Bệnh viện Đại học Y Hà Nội ra mắt phần mềm.", [["Hà Nội", "institution"]]],
    ["a bar association written in lowercase words", "Luật sư Lực, Đoàn luật sư Thành phố Hà Nội cho biết.", [["Hà Nội", "institution"]]],
    ["a company named after its city", "Lãnh đạo Công ty CP Vận tải đường sắt Hà Nội cho biết.", [["Hà Nội", "institution"]]],
    ["a provincial hospital, which is the province's", "Các bệnh nhân được đưa đến Bệnh viện Sản nhi Nghệ An cấp cứu.", [["Nghệ An", "place"]]],
    ["a general hospital ('Đa khoa' is not a faculty)", "Các bác sĩ tại Bệnh viện Đa khoa tỉnh Lạng Sơn hội chẩn.", [["Lạng Sơn", "place"]]],
    ["a group of two cities after 'tại'", "Một cửa hàng tại Hà Nội và TP.HCM rao bán hồng Nhật.", [["Hà Nội", "group"], ["TP.HCM", "group"]]],
    ["a tally of cases by province", "Có 3 ca nhập cảnh tại Tây Ninh (1), Sóc Trăng (2).", [["Tây Ninh", "list"], ["Sóc Trăng", "list"]]],
    ["a route with a stop between its ends", "Tuyến Cà Mau - Nam Du - Phú Quốc hoạt động trở lại.", [["Cà Mau", "route"], ["Phú Quốc", "route"]]],
    ["a trip's end after 'từ … đi'", "Từ Nam Du (11h20 rời bến) đi Phú Quốc.", [["Phú Quốc", "route"]]],
    ["a ferry's departure", "Tàu rời bến Phú Quốc lúc 13h30.", [["Phú Quốc", "route"]]],
    ["a contact of a case found elsewhere", "Đây là trường hợp F1 của ca bệnh vừa phát hiện ở Hà Nam.", [["Hà Nam", "background"]]],
    ["news told before, inside brackets", "Trước thông tin có 6 ca (5 ca ở Hà Nam, 1 ca ở TP.HCM), nhiều khách hủy tour.", [["Hà Nam", "background"], ["TP.HCM", "background"]]],
    ["a patient's home in brackets after the patient's code", "Bệnh nhân K. đi ăn cùng BN2899 (ở Hà Nam) tại quán ăn.", [["Hà Nam", "residence"]]],
    ["staying at home in a province", "Từ ngày 22-27/4 ở nhà tại Hà Nam.", [["Hà Nam", "residence"]]],
    ["an address in brackets after a street, which is not a signature", "Chị Hiền ở Duy Tân (Cầu Giấy, Hà Nội) khoe đĩa salad.", [["Cầu Giấy", "place"], ["Hà Nội", "place"]]],
    ["a matter concerning a province's department, which is not a story told before", "Phóng viên hỏi liên quan đến việc Sở GD&ĐT Cần Thơ thực hiện quy trình.", [["Cần Thơ", "place"]]],
    ["a place before a trip's start that is not the route's other end", "Thác thuộc huyện giáp ranh tỉnh Bình Định, du khách xuất phát từ Quy Nhơn.", [["Bình Định", "place"], ["Quy Nhơn", "route"]]],
    ["an address in brackets inside a sentence, which is not a signature", "Chị Hạnh bán rau ở Giải Phóng (Hoàng Mai, Hà Nội) cho biết.", [["Hà Nội", "place"]]],
    ["a visit after a time 'từ', which is the story's place", "Từ ngày 1/5, đoàn công tác về Quảng Ninh làm việc.", [["Quảng Ninh", "place"]]],
    ["a meeting with voters, which is not an epidemic contact", "Đại biểu tiếp xúc với cử tri tại Hà Nội.", [["Hà Nội", "event"]]],
    ["the province closing an address chain", "Người dân ở Cầu Giấy, Hà Nội xếp hàng.", [["Cầu Giấy", "event"], ["Hà Nội", "event"]]],
    ["a central hospital's launch held in its own city", "Bệnh viện Đại học Y Hà Nội ra mắt phần mềm tại Hà Nội.", [["Hà Nội", "institution"], ["Hà Nội", "institution"]]],
    ["a person's workplace at an unnamed business after the name and a comma", "Anh P.A, chủ một đại lý chuyên cung cấp tour du lịch ở Hà Nội, cũng chia sẻ.", [["Hà Nội", "residence"]]],
    ["an official's title after the name and a comma, which is the province's own", "Ông Nam, giám đốc Sở Du lịch ở Đà Nẵng, cho biết.", [["Đà Nẵng", "event"]]],
    ["the story's place after a person and a comma", "Theo anh Nam, giá cát tăng mạnh ở Cần Thơ.", [["Cần Thơ", "event"]]],
    ["a trip's direction and its return leg", "Vé bán nhiều nhất vào chiều Hà Nội đi ngày 29/4 và về Hà Nội ngày 2/5.", [["Hà Nội", "route"], ["Hà Nội", "route"]]],
    ["an intake year, which is not a birth year", "Ngày hội tuyển sinh năm 2021 tại Hà Nội thu hút 15.000 thí sinh.", [["Hà Nội", "event"]]],
    ["a birth year, which makes a residence", "Anh Tuấn, sinh năm 1990 tại Hà Nội, bị bắt.", [["Hà Nội", "residence"]]],
    ["a gold price quoted in a city", "Giá vàng SJC tại Hà Nội ở mức 55,45 triệu đồng/lượng.", [["Hà Nội", "group"]]],
    ["a city opening a gold price quote", "Tại TP.HCM, vàng hiện giao dịch ở 55,48 - 55,83 triệu đồng/lượng.", [["TP.HCM", "group"]]],
    ["a land price, which is a local market's", "Giá đất tại Hà Nội tăng mạnh.", [["Hà Nội", "event"]]],
    ["national bodies signing an agreement in the capital", "Sáng 22/4 tại Hà Nội, Tổng cục Giáo dục nghề nghiệp và Cục Việc làm đã ký kết chương trình phối hợp.", [["Hà Nội", "institution"]]],
    ["the city's own tax department holding a conference in the capital", "Cục Thuế TP Hà Nội tổ chức hội nghị đối thoại doanh nghiệp tại Hà Nội.", [["Hà Nội", "place"], ["Hà Nội", "event"]]],
    ["a ministry's arrest in the capital, which is an event there", "Bộ Công an bắt giữ đối tượng tại Hà Nội.", [["Hà Nội", "event"]]],
    ["a ministry's conference outside the capital", "Bộ GD&ĐT tổ chức hội nghị tại Đà Nẵng.", [["Đà Nẵng", "event"]]],
    ["a central hospital's address in brackets", "Số trẻ nhập viện tại Bệnh viện Nhi Trung ương (Hà Nội) tăng cao.", [["Hà Nội", "institution"]]],
    ["a city hospital's address in brackets, which is the province's", "Anh T. được đưa vào Bệnh viện Đa khoa Xanh Pôn (Hà Nội) cấp cứu.", [["Hà Nội", "place"]]],
    ["a baby's home in brackets after an age in months", "Bé gái 2 tháng tuổi (Hà Đông, Hà Nội) nhiễm virus RSV.", [["Hà Đông", "residence"], ["Hà Nội", "residence"]]],
    ["a list of three province names, two of them now one province", "Du khách chủ yếu đến từ Hà Nội, Bắc Giang, Bắc Ninh.", [["Hà Nội", "list"], ["Bắc Giang", "list"], ["Bắc Ninh", "list"]]],
    ["homes joined by a comma", "Hai nạn nhân lần lượt trú ở Nghệ An, Hà Tĩnh.", [["Nghệ An", "residence"], ["Hà Tĩnh", "residence"]]],
    ["a university whose head word the scraper glued to the next", "Thông tin từ TrườngĐH KHXH&NV TP.HCM cho biết.", [["TP.HCM", "institution"]]],
    ["a place remembered at the start of a quote", '"Còn nhớ năm 1995, Eximbank nổi lên là một ngân hàng quan trọng ở TP.HCM.', [["TP.HCM", "background"]]],
    ["a high procuracy named after its seat", "Theo VKSND Cấp cao tại Hà Nội, ông Nam chưa thi hành xong án.", [["Hà Nội", "institution"]]],
    ["a return from other provinces", "Khai báo y tế khi trở về từ các địa phương khác về Hà Nội.", [["Hà Nội", "route"]]],
    ["a coach's direction of travel", "Xe khách đang lưu thông theo hướng miền Tây về TPHCM.", [["TPHCM", "route"]]],
    ["a company whose long name has dashes", "Tổng giám đốc Tổng công ty Cổ phần Bia - Rượu - Nước giải khát Hà Nội (Habeco)", [["Hà Nội", "institution"]]],
    ["a venue heading a fixture list's line", "Sân Pleiku: HA Gia Lai - SHB Đà Nẵng", [["Pleiku", "list"]]],
    ["a match's stadium", "HA Gia Lai thắng 1-0 trên sân Pleiku.", [["Pleiku", "event"]]],
    ["a past show a singer confides about", "Ca sĩ đã trải lòng về sự cố mất giọng trong liveshow tại Hà Nội.", [["Hà Nội", "background"]]],
  ])("returns the roles for %s", (_case, sentence, expected) => {
    expect(roles(sentence)).toEqual(expected);
  });

  it("returns background for a place inside a quote opened by a person confiding, and the story's place without that frame", () => {
    const sentence = "Khi hát ở Hà Nội, tôi thật sự không hài lòng.";
    const matches = scanPlaces(sentence, gazetteerPatterns());
    expect(mentionRoles(sentence, matches, "Phi Nhung trải lòng: ")).toEqual(["background"]);
    expect(mentionRoles(sentence, matches, "Ông Nam cho biết: ")).toEqual(["event"]);
  });
});
