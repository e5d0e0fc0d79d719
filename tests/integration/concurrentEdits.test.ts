// Several clerks at once (issue 14): two Cores over one database, as two PCs of the office see it
// (SQLite: two openDatabase on one file, like two processes; PostgreSQL: two connection pools on
// one database, when env KEMITRAAN_TEST_PG names a server). Every call goes through dispatch with a
// clerk's session, as a window's does:
// - clerk B's save on the version both opened, after clerk A's save, is refused (EDIT_CONFLICT)
//   naming A and the time, and the record keeps A's values; the same for a record A deleted;
// - a save on the current version passes and counts the version up, naming its clerk;
// - the same for each kind of record a form edits (UMKM, partner, community, agreement, meeting,
//   class record), and the UPDATE itself is the guard (a stale version never writes, whatever was
//   read before it);
// - every audit line names the computer it was written on, and that is part of its hash.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import type { AppErrorData, Channel, EditConflict, InputOf, OutputOf, Result } from '../../shared/contract';
import type { Role } from '../../shared/domain/roles';
import { formatMoment } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';
import { Core } from '../../electron/core/core';
import type { Database } from '../../electron/core/db/database';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { openPostgres } from '../../electron/core/db/postgres/openPostgres';
import { UmkmEntity } from '../../electron/core/db/entities/umkm';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { AppError } from '../../electron/core/errors';
import { GENESIS, storedLinkHash, type StoredLine } from '../../electron/core/audit/chain';
import { checkChain } from '../../electron/core/backup/chainCheck';
import { ConcurrentEdits1765411200000 } from '../../electron/core/db/migrations/1765411200000-concurrent-edits';
import { databaseAt, versionBefore, withPlain } from '../support/migrationHarness';
import { rawOf } from '../support/sqliteOf';
import { freshPgDatabase, PG_SKIP_REASON, pgUrl } from '../support/pgTest';
import { agreementInput, validMitra } from '../support/partnerships';
import { validUmkm } from '../support/tempDb';

const m = messages.editConflict;

/** Two PCs of the office over one database. */
interface Office {
  a: Core;
  b: Core;
  close(): Promise<void>;
}

const PC_A = 'PC-LOKET-1';
const PC_B = 'PC-LOKET-2';
const coreOn = (db: Database, workstation: string) => new Core(db, { appVersion: 'test', workstation, lockCheckMs: 60_000 });

