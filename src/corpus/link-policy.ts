import { lstatSync, realpathSync, statSync } from "node:fs";
import { resolve, sep } from "node:path";

/**
 * Why a corpus entry that is a symbolic link is not read, or null when it is read (not a
 * link, or a link to a file inside the same corpus folder). NOTE: links leaving the corpus
 * folder and links to folders are never followed, by the first load and the watcher alike:
 * a link must not make `/etc/passwd` searchable or send a scan through `/usr`.
 */
export function linkProblem(path: string, root: string): string | null {
  let isLink: boolean;
  try {
    isLink = lstatSync(path).isSymbolicLink();
  } catch {
    return null;
  }
  if (!isLink) return null;
  let target: string;
  let realRoot: string;
  try {
    target = realpathSync(path);
  } catch {
    return "broken link";
  }
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = resolve(root);
  }
  if (target !== realRoot && !target.startsWith(realRoot + sep)) return "link leaves the corpus folder";
  try {
    if (statSync(target).isDirectory()) return "link to a folder (not followed)";
  } catch {
    return "broken link";
  }
  return null;
}
