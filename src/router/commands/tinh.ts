/** `/tinh <tỉnh>`: lists the articles about a province, primary ones first, with its key figures. */
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import type { Article, Figure } from "../../model/article.ts";
import { describeVia, findProvinceMentions, listFormerProvinces, resolvePlace, type Province } from "../../places/index.ts";
import { foldText } from "../../text/index.ts";
import type { Block, Span } from "../../reply/blocks.ts";
import { makeRangeSnippet, makeSnippet } from "../../reply/snippet.ts";
import type { SearchIndex } from "../../search/index.ts";
import { indexTerms } from "../../text/index.ts";
import { isKeyFigure } from "../../extract/index.ts";
import { createLruCache, type LruCache } from "../../util/lru-cache.ts";
import { formatNumber } from "../../format/index.ts";
import { messageAnswer, paragraph, type Answer, type AnswerItem } from "../answer.ts";
import type { Command } from "../command.ts";
import { placeProblem } from "../place-problem.ts";
import { foldEventItems } from "../../events/fold-event-items.ts";
import type { ProvinceArticles } from "../../corpus/corpus-index.ts";
import { articleCard } from "../../reply/cards.ts";

// NOTE: how many key figures the /tinh header shows.
const MAX_FIGURES = 4;

function figureLabel(figure: Figure): string {
  const year = figure.year ? ` (${figure.year})` : "";
  const unit = figure.unit === "%" ? "%" : ` ${figure.unit}`;
  return `${figure.indicator} ${formatNumber(figure.value)}${unit}${year}`;
}

/**
 * The latest figure per indicator from the articles mainly about the province (it comes first
 * among their primary provinces), newest first. Figures of a district, commune, project… in
 * the same sentence (`local`), too small for a province, or without a year (stated, or the
 * article's for "năm nay") are left out: the header claims them for the whole province.
 */
function keyFigures(provinceId: string, articles: readonly Article[]): string[] {
  const seen = new Map<string, Figure>();
  for (const article of articles) {
    if (article.provinces.primary[0] !== provinceId) continue;
    for (const figure of article.figures) {
      if (!isKeyFigure(figure)) continue;
      const current = seen.get(figure.indicator);
      if (!current || (figure.year as number) > (current.year as number)) seen.set(figure.indicator, figure);
    }
  }
  return [...seen.values()].slice(0, MAX_FIGURES).map(figureLabel);
}

/** What /tinh shows of a province whatever the request: the figures line and the list items. */
interface ProvinceListing {
  readonly figures: string[];
  readonly items: readonly AnswerItem[];
  /** The ids of `items`. */
  readonly ids: ReadonlySet<string>;
  /** `items` reordered by `namedFirst`, by name typed. */
  readonly byName: LruCache<string, NamedFirst>;
}

/** The province's items with those naming a part of it first. */
interface NamedFirst {
  readonly items: readonly AnswerItem[];
  /** How many items name it. */
  readonly named: number;
}

// NOTE: orderings kept per listing: a phrase search over a large province takes tens of
// milliseconds at 100k articles, and people ask for the same few districts and former provinces.
const MAX_NAMED_ORDERINGS = 16;

// NOTE: snippets kept, most recently shown last: scanning an article's sentences for place
// names is the costliest part of rendering a /tinh page, and the same pages are asked again.
// Bounded (about 1 KB each) rather than kept for every article ever shown.
const MAX_SNIPPETS = 5_000;
const snippets = createLruCache<Article, Map<string, readonly Span[]>>(MAX_SNIPPETS);

/** The snippet of an article for a province, made by `make` unless recently made. */
function cachedSnippet(article: Article, provinceId: string, make: () => readonly Span[]): readonly Span[] {
  const byProvince = snippets.getOrSet(article, () => new Map());
  let spans = byProvince.get(provinceId);
  if (!spans) {
    spans = make();
    byProvince.set(provinceId, spans);
  }
  return spans;
}

// NOTE: made once per corpus-index entry (a changed corpus has new entries), not per /tinh:
// at 100k articles a province has tens of thousands of items, and only one page is rendered.
const listings = new WeakMap<ProvinceArticles, ProvinceListing>();

function provinceListing(province: Province, articles: ProvinceArticles): ProvinceListing {
  let listing = listings.get(articles);
  if (!listing) {
    const terms = indexTerms(province.name);
    const mentions = (sentence: string) => findProvinceMentions(sentence, province.id);
    // NOTE: the snippet shows where the article names the province, under whatever name
    // ("Hạ Long", "TP. Hồ Chí Minh", a former province); the name's words as search terms
    // when no sentence does (decomposed text).
    const snippet = (article: Article) => cachedSnippet(article, province.id, () => makeRangeSnippet(article, mentions) ?? makeSnippet(article, terms));
    const item = (score: number) => (article: Article) => ({
      id: article.id,
      score,
      render: () => [articleCard(article, snippet(article))],
    });
    const items = [...articles.primary.map(item(1)), ...articles.mentioned.map(item(0.5))];
    listing = { figures: keyFigures(province.id, articles.primary), items, ids: new Set(items.map((entry) => entry.id as string)), byName: createLruCache(MAX_NAMED_ORDERINGS) };
    listings.set(articles, listing);
  }
  return listing;
}

