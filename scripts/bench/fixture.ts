// The benchmark's registry: `umkm` demo UMKM (seeded, so every machine builds the same one) with
// five yearly class records each, 2,000 partners and 20,000 agreements, written by the app's own
// code and then opened and closed once as the app does (its statistics as the app leaves them).
// Built once per size and schema into the temp folder and reused by later runs.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KemitraanEntity, MitraEntity, UmkmEntity } from '../../electron/core/db/entities';
import { openDatabase } from '../../electron/core/db/openDatabase';
import type { Database } from '../../electron/core/db/database';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { seededRandom, pick } from '../../electron/core/services/demo/random';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { MITRA_KINDS, PARTNERSHIP_PATTERNS, KEMITRAAN_STATUS, SUPPORT_KINDS } from '../../shared/domain/partnership';
import { SECTORS } from '../../shared/domain/sectors';
import type { BenchFixture } from './benchChild';

export const FIXTURE_SEED = 20230523;
export const MITRA = 2_000;
export const KEMITRAAN = 20_000;
export const RECORDS_EACH = 5;

function fixtureFile(umkm: number): string {
  // The schema's own text: a migration changed in place makes a new fixture too.
  const schema = crypto.createHash('sha256').update(MIGRATIONS.map((m) => m.toString()).join('\n')).digest('hex').slice(0, 12);
  const dir = path.join(os.tmpdir(), 'kemitraan-bench-fixtures');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `registry-${umkm}-${RECORDS_EACH}x-${MITRA}-${KEMITRAAN}-${schema}.sqlite`);
}

async function partners(file: string): Promise<void> {
  const db = await openDatabase({ file });
  await addPartners(db);
  await db.close();
}

/** The fixture's partners and agreements, the same on every engine (seeded). */
export async function addPartners(db: Database): Promise<void> {
  const rng = seededRandom(FIXTURE_SEED);
  const now = new Date().toISOString();
  const stamps = { createdAt: now, updatedAt: now };
  await db.write(async ({ em, sql }) => {
    const umkmIds = (await em.createQueryBuilder(UmkmEntity, 'u').select('u.id', 'id').orderBy('u.id').getRawMany<{ id: number }>()).map((r) => r.id);
    const mitraIds = await sql.bulk.insert(
      em,
      MitraEntity,
      Array.from({ length: MITRA }, (_, i) => ({
        name: `Mitra Bench ${String(i + 1).padStart(4, '0')}`,
        kind: pick(rng, MITRA_KINDS),
        sector: pick(rng, SECTORS),
        address: `Jl. Mitra No. ${i + 1}`,
        kecamatan: `64.71.0${1 + Math.floor(rng() * 6)}`,
        contactName: null,
        phone: null,
        email: null,
        nib: null,
        npwp: null,
        status: 'aktif' as const,
        interestSectors: [pick(rng, SECTORS)],
        offers: [pick(rng, SUPPORT_KINDS)],
        targetClasses: ['mikro' as const],
        notes: null,
        ...stamps,
      })),
    );
    const rows = Array.from({ length: KEMITRAAN }, (_, i) => {
      const year = 2019 + Math.floor(rng() * 6);
      return {
        number: `BENCH/${year}/${String(i + 1).padStart(5, '0')}`,
        mitraId: pick(rng, mitraIds),
        umkmId: pick(rng, umkmIds),
        komunitasId: null,
        signedAt: `${year}-03-01`,
        startDate: `${year}-04-01`,
        endDate: `${year + 2}-03-31`,
        pattern: pick(rng, PARTNERSHIP_PATTERNS),
        status: pick(rng, KEMITRAAN_STATUS),
        kegiatanId: null,
        notes: null,
        finishedAt: null,
        ...stamps,
      };
    });
    for (let i = 0; i < rows.length; i += 1000) await sql.bulk.insert(em, KemitraanEntity, rows.slice(i, i + 1000));
  });
}

/** The fixture of `umkm` UMKM, built unless an earlier run left it. */
export async function benchFixture(umkm: number, workDir: string, log: (line: string) => void = () => undefined): Promise<BenchFixture> {
  const file = fixtureFile(umkm);
  if (!fs.existsSync(file)) {
    const part = `${file}.part`;
    for (const f of [part, `${part}-wal`, `${part}-shm`]) fs.rmSync(f, { force: true });
    const t = performance.now();
    const db = await openDatabase({ file: part });
    await seedDemo(db, umkm, { recordsEach: RECORDS_EACH });
    await db.close();
    await partners(part);
    // Opened and closed once more exactly as the app does: its statistics are the app's.
    await (await openDatabase({ file: part })).close();
    // A clean close folds the WAL into the file: one file to copy from then on.
    if (fs.existsSync(`${part}-wal`)) throw new Error(`${part}-wal left after close`);
    fs.renameSync(part, file);
    log(`fixture ${umkm.toLocaleString('id-ID')} UMKM built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return { file, umkm, workDir };
}
