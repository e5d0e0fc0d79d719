// Personal data leaving the app leaves a line in the audit trail (issue 13): each export of a
// list, the report (workbook and PDF) and each backup handed over to be copied elsewhere records
// who, what (the list, its filters in words, the row count, the file name) and when; an export
// whose line cannot be written is withdrawn. Deleting a meeting records each agreement it unlinks;
// the remembered import mapping is recorded when it changes, and a dry run writes nothing at all.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditChanges, Channel, InputOf, Result } from '../../shared/contract';
import { messages } from '../../shared/i18n';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import type { SessionRef } from '../../electron/core/auth/sessions';
import * as imports from '../../electron/core/excel/import/importService';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { createBackup } from '../../electron/core/backup/createBackup';
import { backupsDirFor } from '../../electron/core/paths';
import { adminSession, sessionAs } from '../support/auth';
import { countRows, queryRow, queryRows } from '../support/dbQuery';
import { writeMessyUmkmWorkbook } from '../support/messyWorkbooks';
import { sqliteOf } from '../support/sqliteOf';
import { tempContext } from '../support/tempDb';

interface Line {
  id: number;
  at: string;
  username: string;
  role: string;
  via: string;
  action: string;
  entity: string | null;
  entityId: number | null;
  summary: string;
  changes: AuditChanges;
}

let env: Awaited<ReturnType<typeof tempContext>>;
beforeEach(async () => {
  env = await tempContext();
});
afterEach(async () => env.cleanup());

const lines = async (): Promise<Line[]> =>
  (
    await queryRows<Line & { changes: string }>(
      env.ctx.db,
      `SELECT id, at, username, role, via, action, entity, entity_id AS "entityId", summary, changes FROM audit_log ORDER BY id`,
    )
  ).map((l) => ({ ...l, changes: JSON.parse(l.changes) as AuditChanges }));
const settings = () => queryRows<{ key: string; value: string }>(env.ctx.db, `SELECT key, value FROM setting ORDER BY key`);
const lastId = async () => (await lines()).at(-1)?.id ?? 0;
const after = async (id: number) => (await lines()).filter((l) => l.id > id);

