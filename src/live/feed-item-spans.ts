/** Where one item element of a feed document starts and ends (`end` exclusive). */
export interface ItemSpan {
  readonly start: number;
  readonly end: number;
}

function isNameEnd(code: number | undefined): boolean {
  // NOTE: whitespace, `>` or `/`: `<item>` and `<item/>` are items, `<itemized>` is not.
  return code === undefined || code === 0x3e || code === 0x2f || code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Where a comment, CDATA section or processing instruction starting at `at` ends, or -1 when none starts there. */
function skipMarkup(xml: string, at: number): number {
  for (const [open, close] of [
    ["<!--", "-->"],
    ["<![CDATA[", "]]>"],
    ["<?", "?>"],
  ] as const) {
    if (!xml.startsWith(open, at)) continue;
    const end = xml.indexOf(close, at + open.length);
    return end === -1 ? xml.length : end + close.length;
  }
  return -1;
}

/** Where the next tag's "<" is from `at`, past comments, CDATA sections and processing instructions; -1 when none. */
function nextTag(xml: string, from: number): number {
  let at = from;
  for (;;) {
    const lt = xml.indexOf("<", at);
    if (lt === -1) return -1;
    const skipped = skipMarkup(xml, lt);
    if (skipped === -1) return lt;
    at = skipped;
  }
}

const isTag = (xml: string, at: number, name: string): boolean => xml.startsWith(name, at) && isNameEnd(xml.charCodeAt(at + name.length));

/**
 * The item elements (`<item>` in RSS, `<entry>` in Atom) of a feed document, found one at a
 * time from `from`: a scan for tags that skips comments and CDATA sections, not a parse. An
 * item left open runs to the end of the document (the parse of its text then fails).
 */
export function* itemSpans(xml: string, tag: string, from = 0): Generator<ItemSpan, void, void> {
  const open = `<${tag}`;
  const close = `</${tag}`;
  for (let lt = nextTag(xml, from); lt !== -1; ) {
    if (!isTag(xml, lt, open)) {
      lt = nextTag(xml, lt + 1);
      continue;
    }
    const startEnd = xml.indexOf(">", lt);
    let end = xml.length;
    if (startEnd !== -1 && xml.charCodeAt(startEnd - 1) === 0x2f) end = startEnd + 1;
    else if (startEnd !== -1) {
      let next = nextTag(xml, startEnd + 1);
      while (next !== -1 && !isTag(xml, next, close)) next = nextTag(xml, next + 1);
      const gt = next === -1 ? -1 : xml.indexOf(">", next);
      if (gt !== -1) end = gt + 1;
    }
    yield { start: lt, end };
    lt = end >= xml.length ? -1 : nextTag(xml, end);
  }
}
