/** `/tim <từ khóa>`: full-text search with quoted phrases and province and date filters. */
import type { Article } from "../../model/article.ts";
import { getProvince, resolvePlace } from "../../places/index.ts";
import { makeSnippet } from "../../reply/snippet.ts";
import { formatDay, formatNumber, parseUserDay } from "../../format/index.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { Command } from "../command.ts";
import { placeProblem } from "../place-problem.ts";
import { foldEventItems } from "../../events/fold-event-items.ts";
import { articleCard, leadSnippet } from "../../reply/cards.ts";

/** The filters and words of a /tim query. */
export interface SearchQuery {
  readonly words: string;
  readonly province: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

// NOTE: a filter value is one word, or a quoted phrase: tinh:"Quảng Ninh", tinh:quang-ninh.
const FILTER = /(?:^|\s)(tinh|tu|den):(?:"([^"]*)"|“([^”]*)”|(\S+))/giu;

/** Splits `/tim` arguments into words and `tinh:`, `tu:`, `den:` filters; a string on error. */
export function parseSearchQuery(args: string): SearchQuery | Answer {
  let province: string | null = null;
  let from: string | null = null;
  let to: string | null = null;
  for (const match of args.matchAll(FILTER)) {
    const key = (match[1] as string).toLowerCase();
    const value = (match[2] ?? match[3] ?? match[4] ?? "").trim();
    if (key === "tinh") {
      const resolution = resolvePlace(value.replace(/[-_]+/g, " "));
      if (resolution.kind !== "province") return placeProblem(value, resolution);
      province = resolution.province.id;
      continue;
    }
    const day = parseUserDay(value);
    if (!day) return messageAnswer(false, paragraph(`Ngày “${value}” không hợp lệ; hãy viết dd/mm/yyyy hoặc yyyy-mm-dd.`));
    if (key === "tu") from = day;
    else to = day;
  }
  if (from && to && from > to) {
    return messageAnswer(false, paragraph(`Ngày tu:${formatDay(from)} sau ngày den:${formatDay(to)}; hãy đổi chỗ hai ngày.`));
  }
  return { words: args.replace(FILTER, " ").trim(), province, from, to };
}

function matchesProvince(article: Article, query: SearchQuery): boolean {
  return !query.province || article.provinces.primary.includes(query.province) || article.provinces.mentioned.includes(query.province);
}

function matchesDates(article: Article, query: SearchQuery): boolean {
  if (!query.from && !query.to) return true;
  if (article.date === null) return false;
  return (!query.from || article.date >= query.from) && (!query.to || article.date <= query.to);
}

function matchesFilters(article: Article, query: SearchQuery): boolean {
  return matchesProvince(article, query) && matchesDates(article, query);
}

/** The words as a header shows them: typed quotes become “…”, other words get one pair around them. */
export function quoteWords(words: string): string {
  if (!/["“”]/.test(words)) return `“${words}”`;
  let open = true;
  return words.replace(/["“”]/g, () => {
    const mark = open ? "“" : "”";
    open = !open;
    return mark;
  });
}

function dateRange(query: SearchQuery): string {
  if (query.from && query.to) return `từ ${formatDay(query.from)} đến ${formatDay(query.to)}`;
  return query.from ? `từ ${formatDay(query.from)} trở đi` : `đến ${formatDay(query.to)}`;
}

/**
 * The answer when the filters leave nothing of `matching` (articles the words alone find):
 * names the filter that excluded them, so the user changes that one rather than the words.
 */
function filteredOut(matching: readonly Article[], query: SearchQuery, what: string): Answer {
  const province = query.province ? (getProvince(query.province)?.name ?? query.province) : null;
  const byProvince = matching.some((article) => matchesProvince(article, query));
  const byDates = matching.some((article) => matchesDates(article, query));
  const dated = query.from !== null || query.to !== null;
  const datesBlamed = !(province && !byProvince) && dated && !byDates;
  let why: string;
  if (province && !byProvince) why = `không bài nào nói về ${province} (bộ lọc tinh:)`;
  else if (datesBlamed) why = `không bài nào có ngày ${dateRange(query)} (bộ lọc ${query.from ? "tu:" : "den:"}${query.from && query.to ? " và den:" : ""})`;
  else why = `không bài nào vừa nói về ${province} vừa có ngày ${dateRange(query)}`;
  const newest = matching.reduce<string | null>((latest, article) => (article.date && (!latest || article.date > latest) ? article.date : latest), null);
  const hint = datesBlamed && newest ? ` Bài mới nhất có ngày ${formatDay(newest)}.` : "";
  return messageAnswer(false, paragraph(`Có ${formatNumber(matching.length)} bài ${what}, nhưng ${why}.${hint} Bỏ bộ lọc đó để xem các bài này.`));
}

/** `/tim <từ khóa>`: full-text search with optional province and date filters. */
export const timCommand: Command = {
  name: "tim",
  aliases: ["timkiem", "search"],
  params: "<từ khóa>",
  summary: "Tìm bài theo từ khóa; lọc bằng tinh:, tu:, den:",
  example: '/tim tăng trưởng GRDP tinh:"Quảng Ninh" tu:01/01/2025',
  run(args, { corpus, search, events }): Answer {
    if (!args) return messageAnswer(false, paragraph(`Cách dùng: ${timCommand.example}`));
    const query = parseSearchQuery(args);
    if ("ok" in query) return query;
    const filtered = query.province !== null || query.from !== null || query.to !== null;
    if (!query.words) {
      if (!filtered) return messageAnswer(false, paragraph(`Cách dùng: ${timCommand.example}`));
      const items = foldEventItems(
        corpus.newest
          .filter((article) => matchesFilters(article, query))
          .map((article) => ({ id: article.id, score: 0, render: () => [articleCard(article, leadSnippet(article))] })),
        events,
        (id) => corpus.byId(id)?.handle,
      );
      if (items.length === 0) return filteredOut(corpus.newest, query, "trong kho tin");
      return { ok: true, head: [{ kind: "heading", text: "Kết quả lọc" }], items };
    }
    const filter = filtered ? (id: string) => { const article = corpus.byId(id); return article !== undefined && matchesFilters(article, query); } : undefined;
    const hits = search.search(query.words, { filter, distinct: true });
    if (hits.length === 0 && filter) {
      const matching = search.search(query.words, { distinct: true }).flatMap((hit) => corpus.byId(hit.id) ?? []);
      if (matching.length > 0) return filteredOut(matching, query, `cho ${quoteWords(query.words)}`);
    }
    if (hits.length === 0) return notFound(query.words);
    const items = foldEventItems(
      hits.flatMap((hit) => {
        const article = corpus.byId(hit.id);
        return article ? [{ id: hit.id, score: hit.score, render: () => [articleCard(article, makeSnippet(article, hit.terms))] }] : [];
      }),
      events,
      (id) => corpus.byId(id)?.handle,
    );
    return { ok: true, head: [{ kind: "heading", text: `Kết quả cho ${quoteWords(query.words)}` }], items };
  },
};

function notFound(words: string): Answer {
  return messageAnswer(false, paragraph(`Không tìm thấy bài nào cho ${quoteWords(words)}. Thử từ khóa ngắn hơn hoặc viết không dấu.`));
}