async function ok<T>(channel: Channel, input: unknown, session: SessionRef): Promise<T> {
  const r = (await dispatch(channel, input, env.core, session)) as Result<T>;
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

describe('exports leave a line in the audit trail', () => {
  beforeEach(async () => {
    await seedDemo(env.ctx.db, 60);
  });

  it('a registry export as filtered: who, the list, the filters in words, the rows and the file name, when', async () => {
    const pimpinan = sessionAs(env.ctx, 'pimpinan');
    const query: InputOf<'export:list'> = { list: 'umkm', query: { kecamatan: '64.71.05', class: 'mikro' } };
    const expected = await ok<{ total: number }>('umkm:list', { kecamatan: '64.71.05', class: 'mikro', pageSize: 5 }, pimpinan);
    expect(expected.total).toBeGreaterThan(0);
    const mark = await lastId();
    const started = new Date().toISOString();
    const r = await ok<{ file: { name: string; fileId: string }; rows: number }>('export:list', query, pimpinan);
    const done = new Date().toISOString();

    const got = await after(mark);
    expect(got).toHaveLength(1);
    const line = got[0]!;
    expect(line).toMatchObject({ username: 'uji-pimpinan', role: 'pimpinan', via: 'app', action: 'export', entity: 'umkm', entityId: null });
    expect(line.at >= started && line.at <= done).toBe(true);
    expect(r.rows).toBe(expected.total);
    expect(line.changes).toEqual({
      exportList: [null, 'Registri UMKM'],
      exportFilters: [null, 'Kecamatan Balikpapan Selatan; Kelas usaha Mikro'],
      exportRows: [null, expected.total],
      exportFile: [null, r.file.name],
    });
    expect(line.summary).toBe(`Ekspor Registri UMKM: ${expected.total} baris ke berkas ${r.file.name}`);
    // The file itself was handed over.
    expect(fs.existsSync(env.ctx.files.get(r.file.fileId).path)).toBe(true);
  });

  it('every list: partners, agreements and a Naik Kelas list, each with its own rows and filters', async () => {
    const operator = sessionAs(env.ctx, 'operator');
    const cases: Array<{ input: InputOf<'export:list'>; entity: string; list: string }> = [
      { input: { list: 'mitra', query: { status: 'aktif' } }, entity: 'mitra', list: 'daftar mitra' },
      { input: { list: 'kemitraan', query: {} }, entity: 'kemitraan', list: 'daftar kemitraan' },
      { input: { list: 'progress', query: { period: { from: '2020-01-01', to: '2030-12-31' }, outcome: 'naik' } }, entity: 'umkm', list: 'daftar Naik Kelas' },
    ];
    for (const c of cases) {
      const mark = await lastId();
      const r = await ok<{ file: { name: string }; rows: number }>('export:list', c.input, operator);
      const got = await after(mark);
      expect(got, c.list).toHaveLength(1);
      expect(got[0]).toMatchObject({ action: 'export', entity: c.entity, username: 'uji-operator' });
      expect(String(got[0]!.changes.exportList![1])).toContain(c.list);
      expect(got[0]!.changes.exportRows).toEqual([null, r.rows]);
      expect(got[0]!.changes.exportFile).toEqual([null, r.file.name]);
      expect(r.rows, c.list).toBeGreaterThan(0);
    }
    const kemitraanLine = (await lines()).find((l) => l.entity === 'kemitraan' && l.action === 'export')!;
    expect(kemitraanLine.changes.exportFilters).toEqual([null, messages.auditNoFilter]);
  });

  it("the report's workbook: its period, paper, the detail sheets' rows and the file name", async () => {
    const pimpinan = sessionAs(env.ctx, 'pimpinan');
    const mark = await lastId();
    const r = await ok<{ file: { name: string }; rows: number }>('export:report', { from: '2023-01-01', to: '2023-12-31', paper: 'F4' }, pimpinan);
    const got = await after(mark);
    expect(got).toHaveLength(1);
    expect(r.rows).toBeGreaterThan(0);
    expect(got[0]).toMatchObject({ action: 'export', entity: null, username: 'uji-pimpinan' });
    expect(got[0]!.changes).toEqual({
      exportList: [null, 'Laporan Perkembangan UMKM dan Kemitraan (Excel)'],
      exportPeriod: [null, '01/01/2023 – 31/12/2023'],
      exportPaper: [null, 'F4'],
      exportRows: [null, r.rows],
      exportFile: [null, r.file.name],
    });
  });

  it("the report's PDF: its period, paper, size and file name", async () => {
    const pdf = Buffer.from('%PDF-1.4\n% stand-in\n%%EOF\n');
    // The shell's hidden print window, standing in: it prints at once.
    env.core.printer = {
      origin: 'app://kemitraan',
      open: async () => ({ sessionKey: 'ipc:5', load: async () => undefined, readyState: async () => '1', printToPdf: async () => pdf, close: () => undefined }),
    };
    const mark = await lastId();
    const r = await ok<{ file: { name: string; size: number } }>('report:pdf', { from: '2024-01-01', to: '2024-12-31' }, sessionAs(env.ctx, 'pimpinan'));
    const got = await after(mark);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ action: 'export', entity: null, username: 'uji-pimpinan' });
    expect(got[0]!.changes).toEqual({
      exportList: [null, 'Laporan Perkembangan UMKM dan Kemitraan (PDF)'],
      exportPeriod: [null, '01/01/2024 – 31/12/2024'],
      exportPaper: [null, 'A4'],
      exportSize: [null, pdf.length],
      exportFile: [null, r.file.name],
    });
  });

  it('an export whose line cannot be written fails and its file is withdrawn: nothing leaves without a trace', async () => {
    const pimpinan = sessionAs(env.ctx, 'pimpinan');
    const mark = await lastId();
    // The trail refuses any new line (a fault of the database itself): on SQLite the writer's
    // connection's, on PostgreSQL this test database's.
    const db = env.ctx.db;
    if (db.kind === 'sqlite') {
      db.raw.exec(`CREATE TEMP TRIGGER no_trail BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'trail refused'); END`);
    } else {
      await queryRows(db, `CREATE FUNCTION no_trail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'trail refused'; END $$`);
      await queryRows(db, `CREATE TRIGGER no_trail BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION no_trail()`);
    }
    const r = await dispatch('export:list', { list: 'umkm', query: {} }, env.core, pimpinan);
    if (db.kind === 'sqlite') db.raw.exec(`DROP TRIGGER no_trail`);
    else await queryRows(db, `DROP TRIGGER no_trail ON audit_log`);
    expect(r.ok).toBe(false);
    expect(await after(mark)).toEqual([]);
    const outgoing = fs
      .readdirSync(path.dirname(env.ctx.files.outgoing('x.xlsx').path))
      .filter((f) => f.endsWith('.xlsx'));
    expect(outgoing).toEqual([]);
  });
});

