/**
 * The best `capacity` (score, doc) pairs seen so far: higher score first, then lower rank
 * (newer article). A binary heap keeps the worst kept pair on top.
 */
export class TopK {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(
    private readonly capacity: number,
    private readonly rank: Int32Array,
  ) {
    this.docs = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  private better(scoreA: number, docA: number, scoreB: number, docB: number): boolean {
    return scoreA > scoreB || (scoreA === scoreB && (this.rank[docA] as number) < (this.rank[docB] as number));
  }

  private worseAt(i: number, j: number): boolean {
    return this.better(this.scores[j] as number, this.docs[j] as number, this.scores[i] as number, this.docs[i] as number);
  }

  private swap(i: number, j: number): void {
    const doc = this.docs[i] as number;
    const score = this.scores[i] as number;
    this.docs[i] = this.docs[j] as number;
    this.scores[i] = this.scores[j] as number;
    this.docs[j] = doc;
    this.scores[j] = score;
  }

  /** Whether a pair would be kept (cheap test before costly checks). */
  admits(score: number, doc: number): boolean {
    if (this.capacity === 0) return false;
    return this.size < this.capacity || this.better(score, doc, this.scores[0] as number, this.docs[0] as number);
  }

  /** Keeps a pair, dropping the worst when full; call only after `admits` returned true. */
  push(score: number, doc: number): void {
    if (this.size < this.capacity) {
      let i = this.size++;
      this.docs[i] = doc;
      this.scores[i] = score;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worseAt(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    this.docs[0] = doc;
    this.scores[0] = score;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.size && this.worseAt(left, worst)) worst = left;
      if (right < this.size && this.worseAt(right, worst)) worst = right;
      if (worst === i) break;
      this.swap(i, worst);
      i = worst;
    }
  }

  /** The kept pairs, best first. */
  sorted(): { doc: number; score: number }[] {
    const out: { doc: number; score: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ doc: this.docs[i] as number, score: this.scores[i] as number });
    return out.sort((a, b) => (this.better(a.score, a.doc, b.score, b.doc) ? -1 : this.better(b.score, b.doc, a.score, a.doc) ? 1 : 0));
  }
}
