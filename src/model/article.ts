/** A person named in an article, with the title written beside the name (null when none). */
export interface Person {
  readonly name: string;
  readonly title: string | null;
}

/** A figure reported in an article: "GRDP … 11,89%" → indicator "GRDP", value 11.89, unit "%". */
export interface Figure {
  readonly indicator: string;
  readonly value: number;
  /** The number as written in the text ("85.050"). */
  readonly raw: string;
  readonly unit: string;
  readonly year: number | null;
  /**
   * Whether the figure is likely a part's, not the whole province's: its sentence names,
   * before it, a unit below the province (a district, commune, project, company…), or the
   * place its paragraph last named is a district, a place or a former province.
   */
  readonly local: boolean;
}

/** Province ids (gazetteer slugs of current provinces) an article is about vs merely mentions. */
export interface ProvinceRefs {
  readonly primary: readonly string[];
  readonly mentioned: readonly string[];
}

/** What the text parser gets out of one scraped file, before entity extraction. */
export interface ParsedArticle {
  readonly title: string;
  /** Whether the title is the article's own headline (false: made from the lead). */
  readonly hasHeadline: boolean;
  /** Calendar day in Vietnam time, `YYYY-MM-DD`, or null when the text gives no evidence. */
  readonly date: string | null;
  readonly source: string | null;
  readonly author: string | null;
  readonly url: string | null;
  readonly lead: string;
  readonly paragraphs: readonly string[];
  /**
   * Photo captions, apart from the text, in page order. NOTE: optional only so articles
   * stored before captions were kept still load; the parser always sets it.
   */
  readonly captions?: readonly string[];
}

/** One article of the corpus, parsed and enriched. */
export interface Article extends ParsedArticle {
  /** The file name without extension, stable across restarts. */
  readonly id: string;
  /** A short number users type (`/bai 3`), stable for the same corpus. */
  readonly handle: number;
  /** Path of the file relative to its corpus folder's parent. */
  readonly file: string;
  readonly provinces: ProvinceRefs;
  readonly people: readonly Person[];
  /** Cited document codes, normalized ("24-CT/TW", "35/2023/UBTVQH15"). */
  readonly documents: readonly string[];
  readonly figures: readonly Figure[];
}