describe('a backup handed over to be copied elsewhere', () => {
  it('is recorded (who, which backup, its UMKM, the file), and refused to anyone but an admin', async () => {
    // Backups are copies of the SQLite file (PostgreSQL's registry is kept with the server's tools).
    if (env.core.db.kind !== 'sqlite') {
      await env.cleanup();
      env = await tempContext({}, 'sqlite');
    }
    await seedDemo(env.ctx.db, 60);
    const made = await createBackup(sqliteOf(env.ctx.db).raw, backupsDirFor(env.file), { appVersion: 'test', kind: 'manual' });
    for (const role of ['operator', 'pimpinan'] as const) {
      const mark = await lastId();
      const r = await dispatch('backup:save', { name: made.name }, env.core, sessionAs(env.ctx, role));
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await after(mark)).toEqual([]);
    }
    const mark = await lastId();
    const r = await ok<{ file: { name: string; size: number } }>('backup:save', { name: made.name }, adminSession(env.ctx));
    const got = await after(mark);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ action: 'backup_copy', entity: 'database', username: 'uji-admin', role: 'admin' });
    expect(got[0]!.changes).toEqual({
      backupName: [null, made.name],
      umkmCount: [null, 60],
      exportSize: [null, r.file.size],
      exportFile: [null, made.name],
    });
    expect(got[0]!.summary).toContain(made.name);
  });
});

describe('a meeting deleted', () => {
  it('writes a line on each agreement it unlinks, in the history of that agreement', async () => {
    await seedDemo(env.ctx.db, 60);
    const meeting = (await queryRow<{ id: number; name: string }>(env.ctx.db, `SELECT id, name FROM kegiatan LIMIT 1`))!;
    const linked = await queryRows<{ id: number; number: string }>(env.ctx.db, `SELECT id, number FROM kemitraan WHERE kegiatan_id = ? ORDER BY id`, [meeting.id]);
    expect(linked.length).toBeGreaterThan(1);
    const operator = sessionAs(env.ctx, 'operator');
    const mark = await lastId();
    await ok('kegiatan:delete', { id: meeting.id }, operator);

    const got = await after(mark);
    const perAgreement = got.filter((l) => l.entity === 'kemitraan');
    expect(perAgreement.map((l) => l.entityId)).toEqual(linked.map((a) => a.id));
    for (const [i, l] of perAgreement.entries()) {
      expect(l).toMatchObject({ action: 'update', username: 'uji-operator' });
      expect(l.changes).toEqual({ kegiatanId: [meeting.id, null], eventName: [meeting.name, null] });
      expect(l.summary).toBe(`Kemitraan "${linked[i]!.number}" dilepas dari kegiatan "${meeting.name}" yang dihapus`);
    }
    expect(got.filter((l) => l.entity === 'kegiatan').map((l) => l.action)).toEqual(['delete']);
    expect(await countRows(env.ctx.db, 'kemitraan', 'kegiatan_id = ?', [meeting.id])).toBe(0);
    const history = await ok<Array<{ action: string; summary: string }>>('audit:entity', { entity: 'kemitraan', id: linked[0]!.id }, adminSession(env.ctx));
    expect(history[0]!.summary).toContain('dilepas dari kegiatan');
  });

  it('a meeting without agreements writes only its own line', async () => {
    const operator = sessionAs(env.ctx, 'operator');
    const k = await ok<{ id: number }>('kegiatan:create', { name: 'Temu Kecil', date: '2024-02-01', venue: 'Aula', organizer: 'DKUMKMP' }, operator);
    const mark = await lastId();
    await ok('kegiatan:delete', { id: k.id }, operator);
    expect((await after(mark)).map((l) => [l.entity, l.action])).toEqual([['kegiatan', 'delete']]);
  });
});

