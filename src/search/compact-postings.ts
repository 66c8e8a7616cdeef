// NOTE: MiniSearch keeps, per term and field, a Map from a document's short id to the term's
// frequency in it: 40 to 200 bytes a posting. At 100k articles the index holds ~30M postings
// in ~500k lists, which is well over a gigabyte of Maps and a snapshot too slow to parse.
// Here a list is a run of two typed arrays (5 bytes a posting), usually a slice of arrays
// shared by every list of a bulk build or snapshot, behind the part of the Map interface
// MiniSearch uses (get, set, delete, size, iteration; see mini-internals.ts), so MiniSearch
// scores it as it would its own Map.

type Frequencies = Uint8Array | Uint32Array;

const MIN_CAPACITY = 8;

class PostingsIterator<T> implements IterableIterator<T> {
  private pos = -1;
  private last = -1;

  constructor(
    private readonly list: CompactPostings,
    private readonly make: (id: number, frequency: number) => T,
  ) {}

  // NOTE: MiniSearch deletes postings while iterating (vacuuming, dropping discarded
  // documents), as a Map allows; the iterator resumes after the last id it returned.
  next(): IteratorResult<T> {
    for (;;) {
      const step = this.list.stepAfter(this.pos, this.last);
      if (step < 0) return { done: true, value: undefined };
      this.pos = step;
      this.last = this.list.idAt(step);
      if (this.list.accepts(this.last)) return { done: false, value: this.make(this.last, this.list.frequencyAt(step)) };
    }
  }

  [Symbol.iterator](): IterableIterator<T> {
    return this;
  }
}

/**
 * A posting list (document short id → term frequency) in typed arrays, ids ascending: what
 * MiniSearch keeps in a `Map<number, number>`, in a fraction of the memory. It starts as a
 * slice [start, start + size) of arrays it may share with other lists (read and rewritten in
 * place, never beyond the slice) and gets arrays of its own the first time it grows.
 * Frequencies are non-negative integers. Appending an id above the last is amortized O(1);
 * inserting or deleting elsewhere moves the later postings. Iteration is in id order
 * (MiniSearch's own Maps are too: short ids are assigned increasing).
 */
export class CompactPostings implements Map<number, number> {
  private count: number;
  private capacity: number;
  // NOTE: MiniSearch reads `get(id)` right after iteration returned `id`; the position of the
  // last id returned or found makes that lookup O(1).
  private hint = 0;
  private marks: Uint8Array | null = null;

  /** A list over `ids[start … start + size)` and the same slice of `frequencies`, ids strictly ascending. */
  constructor(
    private ids: Int32Array,
    private frequencies: Frequencies,
    private start: number,
    size: number,
  ) {
    this.count = size;
    this.capacity = size;
  }

  get size(): number {
    return this.count;
  }

  get [Symbol.toStringTag](): string {
    return "CompactPostings";
  }

  /**
   * Until `unrestrict()`, iteration returns only the ids whose mark is 1 (`marks` indexed by
   * id); `size`, `get` and the rest are unchanged (so MiniSearch's IDF is too). For one
   * synchronous search that wants only some documents scored.
   */
  restrict(marks: Uint8Array): void {
    this.marks = marks;
  }

  /** Ends `restrict`. */
  unrestrict(): void {
    this.marks = null;
  }

  /** Whether iteration returns `id` (see `restrict`). */
  accepts(id: number): boolean {
    return this.marks === null || this.marks[id] === 1;
  }

  /** The id at a position (0 ≤ position < size). */
  idAt(position: number): number {
    return this.ids[this.start + position] as number;
  }

  /** The frequency at a position (0 ≤ position < size). */
  frequencyAt(position: number): number {
    return this.frequencies[this.start + position] as number;
  }

  /**
   * The position after `position` (which held `id`) for an iterator, or -1 at the end; when
   * postings moved since, the first position whose id is greater than `id`.
   */
  stepAfter(position: number, id: number): number {
    let next = position + 1;
    if (position >= 0 && this.idAt(position) !== id) next = this.firstAbove(id);
    if (next >= this.count) return -1;
    this.hint = next;
    return next;
  }

  /** The first position whose id is greater than `id`. */
  private firstAbove(id: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.idAt(mid) <= id) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The position of `id`, or -1. */
  private find(id: number): number {
    const hint = this.hint;
    if (hint < this.count && this.idAt(hint) === id) return hint;
    const at = this.firstAbove(id) - 1;
    if (at < 0 || this.idAt(at) !== id) return -1;
    this.hint = at;
    return at;
  }

  get(id: number): number | undefined {
    const at = this.find(id);
    return at < 0 ? undefined : this.frequencyAt(at);
  }

  has(id: number): boolean {
    return this.find(id) >= 0;
  }

  set(id: number, frequency: number): this {
    const last = this.count - 1;
    let at = last < 0 || this.idAt(last) < id ? this.count : this.find(id);
    if (at >= 0 && at < this.count) {
      this.store(at, frequency);
      return this;
    }
    if (at < 0) at = this.firstAbove(id);
    if (this.count === this.capacity) this.grow();
    const from = this.start + at;
    if (at < this.count) {
      this.ids.copyWithin(from + 1, from, this.start + this.count);
      this.frequencies.copyWithin(from + 1, from, this.start + this.count);
    }
    this.ids[from] = id;
    this.count++;
    this.store(at, frequency);
    return this;
  }

  delete(id: number): boolean {
    const at = this.find(id);
    if (at < 0) return false;
    const from = this.start + at;
    this.ids.copyWithin(from, from + 1, this.start + this.count);
    this.frequencies.copyWithin(from, from + 1, this.start + this.count);
    this.count--;
    return true;
  }

  clear(): void {
    this.count = 0;
  }

  /** The ids and frequencies, `size` long each (views: valid until the list changes). */
  arrays(): { readonly ids: Int32Array; readonly frequencies: Frequencies } {
    return {
      ids: this.ids.subarray(this.start, this.start + this.count),
      frequencies: this.frequencies.subarray(this.start, this.start + this.count),
    };
  }

  forEach(callback: (value: number, key: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    for (const [id, frequency] of this) callback.call(thisArg, frequency, id, this);
  }

  keys(): IterableIterator<number> {
    return new PostingsIterator(this, (id) => id);
  }

  values(): IterableIterator<number> {
    return new PostingsIterator(this, (_id, frequency) => frequency);
  }

  entries(): IterableIterator<[number, number]> {
    return new PostingsIterator(this, (id, frequency): [number, number] => [id, frequency]);
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries();
  }

  private store(at: number, frequency: number): void {
    if (frequency > 0xff && this.frequencies instanceof Uint8Array) {
      // NOTE: a wide frequency gets the list arrays of its own before widening them.
      this.own(this.capacity);
      this.frequencies = Uint32Array.from(this.frequencies);
    }
    this.frequencies[this.start + at] = frequency;
  }

  /** Moves the postings to arrays of the list's own with room for `capacity`. */
  private own(capacity: number): void {
    const ids = new Int32Array(capacity);
    ids.set(this.ids.subarray(this.start, this.start + this.count));
    const frequencies = this.frequencies instanceof Uint8Array ? new Uint8Array(capacity) : new Uint32Array(capacity);
    frequencies.set(this.frequencies.subarray(this.start, this.start + this.count));
    this.ids = ids;
    this.frequencies = frequencies;
    this.start = 0;
    this.capacity = capacity;
  }

  private grow(): void {
    this.own(Math.max(MIN_CAPACITY, Math.ceil(this.capacity * 1.5)));
  }
}
