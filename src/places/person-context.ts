import { normalizeText } from "../text/index.ts";
import { PERSON_HEADS, PERSON_ROLES } from "./mention-context.ts";
import type { PlaceMatch } from "./scan-text.ts";

// NOTE: how far back the words before a bracket are read.
const LOOK_BACK = 120;
// NOTE: the words right before an opening bracket that make it a person's: initials ("N.H.H",
// "T.B.N."), an age ("17 tuổi"), a patient's code, or a person head and a capitalized name ("ông Trần Văn Tâm").
const INITIALS = /(?:^|[\s,])\p{Lu}(?:\.\p{Lu})+\.?[\s,]*$/u;
const AGE = /\d+\s+(?:tháng\s+)?tuổi[\s,]*$/u;
// NOTE: a patient's code stands for a person too: "BN2899 (ở Hà Nam)", "bệnh nhân 2910 (Hà Nội)".
const PATIENT_CODE = /(?:^|[\s,(])(?:BN|bệnh nhân|ca bệnh)\s*\d[\d.]*[\s,]*$/iu;
const CAPITALIZED_NAME = /(?:^|\s)((?:\p{Lu}[\p{L}\p{M}]*\.?\s+){0,3}\p{Lu}[\p{L}\p{M}]*\.?)[\s,]*$/u;
// NOTE: a person's signature inside brackets, closing a letter or question: "… thưa bác sĩ? (Ngọc Phương, Phú Thọ)".
const SIGNED_AFTER = /(?:^|[.?!…"”])\s*$/u;
const SIGNATURE = /^(?:\p{Lu}[\p{L}\p{M}]*\s+){1,3}\p{Lu}[\p{L}\p{M}]*\s*,\s*$/u;
const WORKPLACE = new RegExp(`^(?:${PERSON_ROLES.join("|")})\\s+(?:của\\s+)?một\\s`, "u");

/** Whether text ends with a person: initials, an age, a patient's code, or a person head and a name ("chị Lan", "ông Trần Văn Tâm"). */
function endsWithPerson(before: string): boolean {
  if (INITIALS.test(before) || AGE.test(before) || PATIENT_CODE.test(before)) return true;
  const name = CAPITALIZED_NAME.exec(before);
  if (!name) return false;
  const head = normalizeText(before.slice(0, name.index + name[0].indexOf(name[1] as string))).trim();
  return PERSON_HEADS.some((word) => head.endsWith(word) && (head.length === word.length || /\s/u.test(head.charAt(head.length - word.length - 1))));
}

/**
 * Whether the mention sits in a bracket group that describes a person: opened right after
 * one ("chị N.H.H (Hà Nội)", "anh T., 17 tuổi (Văn Giang, Hưng Yên)") or signed by one
 * ("(Ngọc Phương, Phú Thọ)").
 */
export function isInPersonBrackets(text: string, start: number, previous: PlaceMatch | undefined): boolean {
  const open = text.lastIndexOf("(", start);
  if (open < 0 || text.lastIndexOf(")", start) > open || start - open > LOOK_BACK) return false;
  const inside = text.slice(open + 1, start);
  // NOTE: "(Cầu Giấy, Hà Nội)" is an address, not a signature: its first name is a place.
  if (SIGNATURE.test(inside) && !(previous && previous.start > open) && SIGNED_AFTER.test(text.slice(Math.max(0, open - 4), open))) return true;
  return endsWithPerson(text.slice(Math.max(0, open - LOOK_BACK), open));
}

/**
 * Whether the clause before a mention describes a person set off by commas as working at an
 * unnamed business ("anh P.A, chủ một đại lý chuyên cung cấp tour du lịch ở", "ông T,
 * giám đốc một doanh nghiệp xây dựng ở"): the place is where that person works.
 */
export function isPersonWorkplace(clause: string): boolean {
  const comma = clause.lastIndexOf(",");
  if (comma < 0) return false;
  return WORKPLACE.test(normalizeText(clause.slice(comma + 1)).trim()) && endsWithPerson(clause.slice(0, comma));
}
