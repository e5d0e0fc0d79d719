import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Stats, Umkm, UmkmListItem } from '../../shared/contract';
import { KECAMATAN } from '../../shared/domain/regions';
import { messages } from '../../shared/i18n';
import { demoUmkm } from '../../electron/core/services/demo/demoRegistry';
import { runCli, type CliRun } from '../support/cli';
import { damageDatabase, fileSha256 } from '../support/crashFiles';
import { tempDir } from '../support/tempDir';
import { validUmkm } from '../support/tempDb';

// Each spawn costs about a second, so the file shares databases between tests:
//   demoDb: seeded with the default 60 demo UMKM, read-only afterwards;
//   workDb: starts empty, for add / show / update.
let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let demoDb: string;
let workDb: string;

const cli = (args: string[], stdin?: string) => runCli(args, { stdin, dataDir });
const json = <T>(r: CliRun): T => JSON.parse(r.stdout) as T;

beforeAll(() => {
  tmp = tempDir('kemitraan-cli-');
  dataDir = path.join(tmp.dir, 'userdata');
  demoDb = path.join(tmp.dir, 'demo.sqlite');
  workDb = path.join(tmp.dir, 'work.sqlite');
});

afterAll(() => {
  // No run may have fallen back to the default database.
  expect(fs.existsSync(dataDir)).toBe(false);
  tmp.remove();
});

const demo60 = [...demoUmkm(60)];

