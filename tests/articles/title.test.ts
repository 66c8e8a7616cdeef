import { describe, expect, it } from "vitest";
import { MAX_LEAD_TITLE_LENGTH, titleFromLead } from "../../src/articles/index.ts";

describe("titleFromLead", () => {
  it.each([
    ["Tỉnh họp bàn phát triển du lịch.", "Tỉnh họp bàn phát triển du lịch"],
    [
      "Chiều 27-1, Tổng Bí thư Tô Lâm và Đoàn công tác Trung ương đã làm việc với Ban Chấp hành Đảng bộ tỉnh Quảng Ninh. Tham gia đoàn công tác có Thủ tướng.",
      "Chiều 27-1, Tổng Bí thư Tô Lâm và Đoàn công tác Trung ương đã làm việc với Ban Chấp hành Đảng bộ tỉnh Quảng Ninh",
    ],
    [
      "Sáng ngày 25/8, trong chương trình công tác tại Lạng Sơn, Tổng Bí thư Nguyễn Phú Trọng đã có cuộc làm việc với Ban Thường vụ Tỉnh ủy và cán bộ chủ chốt.",
      "Sáng ngày 25/8, trong chương trình công tác tại Lạng Sơn, Tổng Bí thư Nguyễn Phú Trọng đã có cuộc làm việc với Ban…",
    ],
    [
      "Tại TP. Hồ Chí Minh, thành phố tiếp tục triển khai nhiều giải pháp quan trọng để thúc đẩy tăng trưởng kinh tế và thu hút đầu tư nước ngoài trong năm nay.",
      "Tại TP. Hồ Chí Minh, thành phố tiếp tục triển khai nhiều giải pháp quan trọng để thúc đẩy tăng trưởng kinh tế và thu…",
    ],
  ])("returns a title of at most 120 characters from %j", (lead, expected) => {
    const title = titleFromLead(lead);
    expect(title).toBe(expected);
    expect(title.length).toBeLessThanOrEqual(MAX_LEAD_TITLE_LENGTH);
  });

  it("returns a hard cut with an ellipsis when the lead has no space to cut at", () => {
    const title = titleFromLead("x".repeat(300));
    expect(title).toBe(`${"x".repeat(119)}…`);
  });
});
