import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kegiatan, KegiatanListItem, Kemitraan, KomunitasListItem, MitraListItem, Page, Stats, Suggestion } from '../../shared/contract';
import { formatDate } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';
import { call } from '../support/call';
import { contextFor } from '../support/tempDb';
import type { Scope } from '../../electron/core/scope';
import { openDatabase, type Database } from '../../electron/core/db/openDatabase';
import { runCli, type CliRun } from '../support/cli';
import { tempDir } from '../support/tempDir';

// One seeded database: read-only commands run side by side, then the writing ones in order.
// The expected values come from the services on the same file, opened in this process.
let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let demoDb: string;
let db: Database;
let ctx: Scope;

const cli = (args: string[]) => runCli([...args, '--db', demoDb], { dataDir });
const json = <T>(r: CliRun): T => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};

beforeAll(async () => {
  tmp = tempDir('kemitraan-cli2-');
  dataDir = path.join(tmp.dir, 'userdata');
  demoDb = path.join(tmp.dir, 'demo.sqlite');
  const r = await cli(['--as-admin-offline', 'seed-demo']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toBe('Data contoh dimuat: 60 UMKM, 15 komunitas, 20 mitra, 8 kegiatan, 20 kemitraan.\n');
  db = await openDatabase({ file: demoDb });
  ctx = contextFor(db, 'test');
});

afterAll(async () => {
  await db.close();
  expect(fs.existsSync(dataDir)).toBe(false);
  tmp.remove();
});

describe.concurrent('read-only commands on the demo', () => {
  it('stats --json adds komunitas, mitra and kemitraan by status', async () => {
    const s = json<Stats>(await cli(['stats', '--json']));
    expect(Object.keys(s)).toEqual(['umkm', 'byClass', 'byKecamatan', 'komunitas', 'mitra', 'kemitraan']);
    expect([s.umkm, s.komunitas, s.mitra]).toEqual([60, 15, 20]);
    expect(s.kemitraan).toEqual({ diusulkan: 6, aktif: 8, selesai: 3, dibatalkan: 3 });
  });

  it('mitra list --kind hotel --json', async () => {
    const p = json<Page<MitraListItem>>(await cli(['mitra', 'list', '--kind', 'hotel', '--json']));
    expect(p).toEqual(await call(ctx, 'mitra:list', { kind: 'hotel' }));
    expect(p.total).toBe(5);
    expect(p.items.every((m) => m.kind === 'hotel')).toBe(true);
  });

  it('mitra list --search, as text, ends with the summary', async () => {
    const r = await cli(['mitra', 'list', '--search', 'swalayan', '--status', 'aktif']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('1-3 dari 3 mitra');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/Swalayan .*Swalayan\s+Aktif\s+\d+ aktif, \d+ UMKM binaan$/);
  });

  it('komunitas list --kecamatan "Bpp Kota" --json', async () => {
    const list = json<KomunitasListItem[]>(await cli(['komunitas', 'list', '--kecamatan', 'Bpp Kota', '--json']));
    expect(list).toEqual(await call(ctx, 'komunitas:list', { kecamatan: '64.71.06' }));
    expect(list.map((c) => c.name)).toContain('Kelompok Batik Sasirangan Klandasan');
    expect(list.every((c) => c.kecamatanName === 'Balikpapan Kota' && c.memberCount >= 4)).toBe(true);
  });

  it('kemitraan list --status aktif --json', async () => {
    const p = json<Page<Kemitraan>>(await cli(['kemitraan', 'list', '--status', 'aktif', '--json']));
    expect(p.total).toBe(8);
    expect(p).toEqual(await call(ctx, 'kemitraan:list', { status: 'aktif' }));
  });

  it('kemitraan list --due, as text, marks each row', async () => {
    const expected = await call(ctx, 'kemitraan:list', { dueForReview: true });
    expect(expected.total).toBeGreaterThan(0);
    const r = await cli(['kemitraan', 'list', '--due']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`1-${expected.total} dari ${expected.total} kemitraan`);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/ perlu ditinjau$/);
  });

  it('kemitraan list with partner, pattern, support, kecamatan and date range filters', async () => {
    const hotel = (await call(ctx, 'mitra:list', { search: 'Platinum' })).items[0]!;
    const args = ['--partner', String(hotel.id), '--pattern', 'rantai_pasok', '--support', 'event', '--kecamatan', 'Kota', '--from', '2024-01-01', '--to', '2024-12-31'];
    const p = json<Page<Kemitraan>>(await cli(['kemitraan', 'list', ...args, '--json']));
    expect(p).toEqual(await call(ctx, 'kemitraan:list', { mitraId: hotel.id, pattern: 'rantai_pasok', supportKind: 'event', kecamatan: '64.71.06', from: '2024-01-01', to: '2024-12-31' }));
    expect(p.total).toBe(1);
    const community = json<Page<Kemitraan>>(await cli(['kemitraan', 'list', '--support', 'permodalan', '--kecamatan', 'Kota', '--json']));
    expect(community.items.map((k) => k.komunitasName)).toContain('Kelompok Batik Sasirangan Klandasan');
  });

  it('kemitraan list --status bogus is refused (exit 1) with the field named', async () => {
    const r = await cli(['kemitraan', 'list', '--status', 'bogus']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`  - status: ${messages.validation.invalidChoice}`);
  });

  it('kegiatan list --json and as text', async () => {
    const list = json<KegiatanListItem[]>(await cli(['kegiatan', 'list', '--kind', 'temu_kemitraan', '--json']));
    expect(list).toEqual(await ctx.kegiatan.list({ kind: 'temu_kemitraan' }));
    expect(list.map((k) => [k.name, k.date, k.venue])).toEqual([['Temu Kemitraan UMKM', '2023-05-23', 'Ballroom Hotel Platinum Balikpapan']]);
    const f = list[0]!.figures;
    const r = await cli(['kegiatan', 'list']);
    expect(r.stdout).toContain('23/05/2023  Temu Kemitraan UMKM – Ballroom Hotel Platinum Balikpapan');
    expect(r.stdout).toContain(`UMKM hadir ${f.umkmPresent}/${f.umkmExpected}; mitra hadir ${f.partnersPresent}/${f.partnersInvited}`);
  });

  it('usage mistakes exit 2 before the database is touched', async () => {
    const file = path.join(tmp.dir, 'never.sqlite');
    const cases: Array<[string[], RegExp]> = [
      [['kemitraan', 'status', '3'], /Sebutkan status baru/],
      [['kemitraan', 'status', 'x', 'aktif'], /ID harus berupa angka/],
      [['kemitraan', 'propose', '--partner', '1'], /--umkm wajib diisi/],
      [['kemitraan', 'propose', '--partner', 'abc', '--umkm', '2'], /--partner harus berupa bilangan bulat/],
      [['kemitraan', 'list', '--due=ya'], /due/],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli([...args, '--db', file], { dataDir })));
    runs.forEach((r, i) => {
      const [args, message] = cases[i]!;
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('Kode keluar: 0 berhasil, 1 input ditolak, 2 salah pemakaian.');
    });
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('writing commands on the demo', () => {
  it('kemitraan status ID aktif without a signing date is refused (exit 1), with --signed-at it is activated', async () => {
    const proposed = (await call(ctx, 'kemitraan:list', { status: 'diusulkan', pageSize: 1 })).items[0]!;
    expect(proposed.signedAt).toBeNull();
    const refused = await cli(['--as-admin-offline', 'kemitraan', 'status', String(proposed.id), 'aktif']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`  - signedAt: ${messages.kemitraanValidation.signedAtRequired}`);
    const done = json<Kemitraan>(await cli(['--as-admin-offline', 'kemitraan', 'status', String(proposed.id), 'aktif', '--signed-at', '2023-06-10', '--json']));
    expect([done.id, done.status, done.signedAt]).toEqual([proposed.id, 'aktif', '2023-06-10']);
    const again = await cli(['--as-admin-offline', 'kemitraan', 'status', String(proposed.id), 'diusulkan', '--json']);
    expect(again.code).toBe(1);
    const out = JSON.parse(again.stdout) as { ok: false; error: { fields: Record<string, string> } };
    expect(out.error.fields.status).toBe(fill(messages.kemitraanValidation.transition, { from: 'Aktif', to: 'Diusulkan' }));
  });

  it('kemitraan status ID selesai --finished-at D records the finish day; before the start it is refused (exit 1)', async () => {
    const active = (await call(ctx, 'kemitraan:list', { status: 'aktif', pageSize: 1 })).items[0]!;
    const dayBefore = new Date(Date.parse(`${active.startDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const refused = await cli(['--as-admin-offline', 'kemitraan', 'status', String(active.id), 'selesai', '--finished-at', dayBefore]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`  - finishedAt: ${fill(messages.kemitraanValidation.finishedBeforeStart, { start: formatDate(active.startDate) })}`);
    expect((await ctx.kemitraan.get(active.id)).status).toBe('aktif');
    const done = await cli(['--as-admin-offline', 'kemitraan', 'status', String(active.id), 'selesai', '--finished-at', active.startDate]);
    expect([done.code, done.stderr]).toEqual([0, '']);
    expect(done.stdout).toContain(`${messages.kemitraanFields.finishedAt.padEnd(24)} ${formatDate(active.startDate)}`);
    expect((await ctx.kemitraan.get(active.id)).finishedAt).toBe(active.startDate);
    expect(json<Kemitraan>(await cli(['kemitraan', 'show', String(active.id), '--json'])).finishedAt).toBe(active.startDate);
  });

  it('mitra suggest, then kemitraan propose the top pair; proposing it twice is refused', async () => {
    const hotel = (await call(ctx, 'mitra:list', { search: 'Platinum' })).items[0]!;
    const suggestions = json<Suggestion[]>(await cli(['mitra', 'suggest', String(hotel.id), '--event', '1', '--limit', '3', '--json']));
    expect(suggestions).toEqual(await call(ctx, 'mitra:suggest', { mitraId: hotel.id, kegiatanId: 1, limit: 3 }));
    const top = suggestions[0]!;
    const k = json<Kemitraan>(await cli(['--as-admin-offline', 'kemitraan', 'propose', '--partner', String(hotel.id), '--umkm', String(top.umkm.id), '--event', '1', '--json']));
    expect(k).toMatchObject({ status: 'diusulkan', mitraId: hotel.id, umkmId: top.umkm.id, kegiatanId: 1, startDate: '2023-05-23', pattern: 'rantai_pasok' });
    const twice = await cli(['--as-admin-offline', 'kemitraan', 'propose', '--partner', String(hotel.id), '--umkm', String(top.umkm.id)]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain(`Ditolak: ${fill(messages.kemitraanValidation.alreadyProposed, { number: k.number })}`);
    const e: Kegiatan = await ctx.kegiatan.get(1);
    expect(e.figures.agreementsProposed).toBe(17);
  });
});
