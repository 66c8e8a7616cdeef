import { formatNumber } from "../format/index.ts";
import type { PagerBlock } from "./blocks.ts";

/**
 * The page line every platform shows under a paged list: "Trang 2/20 · 100 kết quả", and
 * "· trang cuối" on the last page so nobody asks for a page that is not there.
 */
export function pagerLabel(pager: PagerBlock): string {
  const parts = [`Trang ${formatNumber(pager.page)}/${formatNumber(pager.pages)}`];
  if (pager.total > 1) parts.push(`${formatNumber(pager.total)} kết quả`);
  if (pager.next === null && pager.pages > 1) parts.push("trang cuối");
  return parts.join(" · ");
}
