import type { Subscription } from "../store/index.ts";
import type { UnfollowSelector } from "./subscription-results.ts";
import { keywordKey, parseSubject } from "./subject.ts";

/**
 * The subscription of `list` a selector means, if any: by stored id, by place in the list, or
 * by words (a province by any of its names or a keyword; else the words as a keyword).
 */
export function findSubscription(list: readonly Subscription[], selector: UnfollowSelector): Subscription | undefined {
  switch (selector.by) {
    case "id":
      return list.find((item) => item.id === selector.id);
    case "position":
      return list[selector.position - 1];
    case "words": {
      const subject = parseSubject(selector.typed);
      if (subject.kind !== "province" && subject.kind !== "keyword") return undefined;
      return (
        list.find((item) => item.kind === subject.kind && item.value === subject.value) ??
        list.find((item) => item.kind === "keyword" && item.value === keywordKey(selector.typed))
      );
    }
    default:
      return undefined;
  }
}
