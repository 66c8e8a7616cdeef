import type { Article } from "../model/article.ts";

/** Orders articles newest first; undated ones last; ties by handle for stability. */
export function compareNewestFirst(a: Article, b: Article): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.handle - b.handle;
}
