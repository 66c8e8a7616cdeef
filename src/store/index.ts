export { DATABASE_FILE, migrate, openDatabase } from "./open-database.ts";
export type { Migration } from "./migration.ts";
export { MIGRATIONS } from "./migrations.ts";
