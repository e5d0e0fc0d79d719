import type { MigrationInterface, QueryRunner } from 'typeorm';
import { INDEXES, TABLES, TABLES_DOWN } from './baselineTables';
import { AUDIT_APPEND_ONLY, FUNCTIONS, TRIGGERS, triggerSql } from './baselineTriggers';

// The PostgreSQL registry from empty: one baseline equal to SQLite's schema after its migrations
// (there never was a PostgreSQL registry before it), with the columns of several clerks (issue 14).
// The tables and indexes are in baselineTables.ts, the triggers in baselineTriggers.ts. pg_trgm
// serves the search index; it is a trusted extension, so a database owner without superuser
// rights can create it (PostgreSQL 13 and later).
export class PostgresSchema1765411200000 implements MigrationInterface {
  name = 'PostgresSchema1765411200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const sql of TABLES) await q.query(sql);
    for (const sql of INDEXES) await q.query(sql);
    for (const t of TRIGGERS) for (const sql of triggerSql(t)) await q.query(sql);
    for (const sql of AUDIT_APPEND_ONLY) await q.query(sql);
  }

  // pg_trgm stays: it may have been there before (created by the server's administrator), and up()
  // takes it as found.
  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES_DOWN) await q.query(`DROP TABLE ${table}`);
    for (const fn of FUNCTIONS) await q.query(`DROP FUNCTION ${fn}()`);
  }
}
