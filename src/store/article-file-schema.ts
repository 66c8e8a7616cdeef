import type { Migration } from "./migration.ts";

// NOTE: versions 200-299 belong to the corpus files; append only, never edit a shipped step.
/** The corpus files' schema steps: each parsed file with what identifies its version. */
export const ARTICLE_FILE_MIGRATIONS: readonly Migration[] = [
  {
    version: 200,
    name: "corpus: parsed article files",
    up(db) {
      db.exec(`
        CREATE TABLE corpus_files (
          path TEXT PRIMARY KEY,
          id TEXT NOT NULL,
          file TEXT NOT NULL,
          size INTEGER NOT NULL,
          mtime_ms REAL NOT NULL,
          content_hash TEXT NOT NULL,
          format TEXT NOT NULL,
          meta_json TEXT NOT NULL,
          texts_json TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 201,
    name: "corpus: event fingerprints of parsed files",
    up(db) {
      db.exec(`
        ALTER TABLE corpus_files ADD COLUMN fingerprint BLOB;
        ALTER TABLE corpus_files ADD COLUMN fingerprint_format TEXT;
      `);
    },
  },
  {
    version: 202,
    name: "corpus: event fingerprints in a table of their own",
    // NOTE: columns added after the long texts sit past their overflow pages: each read walked
    // the texts, and each save rewrote the whole row.
    up(db) {
      db.exec(`
        CREATE TABLE corpus_fingerprints (
          path TEXT PRIMARY KEY,
          content_hash TEXT NOT NULL,
          format TEXT NOT NULL,
          fingerprint BLOB NOT NULL
        );
        INSERT INTO corpus_fingerprints (path, content_hash, format, fingerprint)
          SELECT path, content_hash, fingerprint_format, fingerprint FROM corpus_files
          WHERE fingerprint IS NOT NULL AND fingerprint_format IS NOT NULL;
        UPDATE corpus_files SET fingerprint = NULL, fingerprint_format = NULL WHERE fingerprint IS NOT NULL;
      `);
    },
  },
  {
    version: 203,
    name: "corpus: the version of the records a summary was made at, cleared by any change",
    // NOTE: cleared by triggers, so every writer clears it; a kept summary sets a new random one,
    // so a file restored from a backup never matches a summary made since.
    up(db) {
      db.exec(`
        CREATE TABLE corpus_files_version (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          version TEXT NOT NULL
        );
        INSERT INTO corpus_files_version (id, version) VALUES (1, '');
        CREATE TRIGGER corpus_files_inserted AFTER INSERT ON corpus_files
          BEGIN UPDATE corpus_files_version SET version = '' WHERE version <> ''; END;
        CREATE TRIGGER corpus_files_updated AFTER UPDATE ON corpus_files
          BEGIN UPDATE corpus_files_version SET version = '' WHERE version <> ''; END;
        CREATE TRIGGER corpus_files_deleted AFTER DELETE ON corpus_files
          BEGIN UPDATE corpus_files_version SET version = '' WHERE version <> ''; END;
      `);
    },
  },
];
