import { normalizeText } from "../text/index.ts";
import { INSTITUTION_HEADS, NAME_BREAKERS, NOT_INSTITUTION_HEADS } from "./mention-context.ts";
import { syllableBefore } from "./read-syllables.ts";

// NOTE: an institution's name read backwards from a place: at most this many syllables.
const MAX_NAME_SYLLABLES = 12;
// NOTE: a name's words are apart by spaces, or by a spaced dash inside it ("Tổng công ty Bia - Rượu - Nước giải khát Hà Nội").
const NAME_GAP = /^[ \t\u00A0]+(?:[-–][ \t\u00A0]+)?$/u;
const BREAKERS: ReadonlySet<string> = new Set(NAME_BREAKERS);
const HEADS: ReadonlySet<string> = new Set(INSTITUTION_HEADS);
const LONGEST_HEAD = Math.max(...INSTITUTION_HEADS.map((head) => head.split(" ").length));

/** Word lists by their first word, in data order. */
function byFirstWord(phrases: readonly string[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  const map = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    const list = map.get(words[0] as string);
    if (list) list.push(words);
    else map.set(words[0] as string, [words]);
  }
  return map;
}

const NOT_HEADS = byFirstWord(NOT_INSTITUTION_HEADS);

// NOTE: the same few syllables are read before most mentions; their normal forms are kept
// (the cache is emptied when it grows past this size).
const MAX_CACHED_SYLLABLES = 20_000;
const normalized = new Map<string, string>();

function normalizeSyllable(syllable: string): string {
  let form = normalized.get(syllable);
  if (form === undefined) {
    if (normalized.size >= MAX_CACHED_SYLLABLES) normalized.clear();
    form = normalizeText(syllable);
    normalized.set(syllable, form);
  }
  return form;
}

function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function startsWith(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

function headAt(words: readonly string[], at: number): boolean {
  let phrase = "";
  for (let n = 1; n <= Math.min(LONGEST_HEAD, words.length - at); n++) {
    phrase = n === 1 ? (words[at] as string) : `${phrase} ${words[at + n - 1] as string}`;
    if (HEADS.has(phrase)) return true;
  }
  return false;
}

/**
 * Whether the syllables right before a mention are an institution's name that the place ends:
 * a capitalized head ("Bệnh viện", "Đoàn luật sư", "Công ty") and name words up to the place,
 * none of them a preposition or verb ("Bệnh viện Đại học Y Hà Nội", "Công ty CP Vận tải đường sắt Hà Nội").
 */
export function isInstitutionName(text: string, start: number): boolean {
  const words: string[] = [];
  const capitals: boolean[] = [];
  let position = start;
  for (let k = 0; k < MAX_NAME_SYLLABLES; k++) {
    const syllable = syllableBefore(text, position);
    if (!syllable || !NAME_GAP.test(syllable.gap)) break;
    const lower = normalizeSyllable(syllable.text);
    if (BREAKERS.has(lower) && !isCapitalized(syllable.text)) break;
    words.push(lower);
    capitals.push(isCapitalized(syllable.text));
    position = syllable.start;
  }
  words.reverse();
  capitals.reverse();
  for (let i = 0; i < words.length; i++) {
    if (!capitals[i]) continue;
    // NOTE: a phrase that only opens like a head is read past whole: "Đa khoa" is not "Khoa".
    const skip = NOT_HEADS.get(words[i] as string)?.find((phrase) => startsWith(words, i, phrase));
    if (skip) {
      i += skip.length - 1;
      continue;
    }
    if (headAt(words, i)) return true;
  }
  return false;
}
