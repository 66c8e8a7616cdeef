import { normalizeText } from "../text/index.ts";
import { LANDFORM_BEFORE, NAME_AFTER, NAME_BEFORE, NON_PLACE_NAMES } from "./mention-context.ts";
import { syllableAfter, syllableBefore } from "./read-syllables.ts";

const SPACE_GAP = /^[ \t\u00A0]+$/;

// NOTE: a foreign province or town named like a Vietnamese one ("Quảng Tây, Trung Quốc",
// "tỉnh Hà Nam (Trung Quốc)", "tỉnh Hà Nam của Trung Quốc") is followed by its country.
// A town may come first: "An Dương, tỉnh Hà Nam, Trung Quốc".
const FOREIGN_AFTER =
  /(?:[ \t\u00A0]*,[ \t\u00A0]*(?:tỉnh|thành phố|TP\.?)?[ \t\u00A0]*\p{Lu}[\p{L}\p{M}]*(?:[ \t\u00A0]+\p{Lu}[\p{L}\p{M}]*){0,3})?[ \t\u00A0]*(?:[,(–-]|[ \t\u00A0](?:của|thuộc))[ \t\u00A0]*\(?[ \t\u00A0]*(?:Trung Quốc|Campuchia|Thái Lan|Hàn Quốc|Nhật Bản|Đài Loan|Lào(?![ \t\u00A0]+Cai))(?![\p{L}\p{M}])/uy;

// NOTE: family and middle names (lowercase). A name right after one of these is part of a
// person's name ("Đại tướng Phan Văn Giang" is not the district Văn Giang, "Nguyễn Thị Huế"
// is not Huế); "Thái" also keeps "Bình Dương" out of "Thái Bình Dương".
const PERSON_BEFORE: ReadonlySet<string> = new Set(
  (
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trương lâm mai trịnh " +
    "đoàn cao lương tô hà tạ chu đào vương thái lại quách triệu kiều la lưu hứa tăng đàm khổng mạc âu " +
    "lò hầu doãn nông thân văn thị minh xuân quốc hồng thanh đức hữu ngọc công đình bá thế quang trọng " +
    "duy tiến kim thu phương anh tuấn mạnh hoài gia khánh chí bảo nhật việt như tôn mã thẩm đổng tiêu"
  ).split(" "),
);

// NOTE: a capitalized family name right after a place starts a person's name ("Bí thư Tỉnh ủy
// Lạng Sơn Nguyễn Quốc Đoàn"); any other capitalized syllable makes the place part of a longer
// name ("Thái Bình Dương", "Tân Sơn Nhất", "Sài Gòn Giải Phóng"). "Dương" is left out on
// purpose: "Thái Bình Dương" is the Pacific.
const PERSON_AFTER: ReadonlySet<string> = new Set(
  (
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô lý đinh trương lâm mai trịnh đoàn " +
    "cao lương tô hà tạ chu đào vương thái lại quách triệu kiều la lưu hứa tăng đàm khổng mạc âu lò hầu doãn nông thân"
  ).split(" "),
);

// NOTE: a name right after one of these words (lowercase) is a commune, village, street,
// bridge… named after a place, not the place ("xã Quảng Yên", "phường Bắc Sơn", "đường Hà
// Nội", "cầu Đông Hải"), except in "thành phố" and "thị xã", which are the place's own type.
const UNIT_BEFORE: ReadonlySet<string> = new Set(["xã", "phường", "trấn", "thôn", "ấp", "bản", "đường", "phố", "cầu", "ngõ", "hẻm"]);
const UNIT_HEADS: ReadonlyMap<string, string> = new Map([["phố", "thành"], ["xã", "thị"]]);

const NAME_WORDS_BEFORE: ReadonlySet<string> = new Set(NAME_BEFORE);
const LANDFORM_WORDS: ReadonlySet<string> = new Set(LANDFORM_BEFORE);
const NAME_WORDS_AFTER: ReadonlySet<string> = new Set(NAME_AFTER);
const LONGEST_NON_PLACE = Math.max(...NON_PLACE_NAMES.map((name) => name.length));
// NOTE: a brand written in camel case ("VinaCafé", "PetroVietnam") right before a place name.
const CAMEL_CASE = /^\p{Lu}[\p{Ll}\p{M}]+\p{Lu}/u;

/** Whether the span lies inside one of the known names that are not places ("Biệt động Sài Gòn"). */
function isInsideNonPlaceName(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - LONGEST_NON_PLACE);
  const window = normalizeText(text.slice(from, end + LONGEST_NON_PLACE));
  // NOTE: normalizeText keeps lengths for composed Vietnamese text, so offsets carry over.
  return NON_PLACE_NAMES.some((name) => {
    for (let at = window.indexOf(name); at >= 0; at = window.indexOf(name, at + 1)) {
      if (from + at <= start && from + at + name.length >= end) return true;
    }
    return false;
  });
}

/** Whether the one or two words before a span make it part of another name ("CLB Hà Nội", "chiến thắng Điện Biên Phủ"). */
function isNamedAfterPlace(text: string, start: number): boolean {
  const one = syllableBefore(text, start);
  if (!one || !SPACE_GAP.test(one.gap)) return false;
  if (CAMEL_CASE.test(one.text)) return true;
  if (NAME_WORDS_BEFORE.has(one.lower)) return true;
  const two = syllableBefore(text, one.start);
  return two !== null && SPACE_GAP.test(two.gap) && NAME_WORDS_BEFORE.has(`${two.lower} ${one.lower}`);
}

function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** Whether a syllable is an all-capitals acronym ("UBND", "TP", "FC"). */
function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

// NOTE: a numbered district or ward ("quận 1 TP.HCM", "Q.3 TPHCM") is followed by its city, unlike a house number.
const NUMBERED_UNITS: ReadonlySet<string> = new Set(["quận", "q", "phường", "p"]);

/** Whether the number ending at a position numbers a district or ward ("quận 1", "Q.3"). */
function isNumberedUnit(text: string, numberStart: number): boolean {
  const unit = syllableBefore(text, numberStart);
  return unit !== null && /^[ \t\u00A0.]*$/u.test(unit.gap) && NUMBERED_UNITS.has(unit.lower);
}

/**
 * Whether the text around a span shows it is not the place: part of a person's or a longer
 * capitalized name, of a club's, company's, road's or battle's name (`NAME_BEFORE`,
 * `NAME_AFTER`, `NON_PLACE_NAMES`), a commune or street named after it, a landform named like a province
 * ("đảo Hà Nam"; only for a province's own name), a house number, a foreign place.
 */
export function isFalseMention(text: string, start: number, end: number, provinceLevel = false): boolean {
  if (isNamedAfterPlace(text, start) || isInsideNonPlaceName(text, start, end)) return true;
  const before = syllableBefore(text, start);
  if (before && SPACE_GAP.test(before.gap)) {
    if (provinceLevel && LANDFORM_WORDS.has(before.lower)) return true;
    if (isCapitalized(before.text) && PERSON_BEFORE.has(before.lower)) return true;
    if (isDigitCode(before.text.charCodeAt(0)) && !isNumberedUnit(text, before.start)) return true;
    if (UNIT_BEFORE.has(before.lower)) {
      const head = UNIT_HEADS.get(before.lower);
      const twoBefore = head ? syllableBefore(text, before.start) : null;
      if (!twoBefore || twoBefore.lower !== head || !SPACE_GAP.test(twoBefore.gap)) return true;
    }
  }
  const after = syllableAfter(text, end);
  if (after && SPACE_GAP.test(after.gap) && NAME_WORDS_AFTER.has(after.lower)) return true;
  if (after && SPACE_GAP.test(after.gap) && isCapitalized(after.text) && !isAcronym(after.text) && !PERSON_AFTER.has(after.lower)) {
    return true;
  }
  FOREIGN_AFTER.lastIndex = end;
  return FOREIGN_AFTER.test(text);
}
