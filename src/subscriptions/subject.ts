import { describeVia, resolvePlace, type Province } from "../places/index.ts";
import { collapseSpaces, foldText, normalizeText, stripInvisible } from "../text/index.ts";
import type { SubscriptionKind } from "../store/index.ts";

/** What `/theodoi` arguments ask to follow. */
export type Subject =
  | {
      readonly kind: SubscriptionKind;
      readonly value: string;
      readonly label: string;
      readonly typed: string;
      readonly excludes: readonly string[];
      /** "Hạ Long → Quảng Ninh" when a province was reached through another name. */
      readonly via: string | null;
    }
  | { readonly kind: "ambiguous"; readonly typed: string; readonly options: readonly Province[] }
  | { readonly kind: "empty" };

// NOTE: an exclusion starts at a "-" that begins a word: "Quảng Ninh -thể thao -bóng đá".
const EXCLUDE = /(?:^|\s)[-−–](?=[\p{L}\p{N}"“])/u;
const QUOTED = /^["“](.*)["”]$/u;

/** The form a keyword is stored and compared in: normalized, folded, lowercase, single-spaced. */
export function keywordKey(text: string): string {
  return foldText(normalizeText(text)).toLowerCase().replace(/\s+/g, " ").trim();
}

function clean(text: string): string {
  return normalizeText(text).replace(/\s+/g, " ").trim();
}

/** The user's words for display: NFC, no invisible characters, single spaces, case kept. */
function display(text: string): string {
  return collapseSpaces(stripInvisible(text.normalize("NFC"))).trim();
}

/**
 * Reads `/theodoi` arguments: a province (resolved like /tinh, any known name) or else a
 * keyword (quotes force a keyword), and `-từ` exclusions.
 */
export function parseSubject(args: string): Subject {
  const [main = "", ...rest] = args.split(EXCLUDE);
  const excludes = [...new Set(rest.map((part) => clean(part).replace(QUOTED, "$1").trim()).filter(Boolean))];
  const typed = main.trim();
  if (!typed) return { kind: "empty" };
  const quoted = QUOTED.exec(typed);
  if (!quoted) {
    const resolution = resolvePlace(typed);
    if (resolution.kind === "province") {
      const { province } = resolution;
      return { kind: "province", value: province.id, label: province.name, typed, excludes, via: describeVia(resolution) };
    }
    if (resolution.kind === "ambiguous") return { kind: "ambiguous", typed, options: resolution.options };
  }
  const label = display(quoted ? (quoted[1] as string) : typed);
  if (!keywordKey(label)) return { kind: "empty" };
  return { kind: "keyword", value: keywordKey(label), label, typed, excludes, via: null };
}
