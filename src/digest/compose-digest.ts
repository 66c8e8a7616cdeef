import type { Article } from "../model/article.ts";
import type { Block, Reply } from "../reply/blocks.ts";
import type { CorpusLookups } from "../corpus/index.ts";
import { formatDay, formatNumber } from "../format/index.ts";
import type { Subscription } from "../store/index.ts";
import { matchSubscription } from "../subscriptions/match-subscription.ts";
import { MAX_SIBLING_HANDLES, siblingHandleSpans } from "../events/sibling-handles.ts";
import { commandSpan } from "../reply/command-span.ts";
import type { EventOf } from "../subscriptions/event-of.ts";
import { articleCard, leadSnippet } from "../reply/cards.ts";

// NOTE: events shown per subscription group; the rest is summed up in one line.
const MAX_EVENTS_PER_GROUP = 10;

/** What a digest is made from. */
export interface DigestInput {
  readonly subscriptions: readonly Subscription[];
  /** Article id → first-seen time (epoch ms), at least for every article seen after `windowStart`. */
  readonly firstSeen: ReadonlyMap<string, number>;
  /** The previous digest's window end; null when there was none. */
  readonly windowStart: number | null;
  /** The cutoff of this digest: articles first seen after it wait for the next one. */
  readonly windowEnd: number;
  /** The target's local date, `YYYY-MM-DD`. */
  readonly localDate: string;
  readonly deps: CorpusLookups;
  readonly eventOf: EventOf;
}

/** A composed digest: the whole reply, its headline and list parts, the articles it covers. */
export interface DigestContent {
  readonly reply: Reply;
  /** The heading and the count line (Slack posts it in the channel). */
  readonly headline: Reply;
  /** The groups of articles (Slack posts them in a thread under the headline). */
  readonly list: Reply;
  /** Every article the digest covers, shown or folded into "và N bài khác". */
  readonly articleIds: readonly string[];
}

function groupTitle(subscription: Subscription): string {
  return subscription.kind === "province" ? subscription.label : `Từ khóa “${subscription.label}”`;
}

function moreLink(subscription: Subscription): string {
  return subscription.kind === "province" ? `/tinh ${subscription.label}` : `/tim ${subscription.label}`;
}

function reply(blocks: readonly Block[], total: number, ids: readonly string[]): Reply {
  return { command: "diemtin", ok: true, blocks, total, results: ids.map((id) => ({ id, score: 0 })) };
}

/** Splits articles (newest first) into events, keeping each event's newest article first. */
function events(articles: readonly Article[], eventOf: EventOf): Article[][] {
  const byKey = new Map<string, Article[]>();
  for (const article of articles) {
    const key = eventOf(article.id);
    const list = byKey.get(key);
    if (list) list.push(article);
    else byKey.set(key, [article]);
  }
  return [...byKey.values()];
}

/**
 * Composes a digest: the articles first seen inside the window (and after each subscription
 * was made, so no backlog) that match a subscription, grouped by subscription in the order they
 * were made, newest first, each article once; near-duplicates (same `eventOf` key) shown once
 * with "và N bài khác". Null when nothing is new.
 */
export function composeDigest(input: DigestInput): DigestContent | null {
  const { firstSeen, windowStart, windowEnd, deps, eventOf } = input;
  const covered = new Set<string>();
  const shown: string[] = [];
  const groups: Block[] = [];
  let groupCount = 0;
  for (const subscription of input.subscriptions) {
    const after = Math.max(windowStart ?? Number.NEGATIVE_INFINITY, subscription.createdAt);
    const accept = (id: string) => {
      const at = firstSeen.get(id);
      return at !== undefined && at > after && at <= windowEnd && !covered.has(id);
    };
    const matched = matchSubscription(subscription, deps, accept);
    if (matched.length === 0) continue;
    groupCount++;
    groups.push({ kind: "heading", text: groupTitle(subscription) });
    const grouped = events(matched, eventOf);
    for (const [index, event] of grouped.entries()) {
      for (const article of event) covered.add(article.id);
      if (index >= MAX_EVENTS_PER_GROUP) continue;
      const [first, ...others] = event as [Article, ...Article[]];
      shown.push(first.id);
      groups.push(articleCard(first, leadSnippet(first)));
      if (others.length > 0) {
        const handles = siblingHandleSpans(others.slice(0, MAX_SIBLING_HANDLES + 1).map((article) => article.handle), others.length);
        groups.push({ kind: "paragraph", spans: [{ text: `và ${formatNumber(others.length)} bài khác cùng sự kiện: ` }, ...handles] });
      }
    }
    if (grouped.length > MAX_EVENTS_PER_GROUP) {
      const rest = grouped.slice(MAX_EVENTS_PER_GROUP).reduce((sum, event) => sum + event.length, 0);
      groups.push({
        kind: "paragraph",
        spans: [{ text: `và ${formatNumber(rest)} bài khác. Xem thêm: ` }, commandSpan(moreLink(subscription))],
      });
    }
  }
  if (covered.size === 0) return null;
  const head: Block[] = [
    { kind: "heading", text: `Điểm tin ngày ${formatDay(input.localDate)}` },
    { kind: "paragraph", spans: [{ text: `${formatNumber(covered.size)} bài mới theo ${formatNumber(groupCount)} mục bạn theo dõi.` }] },
  ];
  const ids = [...covered];
  return {
    reply: reply([...head, ...groups], covered.size, shown),
    headline: reply(head, covered.size, []),
    list: reply(groups, covered.size, shown),
    articleIds: ids,
  };
}

/** The digest of a day with nothing new, for chats that asked for it. */
export function emptyDigest(localDate: string): Reply {
  return reply(
    [{ kind: "heading", text: `Điểm tin ngày ${formatDay(localDate)}` }, { kind: "paragraph", spans: [{ text: "Không có tin mới." }] }],
    0,
    [],
  );
}
