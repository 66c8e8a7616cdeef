import fc from "fast-check";

// NOTE: pieces real input is made of: Vietnamese words in both tone styles and decomposed,
// markup and mrkdwn specials, command prefixes, numbers, URLs, control and odd Unicode.
const PIECES = [
  "Quảng Ninh", "quang ninh", "hoà", "hòa", "TP.HCM", "Hà Giang", "Thừa Thiên Huế", "Đắk Lắk", "Ðà Nẵng",
  "Qua\u0309ng Ninh".normalize("NFD"), "tăng trưởng", "12,5%", "1.234 tỷ đồng", "27/1/2026", "ngày 1-7-2025",
  "<b>", "</a>", "<script>", "&amp;", "&", "<", ">", "\"", "'", "*", "_", "~", "`", "<!channel>", "<@U123>", "|",
  "/tim ", "/tinh ", "/bai ", "/nguoi ", "/vanban ", "/moi", "/theodoi ", "/nguon ", "@DiemTinBot", "-",
  "https://example.vn/a?b=1&c=2", "javascript:alert(1)", "\n", "\t", "\u0000", "\u200b", "\u202e", "🇻🇳", "👩‍👩‍👧", "𝕏",
  "title: ", "date: 2026-01-27", "url: ", "---", "Ảnh: TTXVN", "(Chinhphu.vn) - ", "PV", "TIN LIÊN QUAN",
];

/** Text made of realistic and hostile pieces mixed with arbitrary Unicode. */
export const hostileText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) }), { maxLength: 40 }),
    fc.constantFrom(" ", "", "\n"),
  )
  .map(([parts, separator]) => parts.join(separator));

/** A chat line: a command (or none) and hostile arguments, sometimes very long. */
export const chatLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom("/tim ", "/tinh ", "/bai ", "/nguoi ", "/vanban ", "/moi ", "/help ", "/diemtin ", "/tinhthanh ", "/tim@DiemTinBot ", "", "/"), hostileText).map(([command, rest]) => command + rest) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("/tim ", "/tinh "), fc.constantFrom("tăng trưởng ", "a", "<>&", "Quảng Ninh ")).map(([command, word]) => command + word.repeat(600)) },
);
