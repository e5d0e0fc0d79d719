// The services and the Excel code reach the database only through TypeORM (the unit of work's
// manager); what is truly one engine's own sits in electron/core/db/<engine>/ behind the Dialect.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['electron/core/services', 'electron/core/excel'];
const RAW_SQL = [
  /\b(SELECT\s+[\w*]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER|VIRTUAL)|DROP\s+(TABLE|INDEX|TRIGGER)|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT)\b/,
  /\b(json_each|strftime|julianday|datetime\s*\(\s*'now'|sqlite_master|last_insert_rowid)\b/i,
  /\b\w*(raw|Raw|db|Db|conn|Conn|connection)\.(prepare|exec|pragma|transaction)\s*\(/,
  /\.query\s*\(/,
  /\b(tx|db|ctx\.db|ctx\.tx)\.raw\b/,
  /better-sqlite3/,
];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('no SQL outside the database folders', () => {
  it('finds no raw SQL, driver call or engine-only function in the services and the Excel code', () => {
    const found: string[] = [];
    for (const file of ROOTS.flatMap(sources)) {
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
          if (RAW_SQL.some((re) => re.test(line))) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
    expect(found).toEqual([]);
  });
});