/** SQLite: one file, opened twice (each Core its own connections and write lock, as two processes). */
async function sqliteOffice(): Promise<Office> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-clerks-'));
  const file = path.join(dir, 'kantor.sqlite');
  const a = coreOn(await openDatabase({ file }), PC_A);
  const b = coreOn(await openDatabase({ file }), PC_B);
  return {
    a,
    b,
    close: async () => {
      await b.close();
      await a.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** PostgreSQL: a fresh database on the test server, two pools on it (dropped afterwards). */
async function postgresOffice(): Promise<Office> {
  const pg = await freshPgDatabase();
  const a = coreOn(await openPostgres({ url: pg.url, applicationName: PC_A }), PC_A);
  const b = coreOn(await openPostgres({ url: pg.url, applicationName: PC_B }), PC_B);
  return {
    a,
    b,
    close: async () => {
      await b.close();
      await a.close();
      await pg.drop();
    },
  };
}

if (!pgUrl()) console.warn(PG_SKIP_REASON);

/** The engines this run can reach; each opens an office of two PCs. */
const ENGINES: Array<[string, () => Promise<Office>]> = [['sqlite', sqliteOffice], ...(pgUrl() ? ([['postgres', postgresOffice]] as Array<[string, () => Promise<Office>]>) : [])];

/** A clerk signed in on one PC: every call through dispatch with their session. */
interface Clerk {
  name: string;
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  /** The call's value; a refusal fails the test with its message. */
  ok<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
}

function clerkOn(core: Core, name: string, role: Role = 'operator'): Clerk {
  const key = `sesi-${name}`;
  core.auth.sessions.bind(key, { userId: null, username: name, role, via: 'app' }, { fullName: name, lockable: false });
  const call = async <C extends Channel>(channel: C, input: InputOf<C>) => (await dispatch(channel, input, core, { key, via: 'app' })) as Result<OutputOf<C>>;
  return {
    name,
    call,
    ok: async (channel, input) => {
      const r = await call(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
  };
}

function refusal(r: Result<unknown>): AppErrorData {
  if (r.ok) throw new Error('the call was expected to be refused');
  return r.error;
}

/** The EDIT_CONFLICT a save on an old version gets: its message names `who` and `at`, its details the record now. */
function expectConflict(r: Result<unknown>, who: string, at: string, version: number, deleted = false): void {
  const error = refusal(r);
  const details: EditConflict = { updatedBy: who, updatedAt: at, version, deleted };
  expect(error).toEqual({ code: 'EDIT_CONFLICT', message: fill(deleted ? m.deleted : m.changed, { name: who, at: formatMoment(at) }), details });
  expect(error.message).toContain(who);
}

let nik = 0;
const nextNik = () => `647105450688${String(++nik).padStart(4, '0')}`;

describe.each(ENGINES)('two clerks on one %s database', (_engine, open) => {
  let office: Office;
  let budi: Clerk;
  let sari: Clerk;

  beforeEach(async () => {
    office = await open();
    budi = clerkOn(office.a, 'budi');
    sari = clerkOn(office.b, 'sari');
  });
  afterEach(async () => {
    await office.close();
  });

  it('refuses clerk B saving after clerk A on the version both opened, naming A and the time; the record keeps A`s values', async () => {
    const created = await budi.ok('umkm:create', validUmkm({ nik: nextNik(), ownerName: 'Sari Rahmawati' }));
    expect(created.updatedBy).toBe('budi');
    // Both open the same UMKM's form.
    const seenByA = await budi.ok('umkm:get', { id: created.id });
    const seenByB = await sari.ok('umkm:get', { id: created.id });
    expect(seenByB.version).toBe(seenByA.version);

    const saved = await budi.ok('umkm:update', { id: created.id, changes: { ownerName: 'Sari Wulandari' }, version: seenByA.version });
    expect(saved.version).toBe(seenByA.version + 1);
    expect(saved.updatedBy).toBe('budi');

    const late = await sari.call('umkm:update', { id: created.id, changes: { ownerName: 'Siti Aminah', phone: '0813-5000-1111' }, version: seenByB.version });
    expectConflict(late, 'budi', saved.updatedAt, saved.version);

    // Nothing of B's was written, nor audited.
    const now = await sari.ok('umkm:get', { id: created.id });
    expect([now.ownerName, now.phone, now.version, now.updatedBy]).toEqual(['Sari Wulandari', saved.phone, saved.version, 'budi']);
    const admin = clerkOn(office.b, 'admin', 'admin');
    const lines = await admin.ok('audit:entity', { entity: 'umkm', id: created.id });
    expect(lines.filter((l) => l.action === 'update').map((l) => l.username)).toEqual(['budi']);
  });

  it('refuses a save on a record clerk A deleted meanwhile, naming A and when it was deleted', async () => {
    const created = await budi.ok('umkm:create', validUmkm({ nik: nextNik() }));
    const seen = await sari.ok('umkm:get', { id: created.id });
    await budi.ok('umkm:delete', { id: created.id, version: created.version });

    const late = await sari.call('umkm:update', { id: created.id, changes: { ownerName: 'Siti Aminah' }, version: seen.version });
    const error = refusal(late);
    expect(error.details?.deleted).toBe(true);
    const deletedAt = error.details!.updatedAt;
    expectConflict(late, 'budi', deletedAt, created.version + 1, true);
    // A delete on the version B saw is told the same.
    expectConflict(await sari.call('umkm:delete', { id: created.id, version: seen.version }), 'budi', deletedAt, created.version + 1, true);
    // Without a version (the command line, an import) it is simply not there, as before.
    expect(refusal(await sari.call('umkm:update', { id: created.id, changes: { ownerName: 'Siti Aminah' } })).code).toBe('NOT_FOUND');

    // Restored from the recycle bin, it is the restorer's change: a form opened before the delete stays refused, naming them.
    const admin = clerkOn(office.a, 'admin', 'admin');
    await admin.ok('trash:restore', { kind: 'umkm', id: created.id });
    const restored = await sari.ok('umkm:get', { id: created.id });
    expect([restored.version, restored.updatedBy]).toEqual([created.version + 2, 'admin']);
    expectConflict(await sari.call('umkm:update', { id: created.id, changes: { ownerName: 'Siti Aminah' }, version: seen.version }), 'admin', restored.updatedAt, restored.version);
  });

  it('saves on the current version, counting it up and naming the clerk; a form saving twice names the version its first save answered', async () => {
    const created = await budi.ok('umkm:create', validUmkm({ nik: nextNik() }));
    const first = await budi.ok('umkm:update', { id: created.id, changes: { products: 'Amplang kepiting' }, version: created.version });
    // B loads the record again (Muat ulang) and saves on what it reads now.
    const reloaded = await sari.ok('umkm:get', { id: created.id });
    expect(reloaded.version).toBe(first.version);
    const second = await sari.ok('umkm:update', { id: created.id, changes: { products: 'Amplang kepiting, kerupuk' }, version: reloaded.version });
    expect([second.version, second.updatedBy, second.products]).toEqual([reloaded.version + 1, 'sari', 'Amplang kepiting, kerupuk']);
    const third = await sari.ok('umkm:update', { id: created.id, changes: { notes: 'Pameran 2024' }, version: second.version });
    expect(third.version).toBe(second.version + 1);
    // A's form, still on the first version, is refused naming B.
    expectConflict(await budi.call('umkm:update', { id: created.id, changes: { notes: 'x' }, version: first.version }), 'sari', third.updatedAt, third.version);
  });

  it('guards every kind of record a form edits: partner, community, agreement, meeting and class record', async () => {
    const umkm = await budi.ok('umkm:create', validUmkm({ nik: nextNik() }));
    const mitra = await budi.ok('mitra:create', validMitra());
    const komunitas = await budi.ok('komunitas:create', { name: 'Komunitas Amplang Manggar', memberIds: [umkm.id] });
    const kemitraan = await budi.ok('kemitraan:create', agreementInput(mitra.id, { umkmId: umkm.id }));
    const kegiatan = await budi.ok('kegiatan:create', { name: 'Temu Kemitraan 2024', date: '2024-05-23', venue: 'Ballroom Hotel Platinum' });
    const record = await budi.ok('progress:add', { umkmId: umkm.id, date: '2024-06-30', annualSales: 400_000_000, source: 'survei' });
    const recordOf = async (c: Clerk) => (await c.ok('progress:timeline', { id: umkm.id })).records.find((r) => r.id === record.id)!;

    type Saved = { version: number; updatedAt: string; updatedBy: string | null };
    const cases: Array<{ kind: string; version: number; save: (c: Clerk, version: number, text: string) => Promise<Result<Saved>>; read: (c: Clerk) => Promise<Saved & { text: string | null }> }> = [
      {
        kind: 'mitra',
        version: mitra.version,
        save: (c, version, text) => c.call('mitra:update', { id: mitra.id, changes: { contactName: text }, version }),
        read: async (c) => {
          const r = await c.ok('mitra:get', { id: mitra.id });
          return { ...r, text: r.contactName };
        },
      },
      {
        kind: 'komunitas',
        version: komunitas.version,
        save: (c, version, text) => c.call('komunitas:update', { id: komunitas.id, changes: { notes: text }, version }),
        read: async (c) => {
          const r = await c.ok('komunitas:get', { id: komunitas.id });
          return { ...r, text: r.notes };
        },
      },
      {
        kind: 'kemitraan',
        version: kemitraan.version,
        save: (c, version, text) => c.call('kemitraan:update', { id: kemitraan.id, changes: { notes: text }, version }),
        read: async (c) => {
          const r = await c.ok('kemitraan:get', { id: kemitraan.id });
          return { ...r, text: r.notes };
        },
      },
      {
        kind: 'kegiatan',
        version: kegiatan.version,
        save: (c, version, text) => c.call('kegiatan:update', { id: kegiatan.id, changes: { venue: text }, version }),
        read: async (c) => {
          const r = await c.ok('kegiatan:get', { id: kegiatan.id });
          return { ...r, text: r.venue };
        },
      },
      {
        kind: 'class record',
        version: (await recordOf(sari)).version,
        save: (c, version, text) => c.call('progress:update', { id: record.id, changes: { notes: text }, version }),
        read: async (c) => {
          const r = await recordOf(c);
          return { ...r, text: r.notes };
        },
      },
    ];
    for (const k of cases) {
      const saved = await k.save(budi, k.version, `dari budi (${k.kind})`);
      if (!saved.ok) throw new Error(`${k.kind}: ${saved.error.message}`);
      expect([k.kind, saved.value.version, saved.value.updatedBy]).toEqual([k.kind, k.version + 1, 'budi']);
      expectConflict(await k.save(sari, k.version, `dari sari (${k.kind})`), 'budi', saved.value.updatedAt, saved.value.version);
      const now = await k.read(sari);
      expect([k.kind, now.text, now.version]).toEqual([k.kind, `dari budi (${k.kind})`, saved.value.version]);
    }
    // A record's form deletes too: on the version it opened.
    const seen = await recordOf(sari);
    await budi.ok('progress:update', { id: record.id, changes: { notes: 'koreksi' }, version: seen.version });
    expect(refusal(await sari.call('progress:delete', { id: record.id, version: seen.version })).code).toBe('EDIT_CONFLICT');
    expect((await recordOf(sari)).notes).toBe('koreksi');
  });

  it('has the UPDATE itself refuse a stale version, whatever was read before it, and write nothing', async () => {
    const created = await budi.ok('umkm:create', validUmkm({ nik: nextNik() }));
    const saved = await budi.ok('umkm:update', { id: created.id, changes: { ownerName: 'Sari Wulandari' }, version: created.version });
    // The guarded write alone, past any check a service makes first.
    const thrown = await office.b
      .write(async (s) => {
        s.actFor({ username: 'sari' });
        await s.edits.write(UmkmEntity, created.id, { ownerName: 'Siti Aminah' }, created.version, messages.entity.umkm, new Date().toISOString());
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).toData()).toMatchObject({ code: 'EDIT_CONFLICT', details: { updatedBy: 'budi', version: saved.version, deleted: false } });
    const now = await sari.ok('umkm:get', { id: created.id });
    expect([now.ownerName, now.version]).toEqual(['Sari Wulandari', saved.version]);
  });

  it('names the computer on every audit line of each clerk', async () => {
    const created = await budi.ok('umkm:create', validUmkm({ nik: nextNik() }));
    const seen = await sari.ok('umkm:get', { id: created.id });
    await sari.ok('umkm:update', { id: created.id, changes: { products: 'Amplang' }, version: seen.version });
    const admin = clerkOn(office.a, 'admin', 'admin');
    const lines = await admin.ok('audit:entity', { entity: 'umkm', id: created.id });
    expect(lines.map((l) => [l.action, l.username, l.workstation]).reverse()).toEqual([
      ['create', 'budi', PC_A],
      ['update', 'sari', PC_B],
    ]);
    const page = await admin.ok('audit:list', { entity: 'umkm', entityId: created.id });
    expect(page.items.map((l) => l.workstation).sort()).toEqual([PC_A, PC_B]);
  });
});

describe.skipIf(!pgUrl())('two clerks saving at the same moment on PostgreSQL', () => {
  let office: Office | undefined;
  afterAll(async () => {
    await office?.close();
  });

  it('lets exactly one of two simultaneous saves on one version through; the other is told whose won', async () => {
    office = await postgresOffice();
    const budi = clerkOn(office.a, 'budi');
    const sari = clerkOn(office.b, 'sari');
    const created = await budi.ok('umkm:create', validUmkm({ nik: nextNik() }));
    const both = await Promise.all([
      budi.call('umkm:update', { id: created.id, changes: { ownerName: 'Dari Budi' }, version: created.version }),
      sari.call('umkm:update', { id: created.id, changes: { ownerName: 'Dari Sari' }, version: created.version }),
    ]);
    const won = both.filter((r) => r.ok);
    const lost = both.filter((r) => !r.ok);
    expect([won.length, lost.length]).toEqual([1, 1]);
    const winner = (won[0] as { ok: true; value: OutputOf<'umkm:update'> }).value;
    expectConflict(lost[0]!, winner.updatedBy!, winner.updatedAt, winner.version);
    const now = await budi.ok('umkm:get', { id: created.id });
    expect([now.ownerName, now.version]).toEqual([winner.ownerName, created.version + 1]);
  });
});

describe('the audit trail names the computer of each line (SQLite file)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  const fileIn = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-trail-'));
    dirs.push(dir);
    return path.join(dir, 'kantor.sqlite');
  };
  const lines = (raw: BetterSqlite3.Database) => raw.prepare(`SELECT id, workstation, hash FROM audit_log ORDER BY id`).all() as Array<{ id: number; workstation: string | null; hash: string }>;

  it('keeps the lines written before the migration verifying, links new lines with their computer after them, and keeps each record`s rows', async () => {
    const file = fileIn();
    // A trail as the app before the migration wrote it: linked without a computer.
    const old: StoredLine[] = ['2025-12-01T01:00:00.000Z', '2025-12-01T02:00:00.000Z', '2025-12-01T03:00:00.000Z'].map((at, i) => ({
      at,
      user_id: null,
      username: 'budi',
      role: 'operator',
      via: 'app',
      action: 'update',
      entity: 'komunitas',
      entity_id: 1,
      summary: `Komunitas "Amplang" diubah (${i + 1} isian)`,
      changes: '{}',
    }));
    const hashes: string[] = [];
    await databaseAt(file, versionBefore(ConcurrentEdits1765411200000), (db) => {
      db.prepare(`INSERT INTO komunitas (name, created_at, updated_at) VALUES ('Amplang', '2025-12-01T00:00:00.000Z', '2025-12-01T03:00:00.000Z')`).run();
      const insert = db.prepare(
        `INSERT INTO audit_log (at, user_id, username, role, via, action, entity, entity_id, summary, changes, prev_hash, hash) VALUES (@at, @user_id, @username, @role, @via, @action, @entity, @entity_id, @summary, @changes, @prev, @hash)`,
      );
      let prev = GENESIS;
      for (const l of old) {
        const hash = storedLinkHash(prev, l);
        insert.run({ ...l, prev, hash });
        hashes.push(hash);
        prev = hash;
      }
    });
    const core = coreOn(await openDatabase({ file }), PC_A);
    try {
      const raw = rawOf(core.db);
      expect(lines(raw)).toEqual(hashes.map((hash, i) => ({ id: i + 1, workstation: null, hash })));
      expect(raw.prepare(`SELECT name, version, updated_by FROM komunitas`).all()).toEqual([{ name: 'Amplang', version: 1, updated_by: null }]);
      expect(checkChain(raw, null)).toMatchObject({ ok: true, rows: 3 });

      const clerk = clerkOn(core, 'sari');
      const k = await clerk.ok('komunitas:get', { id: 1 });
      await clerk.ok('komunitas:update', { id: 1, changes: { notes: 'Pertemuan bulanan' }, version: k.version });
      const after = lines(raw);
      expect(after.slice(3).map((l) => l.workstation)).toEqual([PC_A]);
      expect(checkChain(raw, null)).toMatchObject({ ok: true, rows: 4 });
      expect(raw.prepare(`SELECT version, updated_by FROM komunitas`).get()).toEqual({ version: 2, updated_by: 'sari' });
    } finally {
      await core.close();
    }
  });

  it('covers the computer in the line`s hash: changed or taken away by hand, the chain breaks at that line', async () => {
    const file = fileIn();
    const core = coreOn(await openDatabase({ file }), PC_B);
    const clerk = clerkOn(core, 'sari');
    await clerk.ok('umkm:create', validUmkm({ nik: nextNik() }));
    const raw = rawOf(core.db);
    const [line] = lines(raw);
    expect(line!.workstation).toBe(PC_B);
    await core.close();
    // Someone holding the file rewrites the line around the append-only trigger.
    const rewrite = (workstation: string | null) =>
      withPlain(file, (db) => {
        const trigger = (db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'`).get() as { sql: string }).sql;
        db.exec(`DROP TRIGGER audit_log_no_update`);
        db.prepare(`UPDATE audit_log SET workstation = ? WHERE id = ?`).run(workstation, line!.id);
        db.exec(trigger);
        return checkChain(db, null);
      });
    for (const forged of ['PC-KEPALA-DINAS', null]) expect(rewrite(forged)).toMatchObject({ ok: false, brokenAt: line!.id });
    expect(rewrite(PC_B)).toMatchObject({ ok: true });
  });
});
