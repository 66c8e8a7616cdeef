import { describe, expect, it } from "vitest";
import { SENTENCE_BREAK_BEFORE_CAPITAL, splitSentences } from "../../src/text/index.ts";

describe("splitSentences", () => {
  it.each([
    ["Một câu. Câu hai! Câu ba? Câu bốn… Hết.", ["Một câu.", "Câu hai!", "Câu ba?", "Câu bốn…", "Hết."]],
    ["Hành lang Lạng Sơn - Hà Nội - TP. Hồ Chí Minh. Câu sau.", ["Hành lang Lạng Sơn - Hà Nội - TP. Hồ Chí Minh.", "Câu sau."]],
    ["Tại Tp. Hồ Chí Minh và TX. Quảng Yên. Xong.", ["Tại Tp. Hồ Chí Minh và TX. Quảng Yên.", "Xong."]],
    ["PGS.TS. Nguyễn Văn A phát biểu. ThS. Lê B nói.", ["PGS.TS. Nguyễn Văn A phát biểu.", "ThS. Lê B nói."]],
    ["Trụ sở ở Q. Hoàn Kiếm, P. Tràng Tiền. Mới.", ["Trụ sở ở Q. Hoàn Kiếm, P. Tràng Tiền.", "Mới."]],
    ["Đạt 11,89%. Tăng 2.5 lần.", ["Đạt 11,89%.", "Tăng 2.5 lần."]],
    ["  \n ", []],
  ])("returns the sentences of %j", (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it("returns a break before a lowercase word only with SENTENCE_BREAK, not SENTENCE_BREAK_BEFORE_CAPITAL", () => {
    expect(splitSentences("Ông A. nói tiếp. rồi đi")).toEqual(["Ông A. nói tiếp.", "rồi đi"]);
    expect("Tăng 5%. rồi giảm. Sau đó 7%.".split(SENTENCE_BREAK_BEFORE_CAPITAL)).toEqual(["Tăng 5%. rồi giảm.", "Sau đó 7%."]);
  });
});
