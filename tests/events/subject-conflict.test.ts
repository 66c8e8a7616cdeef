import { describe, expect, it } from "vitest";
import { isDifferentSubject, subjectOf } from "../../src/events/subject-conflict.ts";

function subject(lead: string, primary: string[] = [], mentioned: string[] = [], documents: string[] = []) {
  return subjectOf({ title: lead.split(",")[0] as string, lead, provinces: { primary, mentioned }, documents });
}

describe("subjectOf", () => {
  it("returns the tickers and patient numbers its lead names", () => {
    const meeting = subject("Sáng 23/4, Ngân hàng TMCP Tiên Phong (TPBank - mã: TPB) tổ chức họp đại hội đồng cổ đông thường niên.");
    expect([...meeting.tickers]).toEqual(["TPB"]);
    expect([...subject("Ngân hàng Ngoại thương (Vietcombank - mã chứng khoán VCB) họp cổ đông.").tickers]).toEqual(["VCB"]);
    expect([...subject("Tính từ 18h ngày 22/4, nước ta có 8 ca mắc mới (BN2817-2824) và BN 2830.").patients]).toEqual(["2817", "2830"]);
  });

  it("returns no ticker when 'mã' is followed by an ordinary word", () => {
    expect(subject("Cơ quan thuế cấp mã số thuế cho hộ kinh doanh, mã QR được dán tại quầy.").tickers.size).toBe(0);
  });
});

describe("isDifferentSubject", () => {
  it("returns true when two leads name different listed companies", () => {
    const a = subject("Sáng nay 23/4, Ngân hàng TMCP Tiên Phong (TPBank - mã: TPB) tổ chức họp đại hội đồng cổ đông thường niên.");
    const b = subject("Sáng nay 23/4, Ngân hàng TMCP Ngoại thương (Vietcombank - mã chứng khoán VCB) tổ chức họp đại hội cổ đông.");
    expect(isDifferentSubject(a, b)).toBe(true);
  });

  it("returns false when two leads name the same company", () => {
    const a = subject("Ngày 23/4, Ngân hàng Sài Gòn Thương Tín (Sacombank - mã: STB) họp cổ đông.");
    const b = subject("Tại phiên họp của Sacombank (mã: STB) sáng nay 23/4, cổ đông đặt câu hỏi.");
    expect(isDifferentSubject(a, b)).toBe(false);
  });

  it("returns true when two bulletins name disjoint patients", () => {
    expect(isDifferentSubject(subject("Sáng 23/4 có 8 ca mắc mới (BN2817-2824)."), subject("Tối 23/4 có 6 ca mắc mới (BN2825-2830)."))).toBe(true);
  });

  it("returns true when each article is about provinces the other never names", () => {
    const a = subject("Sáng 27/4, Ủy ban Thường vụ Quốc hội cho thành lập thị trấn Long Giao.", ["dong-nai"], ["ho-chi-minh"]);
    const b = subject("Sáng 27/4, Ủy ban Thường vụ Quốc hội cho thành lập hai thị trấn.", ["thanh-hoa"], ["hai-phong"]);
    expect(isDifferentSubject(a, b)).toBe(true);
  });

  it("returns false when one article's province is named by the other", () => {
    const a = subject("Chiều 29/4, Đà Nẵng rà soát người tiếp xúc ca bệnh ở Hà Nam.", ["da-nang"], ["ninh-binh"]);
    const b = subject("Sáng 29/4, Sở Y tế tỉnh Hà Nam họp khẩn.", ["ninh-binh"]);
    expect(isDifferentSubject(a, b)).toBe(false);
  });

  it("returns false when articles about different provinces cite one document", () => {
    const a = subject("Ngày 29/4, Bộ Giáo dục triển khai Nghị định 116/2020/NĐ-CP.", ["ho-chi-minh"], [], ["116/2020/NĐ-CP"]);
    const b = subject("Hiệu trưởng Đại học Sư phạm Hà Nội phát biểu về Nghị định 116/2020/NĐ-CP.", ["ha-noi"], [], ["116/2020/NĐ-CP"]);
    expect(isDifferentSubject(a, b)).toBe(false);
  });

  it("returns false when either article is about no province", () => {
    expect(isDifferentSubject(subject("Tàu ngầm Indonesia mất tích.", []), subject("Hải quân tìm tàu ngầm.", ["ha-noi"]))).toBe(false);
  });
});
