import { KNOWN_SOURCES, knownSource } from "./sources.ts";

/** What the byline lines at the end of an article say. */
export interface TrailingBylines {
  /** The body lines left once the bylines are peeled off. */
  readonly lines: string[];
  readonly author: string | null;
  /** A known agency credited on its own line ("TTXVN"), or via "Theo …". */
  readonly source: string | null;
}

// NOTE: at most this many byline lines are peeled off the end ("Trang Phạm" / "Theo Sputnik").
const MAX_BYLINE_LINES = 3;
// NOTE: "Theo Sputnik", "Nguồn: Reuters", "Video: Reddit", "Tổng hợp", "(Theo NBC)".
const CREDIT_LINE = /^\(?(?:[Tt]heo|[Nn]guồn|[Vv]ideo|[Ảả]nh|[Cc]lip|[Tt]ổng hợp|[Ll]ược dịch|[Dd]ịch)(?![\p{L}\p{M}])\s*:?\s*(\p{Lu}[^,;:!?]{0,60}?|)\)?\.?$/u;
// NOTE: a byline glued to its credit by the scraper: "T.ThủyTheo NBC/NS", "Nhật LinhVideo: Reddit".
const GLUED_CREDIT = /^(.{2,40}?[\p{Ll}.])((?:Theo|Nguồn|Video|Ảnh|Clip)\b.{0,60})$/u;
// NOTE: a name: 1–5 capitalized words, initials allowed ("T.Thủy", "H.Long"), a " - " between two names.
const NAME_WORD = String.raw`(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}\p{M}]*`;
const BYLINE_NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){0,4}(?:\s+[-–,&]\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,4})?$`, "u");
const MAX_BYLINE_LENGTH = 48;

/**
 * A byline written in capitals, for display.
 * NOTE: the rule. A byline of two or more words in capitals is title-cased ("LÊ HÀ" → "Lê Hà");
 * a single capitalized word is kept as written (abbreviations such as "PV", "TTXVN").
 */
export function displayByline(byline: string): string {
  const words = byline.split(/\s+/);
  const isCaps = byline === byline.toUpperCase() && byline !== byline.toLowerCase();
  if (!isCaps || words.length < 2) return byline;
  return words.map((word) => word.replace(/\p{L}[\p{L}\p{M}]*/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase())).join(" ");
}

/** Whether a line reads as a byline name ("Thu Chung", "LÊ HÀ", "T.Thủy"). */
export function isBylineName(line: string): boolean {
  return line.length <= MAX_BYLINE_LENGTH && BYLINE_NAME.test(line);
}

/** Peels byline lines (author name, agency, "Theo …" credit) off the end of the body. */
export function peelTrailingBylines(body: readonly string[]): TrailingBylines {
  const lines = [...body];
  let author: string | null = null;
  let source: string | null = null;
  for (let peeled = 0; peeled < MAX_BYLINE_LINES && lines.length > 1; peeled++) {
    const last = lines[lines.length - 1] as string;
    const agency = knownSource(last.replace(/^\(|\)$/g, ""));
    if (agency) {
      source ??= agency;
      lines.pop();
      continue;
    }
    const credit = CREDIT_LINE.exec(last);
    if (credit && last.length <= 70) {
      source ??= knownSource(credit[1] ?? "");
      lines.pop();
      continue;
    }
    const glued = GLUED_CREDIT.exec(last);
    const name = glued ? (glued[1] as string) : last;
    if (author === null && isBylineName(name)) {
      author = displayByline(name);
      if (glued) source ??= knownSource(CREDIT_LINE.exec(glued[2] as string)?.[1] ?? "");
      lines.pop();
      break;
    }
    break;
  }
  return { lines, author, source };
}

/** The source prefix of a lead ("(Mặt trận) - ", "Hà Nội (TTXVN) - ") and the lead without it. */
export interface LeadPrefix {
  readonly lead: string;
  readonly source: string | null;
}

// NOTE: "(Mặt trận) - Sáng…", "Hà Nội (TTXVN) - …", "Quảng Ninh, 27/1 (VOV) – …".
const LEAD_PREFIX = /^(?:\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*){0,3}(?:\s*,\s*\d{1,2}\/\d{1,2}(?:\/\d{4})?)?\s*)?\(([^()]{2,40})\)\s*[-–—]\s*/u;
const MASTHEAD = /^\p{Lu}[\p{L}\p{M}.+]*(?:\s+[\p{L}\p{M}.+]+){0,4}$/u;

/** Strips a "(Source) - " prefix from a lead, returning the source it names. */
export function peelLeadPrefix(lead: string): LeadPrefix {
  const match = LEAD_PREFIX.exec(lead);
  if (!match) return { lead, source: null };
  const named = (match[1] as string).trim();
  const source = knownSource(named) ?? (MASTHEAD.test(named) ? named : null);
  if (!source) return { lead, source: null };
  return { lead: lead.slice(match[0].length).trim(), source };
}

/**
 * A lead without its own site's name glued in front by the scraper ("Dân trí Nam thanh niên 17
 * tuổi…" on a Dân trí page): the name of `source` (any of its aliases) followed by a space and a
 * capital. Only the page's own source is peeled, so a lead opening with another paper's name is kept.
 */
export function peelMasthead(lead: string, source: string | null): string {
  const aliases = KNOWN_SOURCES.find((known) => known.name === source)?.aliases ?? [];
  for (const alias of aliases) {
    if (lead.startsWith(`${alias} `) && /^\p{Lu}/u.test(lead.slice(alias.length + 1))) return lead.slice(alias.length + 1);
  }
  return lead;
}
