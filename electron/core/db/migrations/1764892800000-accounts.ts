import type { MigrationInterface, QueryRunner } from 'typeorm';

// Local accounts. The password hash carries its own KDF parameters, so a later cost can apply to
// new hashes without a migration. failed_count and locked_until live in the row so that a
// restart does not reset the wait after wrong passwords.
export class Accounts1764892800000 implements MigrationInterface {
  name = 'Accounts1764892800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE pengguna (
      id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      username varchar(32) NOT NULL COLLATE NOCASE,
      full_name varchar(120) NOT NULL,
      role varchar NOT NULL CHECK (role IN ('admin', 'operator', 'pimpinan')),
      password_hash varchar NOT NULL,
      active integer NOT NULL DEFAULT 1,
      failed_count integer NOT NULL DEFAULT 0,
      locked_until varchar,
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      last_login_at varchar
    )`);
    await q.query(`CREATE UNIQUE INDEX ux_pengguna_username ON pengguna (username COLLATE NOCASE)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pengguna`);
  }
}
