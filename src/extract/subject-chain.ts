import { findPlaceNames } from "../places/index.ts";
import { canonicalText } from "./canonical-text.ts";

// NOTE: "tỉnh" or "thành phố" without a name after it speaks of the province named last.
const PROVINCE_WORD = /(?<![\p{L}\p{M}])(?:tỉnh|thành phố)(?![\p{L}\p{M}])(?![ \t\u00A0]*\p{Lu})/giu;

/** A place a paragraph speaks of from a position on: a whole province, or a part of one. */
interface Subject {
  readonly from: number;
  readonly local: boolean;
}

/**
 * The places a paragraph speaks of, in order: a district or place ("Phú Quốc") or a former
 * province now part of a larger one ("Hòa Bình") is a part; a current province is whole;
 * "tỉnh" without a name is whichever was named last (whole when none was). Parts listed
 * together in one sentence ("ở các huyện Hữu Lũng, Cao Lộc, Chi Lăng") speak of the whole.
 */
function paragraphSubjects(paragraph: string, sentenceEnds: readonly number[]): Subject[] {
  const names = findPlaceNames(paragraph);
  const sentenceOf = (position: number) => sentenceEnds.findIndex((end) => position <= end);
  const parts = new Map<number, Set<string>>();
  for (const name of names) {
    if (name.scope === "province") continue;
    const sentence = sentenceOf(name.start);
    const set = parts.get(sentence) ?? new Set<string>();
    set.add(paragraph.slice(name.start, name.end));
    parts.set(sentence, set);
  }
  const marks: { from: number; scope: "province" | "former" | "local" | "word" }[] = names
    .filter((name) => name.scope === "province" || (parts.get(sentenceOf(name.start))?.size ?? 0) < 2)
    .map((name) => ({ from: name.end, scope: name.scope }));
  for (const match of paragraph.matchAll(PROVINCE_WORD)) marks.push({ from: match.index + match[0].length, scope: "word" });
  marks.sort((a, b) => a.from - b.from);
  let lastProvince = false;
  return marks.map((mark) => {
    if (mark.scope === "province" || mark.scope === "former") lastProvince = mark.scope === "former";
    return { from: mark.from, local: mark.scope === "word" ? lastProvince : mark.scope !== "province" };
  });
}

/**
 * Whether the place a paragraph last named before a position is a part of a province; before
 * its first place, whether the text's previous paragraph ended on one (`carried`).
 */
function isLocalSubject(subjects: readonly Subject[], position: number, carried: boolean): boolean {
  let local = carried;
  for (const subject of subjects) {
    if (subject.from > position) break;
    local = subject.local;
  }
  return local;
}

/** Whether the last place named in the paragraphs (read from the end) is a part of a province; `before` when they name none. */
function lastSubjectOf(paragraphs: readonly string[], before: boolean): boolean {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const canonical = canonicalText(paragraphs[i] as string);
    const subjects = paragraphSubjects(canonical, [canonical.length]);
    if (subjects.length > 0) return (subjects.at(-1) as Subject).local;
  }
  return before;
}


interface FigureParagraph {
  /** The paragraphs without figures read since the previous figure paragraph. */
  readonly skipped: readonly string[];
  readonly canonical: string;
  readonly sentenceEnds: readonly number[];
  subjects: Subject[] | null;
  /** Whether the text before it ended on a part of a province (`lastSubjectOf` its skipped paragraphs). */
  carried: boolean | null;
  /** Whether it ends on a part of a province (what it carries to the next figure paragraph). */
  localAfter: boolean | null;
}

/**
 * The places the figure paragraphs of a text speak of, paragraph after paragraph, each
 * carrying to the next where the text last was (`paragraphSubjects`, `lastSubjectOf`).
 * NOTE: worked out only when a figure asks, from the last paragraph known: scanning
 * paragraphs for place names is the costly part, and most texts give no figure.
 */
export class SubjectChain {
  private readonly paragraphs: FigureParagraph[] = [];

  /** Adds the next paragraph with figures (canonical text, where its sentences end) after the paragraphs skipped since the last one; returns its index. */
  add(skipped: readonly string[], canonical: string, sentenceEnds: readonly number[]): number {
    this.paragraphs.push({ skipped, canonical, sentenceEnds, subjects: null, carried: null, localAfter: null });
    return this.paragraphs.length - 1;
  }

  /** Whether the place paragraph `index` last named before a position (else the text before it) is a part of a province. */
  isLocalBefore(index: number, position: number): boolean {
    return isLocalSubject(this.subjectsOf(index), position, this.carriedInto(index));
  }

  private subjectsOf(index: number): Subject[] {
    const paragraph = this.paragraphs[index] as FigureParagraph;
    paragraph.subjects ??= paragraphSubjects(paragraph.canonical, paragraph.sentenceEnds);
    return paragraph.subjects;
  }

  private carriedInto(index: number): boolean {
    const known = (this.paragraphs[index] as FigureParagraph).carried;
    if (known !== null) return known;
    let from = index;
    while (from > 0 && (this.paragraphs[from - 1] as FigureParagraph).localAfter === null) from--;
    let local = from === 0 ? false : ((this.paragraphs[from - 1] as FigureParagraph).localAfter as boolean);
    for (let i = from; i <= index; i++) {
      const paragraph = this.paragraphs[i] as FigureParagraph;
      paragraph.carried ??= lastSubjectOf(paragraph.skipped, local);
      if (i === index) break;
      paragraph.localAfter = isLocalSubject(this.subjectsOf(i), paragraph.canonical.length, paragraph.carried);
      local = paragraph.localAfter;
    }
    return (this.paragraphs[index] as FigureParagraph).carried as boolean;
  }
}
