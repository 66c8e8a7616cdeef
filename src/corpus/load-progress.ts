/** How far a corpus load is: files checked (and how many of them parsed), then articles indexed. */
export interface LoadProgress {
  readonly stage: "files" | "index";
  readonly done: number;
  readonly total: number;
  /** Files parsed so far (the others were read back from the store); files stage only. */
  readonly parsed: number;
}

/** Called as a corpus load advances, every `PROGRESS_STEP` items and at each stage's end. */
export type ProgressListener = (progress: LoadProgress) => void;

/** Items between two progress calls. */
export const PROGRESS_STEP = 1000;
