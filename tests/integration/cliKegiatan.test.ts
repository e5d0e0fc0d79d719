import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kegiatan, KegiatanListItem, KegiatanParticipants } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import { openDatabase, type Database } from '../../electron/core/db/openDatabase';
import type { Scope } from '../../electron/core/scope';
import { runCli, type CliRun } from '../support/cli';
import { call } from '../support/call';
import { contextFor } from '../support/tempDb';
import { tempDir } from '../support/tempDir';

// `kegiatan …` on a seeded database (the demo's activities of every kind): listing by kind and
// period, one activity, a new training, its participants, a day's marks, a certificate number and
// the exports; refusals exit 1 with the Indonesian message.
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
  tmp = tempDir('kemitraan-cli-kegiatan-');
  dataDir = path.join(tmp.dir, 'userdata');
  demoDb = path.join(tmp.dir, 'demo.sqlite');
  const r = await cli(['--as-admin-offline', 'seed-demo']);
  expect(r.code).toBe(0);
  db = await openDatabase({ file: demoDb });
  ctx = contextFor(db, 'test');
});

afterAll(async () => {
  await db.close();
  tmp.remove();
});

describe('kegiatan on the command line', () => {
  it('list --kind and --from/--to, as JSON and as text', async () => {
    const all = json<KegiatanListItem[]>(await cli(['kegiatan', 'list', '--json']));
    expect(new Set(all.map((k) => k.kind))).toEqual(new Set(['temu_kemitraan', 'pelatihan', 'pendampingan', 'kurasi', 'pameran', 'sosialisasi', 'monitoring']));
    const trainings = json<KegiatanListItem[]>(await cli(['kegiatan', 'list', '--kind', 'pelatihan', '--json']));
    expect(trainings).toEqual(await ctx.kegiatan.list({ kind: 'pelatihan' }));
    expect(trainings.length).toBe(2);
    const bazar = all.find((k) => k.kind === 'pameran')!;
    const inPeriod = json<KegiatanListItem[]>(await cli(['kegiatan', 'list', '--from', bazar.endDate!, '--to', bazar.endDate!, '--json']));
    expect(inPeriod.map((k) => k.id)).toContain(bazar.id);
    const text = await cli(['kegiatan', 'list', '--kind', 'pameran']);
    expect(text.stdout).toContain(`${bazar.name} – ${bazar.venue}`);
    expect(text.stdout).toContain(messages.kegiatanKind.pameran);
    const bad = await cli(['kegiatan', 'list', '--kind', 'rapat']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`  - kind: ${messages.validation.invalidChoice}`);
  });

  it('add, participants, attend, certificate, and the exports', async () => {
    const k = json<Kegiatan>(
      await cli(['--as-admin-offline', 'kegiatan', 'add', '--json', '--data', JSON.stringify({ kind: 'pelatihan', name: 'Bimtek Kemasan', date: '2025-02-10', endDate: '2025-02-11', venue: 'Aula DKUMKMP', quota: 10, fundSource: 'apbd', budget: 5000000 })]),
    );
    expect(k).toMatchObject({ kind: 'pelatihan', endDate: '2025-02-11', quota: 10, budget: 5_000_000 });
    const umkm = (await call(ctx, 'umkm:list', { status: 'aktif', pageSize: 1 })).items[0]!;
    const added = json<KegiatanParticipants>(await cli(['--as-admin-offline', 'kegiatan', 'participants', String(k.id), '--umkm', String(umkm.id), '--json']));
    expect(added.participants.map((p) => p.umkmId)).toEqual([umkm.id]);
    const walk = json<KegiatanParticipants>(await cli(['--as-admin-offline', 'kegiatan', 'participants', String(k.id), '--data', '{"name":"Siti Aminah","phone":"0812-3456-7890"}', '--json']));
    const siti = walk.participants.find((p) => p.kind === 'walkin')!;
    expect(siti.phone).toBe('+6281234567890');
    const marked = json<KegiatanParticipants>(
      await cli(['--as-admin-offline', 'kegiatan', 'attend', String(k.id), '--day', '2025-02-11', '--peserta', String(siti.pesertaId), '--status', 'hadir', '--json']),
    );
    expect(marked.participants.find((p) => p.pesertaId === siti.pesertaId)!.attendance).toEqual({ '2025-02-11': 'hadir' });
    const outside = await cli(['--as-admin-offline', 'kegiatan', 'attend', String(k.id), '--day', '2025-02-12', '--umkm', String(umkm.id), '--status', 'hadir']);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain(fill(messages.kegiatanRules.dayOutside, { day: '12/02/2025', from: '10/02/2025', to: '11/02/2025' }));
    const cert = json<KegiatanParticipants>(await cli(['--as-admin-offline', 'kegiatan', 'certificate', String(k.id), '--umkm', String(umkm.id), '--cert', 'BK/2025/001', '--json']));
    expect(cert.participants.find((p) => p.umkmId === umkm.id)!.certificateNumber).toBe('BK/2025/001');
    const shown = await cli(['kegiatan', 'participants', String(k.id)]);
    expect(shown.stdout).toContain('BK/2025/001');
    expect(shown.stdout).toContain(fill(messages.kegiatanCli.participantsCount, { n: 2, present: 1 }));
    const usage = await cli(['kegiatan', 'attend', String(k.id), '--day', '2025-02-11', '--status', 'hadir']);
    expect(usage.code).toBe(2);
    const out = path.join(tmp.dir, 'peserta.xlsx');
    const exported = await cli(['kegiatan', 'export', String(k.id), '--out', out, '--json']);
    expect(exported.code).toBe(0);
    const back = json<{ added: number; updated: number; marks: number }>(await cli(['--as-admin-offline', 'kegiatan', 'import', String(k.id), out, '--json']));
    expect(back).toEqual({ added: 0, updated: 2, marks: 1 });
    const listOut = path.join(tmp.dir, 'kegiatan.xlsx');
    expect((await cli(['kegiatan', 'export', '--out', listOut, '--kind', 'pelatihan'])).code).toBe(0);
  });
});