describe('seed-demo and stats', () => {
  it('seed-demo loads 60 UMKM by default', async () => {
    const r = await cli(['--as-admin-offline', 'seed-demo', '--db', demoDb]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Data contoh dimuat: 60 UMKM, 15 komunitas, 20 mitra, 8 kegiatan, 20 kemitraan.\n');
  });

  it('stats --json has the contract shape and the demo counts', async () => {
    const r = await cli(['stats', '--db', demoDb, '--json']);
    expect(r.code).toBe(0);
    const s = json<Stats>(r);
    expect(Object.keys(s)).toEqual(['umkm', 'byClass', 'byKecamatan', 'komunitas', 'mitra', 'kemitraan']);
    expect(Object.keys(s.byClass)).toEqual(['mikro', 'kecil', 'menengah', 'besar']);
    expect(Object.keys(s.byKecamatan)).toEqual(KECAMATAN.map((k) => k.name));
    const expectedByClass = { mikro: 0, kecil: 0, menengah: 0, besar: 0 };
    for (const row of demo60) expectedByClass[row.class]++;
    expect(s).toEqual({
      umkm: 60,
      byClass: expectedByClass,
      byKecamatan: Object.fromEntries(KECAMATAN.map((k) => [k.name, 10])),
      komunitas: 15,
      mitra: 20,
      kemitraan: { diusulkan: 6, aktif: 8, selesai: 3, dibatalkan: 3 },
    });
  });

  it('seed-demo into a registry that is not empty is refused (exit 1)', async () => {
    const r = await cli(['--as-admin-offline', 'seed-demo', '--db', demoDb]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Ditolak: ${messages.errors.demoNotEmpty}`);
    expect(r.stdout).toBe('');
  });

  it('seed-demo --umkm 500 loads 500', async () => {
    const file = path.join(tmp.dir, 'demo500.sqlite');
    const seeded = await cli(['--as-admin-offline', 'seed-demo', '--umkm', '500', '--db', file, '--json']);
    expect(seeded.code).toBe(0);
    expect(json(seeded)).toEqual({ umkm: 500, komunitas: 15, mitra: 20, kegiatan: 8, kemitraan: 20 });
  });

  it('a search past the counted bound says so, as the registry screen does', async () => {
    const file = path.join(tmp.dir, 'demo1200.sqlite');
    expect((await cli(['--as-admin-offline', 'seed-demo', '--umkm', '1200', '--db', file])).code).toBe(0);
    const r = await cli(['umkm', 'list', '--search', '6471', '--db', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1-50 dari lebih dari 1000 UMKM\n$/);
  });
});

// Read-only on the seeded registry, so these run side by side.
describe.concurrent('umkm list on the demo registry', () => {
  it('--kecamatan accepts names such as "Bpp Selatan"', async () => {
    const r = await cli(['umkm', 'list', '--db', demoDb, '--kecamatan', 'Bpp Selatan', '--json']);
    expect(r.code).toBe(0);
    const p = json<Page<UmkmListItem>>(r);
    expect(p.total).toBe(demo60.filter((u) => u.kecamatan === '64.71.05').length);
    expect(p.items.length).toBe(p.total);
    expect(new Set(p.items.map((i) => i.kecamatanName))).toEqual(new Set(['Balikpapan Selatan']));
  });

  it('--class filters, and the text output ends with the page summary', async () => {
    const expected = demo60.filter((u) => u.class === 'kecil');
    const r = await cli(['umkm', 'list', '--db', demoDb, '--class', 'kecil', '--page-size', '5', '--page', '2']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`6-10 dari ${expected.length} UMKM`);
    expect(lines.slice(0, -1)).toHaveLength(5);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/ kecil$/);
  });

  it('--search finds by substring of the business name, as the service does', async () => {
    const word = 'mplan'; // inside "Amplang"
    const expected = demo60.filter((u) => [u.businessName, u.ownerName, u.nik, u.nib ?? ''].some((s) => s.toLowerCase().includes(word.toLowerCase())));
    expect(expected.length).toBeGreaterThan(0);
    const r = await cli(['umkm', 'list', '--db', demoDb, '--search', word, '--json']);
    expect(r.code).toBe(0);
    const p = json<Page<UmkmListItem>>(r);
    expect(p.items.map((i) => i.nik).sort()).toEqual(expected.map((u) => u.nik).sort());
  });

  // The contract stores codes and accepts names on input; --kecamatan already takes names, so
  // --kelurahan must too (a clerk types "Lemaru", not 64.71.01.1002).
  it('--kelurahan accepts names and spelling variants too ("Lemaru")', async () => {
    const expected = demo60.filter((u) => u.kelurahan === '64.71.01.1002').length;
    expect(expected).toBeGreaterThan(0);
    const r = await cli(['umkm', 'list', '--db', demoDb, '--kecamatan', 'Timur', '--kelurahan', 'Lemaru', '--json']);
    expect(r.code).toBe(0);
    const p = json<Page<UmkmListItem>>(r);
    expect(p.total).toBe(expected);
    expect(new Set(p.items.map((i) => i.kelurahanName))).toEqual(new Set(['Lamaru']));
  });

});

describe('umkm add / show / update', () => {
  let addedId: number;

  it('add via --data prints the record with its class and basis (exit 0)', async () => {
    const r = await cli(['--as-admin-offline', 'umkm', 'add', '--db', workDb, '--data', JSON.stringify(validUmkm({ kecamatan: 'Bpp Selatan', kelurahan: 'Sepinggan' }))]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const id = /^ID\s+(\d+)$/m.exec(r.stdout);
    expect(id).not.toBeNull();
    addedId = Number(id![1]);
    expect(r.stdout).toMatch(/^Nama usaha\s+Amplang Kepiting Bu Sari$/m);
    expect(r.stdout).toMatch(/^Kecamatan\s+Balikpapan Selatan$/m);
    expect(r.stdout).toMatch(/^Kelas usaha\s+Mikro \(hasil penjualan tahunan\)$/m);
    expect(r.stdout).toMatch(/^Omzet tahunan \(Rp\)\s+Rp 350\.000\.000$/m);
  });

  it('add via stdin with --json prints id, class and classBasis', async () => {
    const input = validUmkm({ businessName: 'Batik Kaltim Bu Rahmah', ownerName: 'Hajjah Rahmah', nik: '6471065203750002', annualSales: undefined, capital: '1.500.000.000', kecamatan: 'Kota', kelurahan: 'Prapatan' });
    const r = await cli(['--as-admin-offline', 'umkm', 'add', '--db', workDb, '--json'], JSON.stringify(input));
    expect(r.code).toBe(0);
    const u = json<Umkm>(r);
    expect(u.id).toBeGreaterThan(addedId);
    expect([u.class, u.classBasis, u.capital, u.kecamatan, u.kelurahan]).toEqual(['kecil', 'modal', 1_500_000_000, '64.71.06', '64.71.06.1001']);
  });

  it('a refused add prints the field errors on stderr and exits 1', async () => {
    const r = await cli(['--as-admin-offline', 'umkm', 'add', '--db', workDb, '--data', JSON.stringify(validUmkm({ nik: '123', phone: 'x', kelurahan: 'Manggar' }))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Ditolak: ${messages.errors.validation}`);
    expect(r.stderr).toContain(`  - nik: ${messages.validation.nik.format}`);
    expect(r.stderr).toContain(`  - phone: ${messages.validation.phone.format}`);
  });

  it('a refused add with --json prints {"ok":false,"error":{code,message,fields}} on stdout', async () => {
    const r = await cli(['--as-admin-offline', 'umkm', 'add', '--db', workDb, '--json', '--data', JSON.stringify(validUmkm())]); // same NIK as the first add
    expect(r.code).toBe(1);
    const out = json<{ ok: boolean; error: { code: string; message: string; fields: Record<string, string> } }>(r);
    expect(Object.keys(out)).toEqual(['ok', 'error']);
    expect(out.ok).toBe(false);
    expect(out.error.code).toBe('DUPLICATE');
    expect(out.error.fields.nik).toBe(`NIK ini sudah dipakai oleh UMKM aktif "Amplang Kepiting Bu Sari" (ID ${addedId}).`);
    expect(out.error.message).toBe(out.error.fields.nik);
  });

  it('umkm show ID prints the record', async () => {
    const r = await cli(['umkm', 'show', String(addedId), '--db', workDb]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^ID\\s+${addedId}$`, 'm'));
    expect(r.stdout).toMatch(/^NIK pemilik\s+6471054506880001$/m);
    expect(r.stdout).toMatch(/^Kelurahan\s+Sepinggan$/m);
  });

  it('umkm update ID changes only the given fields and recomputes the class', async () => {
    const r = await cli(['--as-admin-offline', 'umkm', 'update', String(addedId), '--db', workDb, '--json', '--data', '{"annualSales": "2.000.000.001"}']);
    expect(r.code).toBe(0);
    const u = json<Umkm>(r);
    expect([u.id, u.class, u.classBasis, u.annualSales, u.businessName, u.capital]).toEqual([addedId, 'kecil', 'penjualan', 2_000_000_001, 'Amplang Kepiting Bu Sari', 80_000_000]);
  });

  it('umkm show 99999 is refused (exit 1) with the Indonesian message', async () => {
    const r = await cli(['umkm', 'show', '99999', '--db', workDb]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Ditolak: UMKM dengan ID 99999 tidak ditemukan.');
  });
});

describe('database refusals', () => {
  it('a writing command on a damaged registry is refused (exit 1) before it writes', async () => {
    const file = path.join(tmp.dir, 'rusak.sqlite');
    expect((await cli(['seed-demo', '--as-admin-offline', '--umkm', '60', '--db', file])).code).toBe(0);
    damageDatabase(file);
    const before = fileSha256(file);
    const r = await cli(['umkm', 'add', '--as-admin-offline', '--data', JSON.stringify(validUmkm()), '--db', file, '--json']);
    expect(r.code).toBe(1);
    expect(json<{ error: { code: string; message: string } }>(r).error).toMatchObject({ code: 'DB_DAMAGED', message: expect.stringMatching(/rusak/) });
    expect(fileSha256(file)).toBe(before);
  });

  it('a file that is not SQLite is refused (exit 1) as damaged, never written, as JSON', async () => {
    const file = path.join(tmp.dir, 'garbage.sqlite');
    fs.writeFileSync(file, Buffer.alloc(2048, 0x41));
    const r = await cli(['stats', '--db', file, '--json']);
    expect(r.code).toBe(1);
    const out = json<{ ok: boolean; error: { code: string; message: string } }>(r);
    expect(out.ok).toBe(false);
    expect(out.error.code).toBe('DB_DAMAGED');
    expect(out.error.message).toMatch(/rusak \(file is not a database\)\. Basis data ini tidak dibuka untuk ditulis/);
    expect(fs.readFileSync(file)).toEqual(Buffer.alloc(2048, 0x41));
  });
});

describe.concurrent('usage mistakes exit 2 before the database is touched', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['unknown command', ['frobnicate'], /Perintah tidak dikenal: frobnicate/],
    ['no command', [], /Pemakaian:/],
    ['bad option', ['umkm', 'list', '--nope'], /nope/],
    ['non-numeric ID', ['umkm', 'show', 'abc'], /ID UMKM harus berupa angka/],
    ['invalid JSON', ['umkm', 'add', '--data', '{"businessName": '], /JSON tidak sah/],
    ['JSON that is not an object', ['umkm', 'add', '--data', '[1, 2]'], /satu objek JSON/],
  ];

  it.each(cases)('%s', async (_name, args, message) => {
    const file = path.join(tmp.dir, `usage-${args.join('-').replace(/[^a-z0-9-]/gi, '') || 'none'}.sqlite`);
    const r = await cli([...args, '--db', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Kode keluar: 0 berhasil, 1 input ditolak, 2 salah pemakaian.');
    expect(r.stdout).toBe('');
    expect(fs.existsSync(file)).toBe(false);
  });

});