function provinceHead(province: Province, note: string | null, primary: number, mentioned: number, figures: string[]): Block[] {
  const head: Block[] = [{ kind: "heading", text: province.name }];
  if (note) head.push(paragraph(note));
  head.push(paragraph(`${primary} bài về ${province.name}, ${mentioned} bài có nhắc tới.`));
  if (figures.length > 0) {
    head.push({ kind: "paragraph", spans: [{ text: "Số liệu: ", mark: "strong" }, { text: figures.join(" · ") }] });
  }
  return head;
}

// NOTE: the names typed that say which part of the province the user means.
const PART_NAMES: ReadonlySet<string> = new Set(["former", "district"]);

/** The province's items with those naming `name` (a former province, a district) first, each group in its own order. */
function namedFirst(listing: ProvinceListing, search: SearchIndex, name: string): NamedFirst {
  return listing.byName.getOrSet(name, () => {
    const hits = search.search(`"${name}"`, { limit: listing.items.length, filter: (id) => listing.ids.has(id) });
    const naming = new Set(hits.map((hit) => hit.id));
    const first = listing.items.filter((entry) => naming.has(entry.id as string));
    const rest = listing.items.filter((entry) => !naming.has(entry.id as string));
    return { items: [...first, ...rest], named: first.length };
  });
}

// NOTE: how many of the first results the former-province line looks at (one page).
const TOP_RESULTS = 5;
// NOTE: the paragraphs, after title and lead, that say what an article is about.
const OPENING_PARAGRAPHS = 2;

function wordsOf(text: string): string {
  return ` ${foldText(text.toLowerCase()).replace(/[^a-z0-9]+/g, " ")} `;
}

/**
 * The line telling that the first results are about a former province now part of this one
 * (Hải Dương for Hải Phòng: their opening names it, not the current name); null when none.
 */
function formerLine(province: Province, top: readonly (Article | undefined)[]): string | null {
  const current = wordsOf(province.name);
  const formers = listFormerProvinces().filter((former) => former.provinceId === province.id && wordsOf(former.name) !== current);
  if (formers.length === 0) return null;
  const counts = formers.map((former) => {
    const name = wordsOf(former.name);
    const about = top.filter((article) => {
      const text = article ? wordsOf([article.title, article.lead, ...article.paragraphs.slice(0, OPENING_PARAGRAPHS)].join(" ")) : "";
      return text.includes(name) && !text.includes(current);
    });
    return { label: `${former.kind} ${former.name} cũ`, count: about.length };
  }).filter((entry) => entry.count > 0);
  if (counts.length === 0) return null;
  const about = counts.map((entry) => `${entry.count} bài về ${entry.label}`).join(", ");
  return `Trong ${top.length} bài đầu có ${about}; từ 1/7/2025 ${counts.length > 1 ? "đều " : ""}là một phần của ${province.kind} ${province.name}.`;
}

/** `/tinh <tỉnh>`: the articles about a province, primary first, then mentions. */
export const tinhCommand: Command = {
  name: "tinh",
  aliases: ["tinhthanhpho"],
  params: "<tỉnh>",
  summary: "Tin về một tỉnh, thành (tên cũ trước 1/7/2025 cũng được)",
  example: "/tinh Quảng Ninh",
  run(args, { corpus, events, search }): Answer {
    const resolution = resolvePlace(args);
    if (resolution.kind !== "province") return placeProblem(args, resolution);
    const { province } = resolution;
    const articles = corpus.byProvince(province.id);
    const { primary, mentioned } = articles;
    if (primary.length + mentioned.length === 0) {
      const head = provinceHead(province, describeVia(resolution), 0, 0, []);
      return messageAnswer(true, ...head, paragraphOf("Chưa có bài nào. Gõ ", commandSpan("/tinhthanh"), " để xem các tỉnh đã có tin."));
    }
    const listing = provinceListing(province, articles);
    const head = provinceHead(province, describeVia(resolution), primary.length, mentioned.length, listing.figures);
    const via = resolution.via && PART_NAMES.has(resolution.via.type) ? resolution.via.name : null;
    const ordered = via ? namedFirst(listing, search, via) : { items: listing.items, named: 0 };
    if (via && ordered.named > 0) head.push(paragraph(`${ordered.named} bài nhắc tới ${via} được xếp trước.`));
    const items = foldEventItems(ordered.items, events, (id) => corpus.byId(id)?.handle);
    const former = resolution.via ? null : formerLine(province, items.slice(0, TOP_RESULTS).map((item) => (item.id ? corpus.byId(item.id) : undefined)));
    if (former) head.push(paragraph(former));
    return { ok: true, head, items };
  },
};
