import type { Article } from "../model/article.ts";

/** A phrase level not yet checked in the text: the article's signature may hold the phrase. */
export const UNCHECKED = -1;

/**
 * The articles that matched a query, in parallel arrays (one entry per article, no object per
 * candidate: a common word matches most of a large corpus), and the order of search results:
 * the whole query written as a phrase first (in the title, then the lead, the body, a
 * caption), then more of the query's content words, then spelled as typed, then the
 * field-weighted BM25 score; ties newer first (undated last), then by id.
 */
export class Candidates {
  readonly articles: Article[] = [];
  /** Where the article writes the whole query as a phrase (`PHRASE_LEVEL`), or `UNCHECKED`. */
  readonly phrase: number[] = [];
  /** How many of the query's content words it holds, in any field. */
  readonly coordination: number[] = [];
  /** How many syllables typed without marks, in a query with marks, it writes exactly as typed. */
  readonly exact: number[] = [];
  /** BM25 over the fields, weighted by field. */
  readonly score: number[] = [];
  /** Bit i set when the article holds query term i. */
  readonly held: number[] = [];
  /** The article's `duplicateHash` (0: none). */
  readonly duplicate: number[] = [];

  get size(): number {
    return this.articles.length;
  }

  push(article: Article, phrase: number, coordination: number, exact: number, score: number, held: number, duplicate: number): void {
    this.articles.push(article);
    this.phrase.push(phrase);
    this.coordination.push(coordination);
    this.exact.push(exact);
    this.score.push(score);
    this.held.push(held);
    this.duplicate.push(duplicate);
  }

  /** Negative when candidate `a` ranks before `b`. */
  compare(a: number, b: number): number {
    const phrase = (this.phrase[b] as number) - (this.phrase[a] as number);
    if (phrase !== 0) return phrase;
    const coordination = (this.coordination[b] as number) - (this.coordination[a] as number);
    if (coordination !== 0) return coordination;
    const exact = (this.exact[b] as number) - (this.exact[a] as number);
    if (exact !== 0) return exact;
    const score = (this.score[b] as number) - (this.score[a] as number);
    if (score !== 0) return score;
    const x = this.articles[a] as Article;
    const y = this.articles[b] as Article;
    if (x.date !== y.date) {
      if (x.date === null) return 1;
      if (y.date === null) return -1;
      return x.date < y.date ? 1 : -1;
    }
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  }

  /**
   * The indices of the best `k` candidates, best first. NOTE: a bounded heap, not a sort of
   * every candidate: most candidates lose one comparison with the worst kept and are dropped.
   */
  best(k: number): number[] {
    const n = this.size;
    if (n <= k) return Array.from({ length: n }, (_, i) => i).sort((a, b) => this.compare(a, b));
    // NOTE: heap[0] is the worst kept candidate.
    const heap: number[] = [];
    const worse = (a: number, b: number): boolean => this.compare(a, b) > 0;
    for (let i = 0; i < n; i++) {
      if (heap.length < k) {
        heap.push(i);
        for (let at = heap.length - 1; at > 0; ) {
          const parent = (at - 1) >> 1;
          if (!worse(heap[at] as number, heap[parent] as number)) break;
          [heap[at], heap[parent]] = [heap[parent] as number, heap[at] as number];
          at = parent;
        }
      } else if (worse(heap[0] as number, i)) {
        heap[0] = i;
        for (let at = 0; ; ) {
          const left = 2 * at + 1;
          const right = left + 1;
          let top = at;
          if (left < k && worse(heap[left] as number, heap[top] as number)) top = left;
          if (right < k && worse(heap[right] as number, heap[top] as number)) top = right;
          if (top === at) break;
          [heap[at], heap[top]] = [heap[top] as number, heap[at] as number];
          at = top;
        }
      }
    }
    return heap.sort((a, b) => this.compare(a, b));
  }
}
