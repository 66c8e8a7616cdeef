/** A run of text inside a paragraph; `mark` says how the adapter should emphasise it. */
export interface Span {
  readonly text: string;
  /** strong: labels and names; match: words the query matched; code: ids and commands. */
  readonly mark?: "strong" | "match" | "code" | "muted";
  /** A link target; only ever an article's own http(s) URL, never user text. */
  readonly href?: string;
  /**
   * The command line this span runs when tapped ("/bai 2", "/tinh Quảng Ninh"), with its
   * arguments; adapters that can make it a link or a button do, others show the text.
   */
  readonly command?: string;
}

/** A section title. */
export interface HeadingBlock {
  readonly kind: "heading";
  readonly text: string;
}

/** A paragraph made of marked spans. */
export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly spans: readonly Span[];
}

/** One article in a result list. */
export interface ArticleCardBlock {
  readonly kind: "article";
  readonly id: string;
  readonly handle: number;
  readonly title: string;
  /** `YYYY-MM-DD` or null. */
  readonly date: string | null;
  /** The date as Vietnamese readers write it ("27 tháng 1, 2026"), or "không rõ ngày". */
  readonly dateLabel: string;
  readonly source: string | null;
  readonly url: string | null;
  /** Current province names the article is about. */
  readonly provinces: readonly string[];
  readonly snippet: readonly Span[];
}

/** Paging controls; the tokens are opaque continuation strings the router accepts back. */
export interface PagerBlock {
  readonly kind: "pager";
  readonly page: number;
  readonly pages: number;
  readonly total: number;
  readonly prev: string | null;
  readonly next: string | null;
}

/** One button of an actions block: what it says and the command line it runs. */
export interface ActionButton {
  readonly label: string;
  readonly command: string;
  /** danger: removes something (Hủy); selected: the current choice (the digest time now set). */
  readonly style?: "danger" | "selected";
}

/**
 * A row of buttons that run commands in the same chat; after one runs, the adapter shows the
 * answer of `refresh` in place of the message (the panel updated), or the button's answer when null.
 */
export interface ActionsBlock {
  readonly kind: "actions";
  readonly buttons: readonly ActionButton[];
  readonly refresh: string | null;
}

/** A file that comes with the answer (an OPML feed list): a document on Telegram, a snippet on Slack, text on the console. */
export interface FileBlock {
  readonly kind: "file";
  readonly name: string;
  readonly mimeType: string;
  readonly text: string;
}

/** Any block of a reply. */
export type Block = HeadingBlock | ParagraphBlock | ArticleCardBlock | PagerBlock | ActionsBlock | FileBlock;

/** The platform-neutral answer to one command; adapters render it, never the core. */
export interface Reply {
  /** The command that answered ("tinh", "tim", … or "help" / "unknown"). */
  readonly command: string;
  /** False when the input could not be answered (usage, unknown province, nothing found). */
  readonly ok: boolean;
  readonly blocks: readonly Block[];
  /** Number of matching articles across all pages (0 for non-list answers). */
  readonly total: number;
  /** The articles shown on this page, in order, with their relevance scores. */
  readonly results: readonly { readonly id: string; readonly score: number }[];
}