describe('the remembered import mapping', () => {
  async function opened() {
    const file = path.join(env.dir, 'data-umkm.xlsx');
    if (!fs.existsSync(file)) await writeMessyUmkmWorkbook(file);
    const wb = await imports.openImport(env.ctx, { fileId: env.ctx.files.register(file).fileId, target: 'umkm' });
    const layout = await imports.sheetLayout(env.ctx, { sessionId: wb.sessionId, sheet: wb.defaultSheet });
    return { sessionId: wb.sessionId, sheet: wb.defaultSheet, headerRow: layout.headerRow, mapping: layout.mapping, remembered: layout.remembered };
  }

  it('a dry run writes nothing at all: no setting, no line, no record', async () => {
    const operator = sessionAs(env.ctx, 'operator');
    const { remembered: _r, ...choices } = await opened();
    const before = { lines: await lines(), settings: await settings(), umkm: await countRows(env.ctx.db, 'umkm') };
    const dry = await ok<{ dryRun: boolean; imported: number }>('import:commit', { ...choices, dryRun: true }, operator);
    expect(dry.dryRun).toBe(true);
    expect(dry.imported).toBeGreaterThan(0);
    expect(await lines()).toEqual(before.lines);
    expect(await settings()).toEqual(before.settings);
    expect(await countRows(env.ctx.db, 'umkm')).toBe(before.umkm);
    // Nothing remembered: the next file of the same shape is matched afresh.
    expect((await opened()).remembered).toBe(false);
  });

  it('an import that remembers a new mapping records it (the columns before and after), the same mapping again records nothing', async () => {
    const operator = sessionAs(env.ctx, 'operator');
    const { remembered: _r, ...choices } = await opened();
    const { phone: _p, ...withoutPhone } = choices.mapping;
    await ok('import:commit', { ...choices, mapping: withoutPhone }, operator);
    const mappingLines = async () => (await lines()).filter((l) => l.action === 'settings_update' && 'importMapping' in l.changes);
    expect(await mappingLines()).toHaveLength(1);
    const first = (await mappingLines())[0]!;
    expect(first).toMatchObject({ entity: 'database', username: 'uji-operator' });
    expect(first.summary).toBe('Pencocokan kolom impor Registri UMKM diingat (berkas data-umkm.xlsx)');
    const [was, now] = first.changes.importMapping as [null, string[]];
    expect(was).toBeNull();
    expect(now.length).toBe(Object.keys(withoutPhone).length);
    expect(now.some((w) => w.startsWith(`${messages.fields.nik} ← `))).toBe(true);
    expect(now.some((w) => w.startsWith(`${messages.fields.phone} ← `))).toBe(false);
    const stored = (await settings()).filter((s) => s.key.startsWith('import.mapping.umkm.'));
    expect(stored).toHaveLength(1);

    // The same shape, the same mapping: the import's own lines, but no new mapping line.
    const again = await opened();
    expect(again.remembered).toBe(true);
    const { remembered: _r2, ...choices2 } = again;
    await ok('import:commit', choices2, operator);
    expect(await mappingLines()).toHaveLength(1);

    // The phone column mapped now: the change is recorded, the old columns before it.
    await ok('import:commit', { ...choices2, mapping: choices.mapping }, operator);
    expect(await mappingLines()).toHaveLength(2);
    const second = (await mappingLines())[1]!;
    expect((second.changes.importMapping as [string[], string[]])[0]).toEqual(now);
    expect((second.changes.importMapping as [string[], string[]])[1].some((w) => w.startsWith(`${messages.fields.phone} ← `))).toBe(true);
  });
});
