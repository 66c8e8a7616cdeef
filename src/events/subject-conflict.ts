import type { Article } from "../model/article.ts";

/** Who or what an article is about, as far as telling two same-day stories apart needs. */
export interface EventSubject {
  /** Provinces the article is about (gazetteer ids). */
  readonly primary: ReadonlySet<string>;
  /** Every province the article names, primary or mentioned. */
  readonly provinces: ReadonlySet<string>;
  /** Cited document codes ("03/CĐ-CT"). */
  readonly documents: ReadonlySet<string>;
  /** Stock tickers in the title or lead ("mã: TPB", "mã chứng khoán VCB"). */
  readonly tickers: ReadonlySet<string>;
  /** Covid-19 patient numbers in the title or lead ("BN2817-2824" → 2817). */
  readonly patients: ReadonlySet<string>;
}

// NOTE: a listed company is named with its ticker in Vietnamese business news ("Ngân hàng
// TMCP Tiên Phong (TPBank - mã: TPB)"); two annual meetings of one morning share their
// whole formula and differ in little more than this.
const TICKER = /(?:^|[^\p{L}])[Mm]ã(?:\s+(?:chứng\s+khoán|CK|cổ\s+phiếu))?\s*:?\s*([A-Z]{3})(?![\p{L}\p{N}])/gu;
// NOTE: the twice-daily case bulletins of 2020–2022 share their template; their patient
// numbers ("BN2817-2824") tell them apart.
const PATIENT = /(?:^|[^\p{L}])BN\s?(\d{2,6})/gu;

function captures(pattern: RegExp, text: string): Set<string> {
  return new Set([...text.matchAll(pattern)].map((match) => match[1] as string));
}

/** The subject of an article: its provinces, documents, and the tickers and patients its lead names. */
export function subjectOf(article: Pick<Article, "title" | "lead" | "provinces" | "documents">): EventSubject {
  const head = `${article.title}\n${article.lead}`;
  return {
    primary: new Set(article.provinces.primary),
    provinces: new Set([...article.provinces.primary, ...article.provinces.mentioned]),
    documents: new Set(article.documents),
    tickers: captures(TICKER, head),
    patients: captures(PATIENT, head),
  };
}

function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const value of a) if (b.has(value)) return false;
  return true;
}

function bothDisjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && disjoint(a, b);
}

/**
 * Whether two articles are plainly about different things although they read alike: their
 * leads name different listed companies or different patients, or each is about provinces the
 * other never names (unless they cite a document in common, as a national conference's reports
 * from several cities do). Measured on the dantri corpus: these split two banks' meetings, two
 * case bulletins and two provinces' boundary changes decided in one session.
 */
export function isDifferentSubject(a: EventSubject, b: EventSubject): boolean {
  if (bothDisjoint(a.tickers, b.tickers) || bothDisjoint(a.patients, b.patients)) return true;
  if (a.primary.size === 0 || b.primary.size === 0) return false;
  if (!disjoint(a.primary, b.provinces) || !disjoint(b.primary, a.provinces)) return false;
  return disjoint(a.documents, b.documents);
}
