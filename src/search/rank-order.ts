import type { Article } from "../model/article.ts";

// NOTE: the three integer keys packed into one level: phrase (0–8) above coordination and
// exactness (each at most MAX_TERMS = 30, under 64).
const PHRASE_SHIFT = 4096;
const COORDINATION_SHIFT = 64;
const LEVELS = 9 * PHRASE_SHIFT;

function grown<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(array: T, needed: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/**
 * The articles that matched a query, in parallel typed arrays (one entry per article, no
 * object per candidate: a common word matches most of a large corpus), and the order of
 * search results: the whole query written as a phrase first (in the title, then the lead, the
 * body, a caption), then more of the query's content words, then spelled as typed, then the
 * field-weighted BM25 score; ties newer first (undated last), then by id.
 * NOTE: a candidate's phrase level may first be an upper bound (`checked` 0); the caller
 * checks the text of the bounded candidates that reach the top (see `best`) and so never
 * checks the many that cannot.
 */
export class Candidates {
  private count = 0;
  /** The candidates' articles; only the first `size` entries are this query's. */
  readonly articles: Article[] = [];
  /** Where the article writes the whole query as a phrase (`PHRASE_LEVEL`), or at most where (unchecked). */
  phrase = new Uint8Array(64);
  /** 1 once `phrase` is the level found in the text (and quoted phrases held). */
  checked = new Uint8Array(64);
  /** 1 when a check showed the article lacks a quoted phrase: it is no result. */
  dropped = new Uint8Array(64);
  /** How many of the query's content words it holds, in any field. */
  coordination = new Uint8Array(64);
  /** How many syllables typed without marks, in a query with marks, it writes exactly as typed. */
  exact = new Uint8Array(64);
  /** BM25 over the fields, weighted by field. */
  score = new Float64Array(64);
  /** Bit i set when the article holds query term i. */
  held = new Uint32Array(64);
  /** The article's `duplicateHash` (0: none). */
  duplicate = new Int32Array(64);
  private counts = new Int32Array(LEVELS);
  private pool = new Int32Array(64);

  get size(): number {
    return this.count;
  }

  /** Forgets every candidate (the arrays are kept for the next query). */
  clear(): this {
    this.count = 0;
    return this;
  }

  push(article: Article, phrase: number, checked: boolean, coordination: number, exact: number, score: number, held: number, duplicate: number): void {
    const at = this.count++;
    if (at === this.phrase.length) this.grow(at + 1);
    this.articles[at] = article;
    this.phrase[at] = phrase;
    this.checked[at] = checked ? 1 : 0;
    this.dropped[at] = 0;
    this.coordination[at] = coordination;
    this.exact[at] = exact;
    this.score[at] = score;
    this.held[at] = held;
    this.duplicate[at] = duplicate;
  }

  private grow(needed: number): void {
    this.phrase = grown(this.phrase, needed);
    this.checked = grown(this.checked, needed);
    this.dropped = grown(this.dropped, needed);
    this.coordination = grown(this.coordination, needed);
    this.exact = grown(this.exact, needed);
    this.score = grown(this.score, needed);
    this.held = grown(this.held, needed);
    this.duplicate = grown(this.duplicate, needed);
  }

  private level(at: number): number {
    return (this.phrase[at] as number) * PHRASE_SHIFT + (this.coordination[at] as number) * COORDINATION_SHIFT + (this.exact[at] as number);
  }

  /** Negative when candidate `a` ranks before `b`. */
  compare(a: number, b: number): number {
    const level = this.level(b) - this.level(a);
    if (level !== 0) return level;
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
   * The indices of the best `k` candidates not dropped, best first, by their current phrase
   * levels. NOTE: the level the k-th reaches is found by counting, and only candidates at
   * that level or above go through a bounded heap.
   */
  best(k: number): number[] {
    const n = this.size;
    const counts = this.counts.fill(0);
    let live = 0;
    for (let i = 0; i < n; i++) {
      if (this.dropped[i]) continue;
      counts[this.level(i)]!++;
      live++;
    }
    let floor = 0;
    if (live > k) {
      let above = 0;
      for (floor = LEVELS - 1; floor > 0; floor--) {
        above += counts[floor] as number;
        if (above >= k) break;
      }
    }
    if (this.pool.length < n) this.pool = new Int32Array(Math.max(n, this.pool.length * 2));
    const pool = this.pool;
    let pooled = 0;
    for (let i = 0; i < n; i++) if (!this.dropped[i] && this.level(i) >= floor) pool[pooled++] = i;
    if (pooled <= k) return Array.from(pool.subarray(0, pooled)).sort((a, b) => this.compare(a, b));
    // NOTE: heap[0] is the worst kept candidate.
    const heap: number[] = [];
    const worse = (a: number, b: number): boolean => this.compare(a, b) > 0;
    for (let p = 0; p < pooled; p++) {
      const i = pool[p] as number;
      if (heap.length < k) {
        heap.push(i);
        for (let at = heap.length - 1; at > 0; ) {
          const parent = (at - 1) >> 1;
          if (!worse(heap[at] as number, heap[parent] as number)) break;
          const swap = heap[at] as number;
          heap[at] = heap[parent] as number;
          heap[parent] = swap;
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
          const swap = heap[at] as number;
          heap[at] = heap[top] as number;
          heap[top] = swap;
          at = top;
        }
      }
    }
    return heap.sort((a, b) => this.compare(a, b));
  }

  /**
   * The best `k`, best first, once every one of them is checked: unchecked candidates among
   * the best are checked with `check` (given their bound, it returns their level, or null when
   * they are no result) and the best taken again. Exact, as a check only lowers a level.
   */
  bestChecked(k: number, check: (article: Article, bound: number) => number | null): number[] {
    for (;;) {
      const order = this.best(k);
      let pending = false;
      for (const at of order) {
        if (this.checked[at]) continue;
        pending = true;
        const level = check(this.articles[at] as Article, this.phrase[at] as number);
        this.checked[at] = 1;
        if (level === null) this.dropped[at] = 1;
        else this.phrase[at] = level;
      }
      if (!pending) return order;
    }
  }
}
