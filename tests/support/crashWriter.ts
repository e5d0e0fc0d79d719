// The process the crash test kills: it writes through the real handler table as the app does, one
// tagged transaction after another, and prints "ok TAG" after each commit. Run as
// `crashWriter DBFILE START` (bundled once by the test, so each round starts in a fraction of a second).
import { contextFor } from './tempDb';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { SettingEntity, UmkmEntity } from '../../electron/core/db/entities';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession } from './auth';

/** A valid NIK that differs for every n (birth date and sequence from n). */
export function crashNik(n: number): string {
  const p = (v: number, w = 2) => String(v).padStart(w, '0');
  return `647105${p(1 + (n % 28))}${p(1 + (Math.floor(n / 28) % 12))}${p(Math.floor(n / 336) % 100)}${p(1 + (Math.floor(n / 33_600) % 9999), 4)}`;
}

/** A past date for record n: 1 Jan 2000 plus n days, wrapping before it reaches today. */
export const crashDate = (n: number) => new Date(Date.UTC(2000, 0, 1) + (n % 9000) * 86_400_000).toISOString().slice(0, 10);

export const SETTING_GROUP = 5;

async function main(): Promise<void> {
  const [file, startArg] = process.argv.slice(2);
  const db = await openDatabase({ file: file!, integrity: 'quick' });
  const ctx = contextFor(db, 'crash');
  const session = adminSession(ctx);
  const call = async (channel: string, payload: unknown) => {
    const r = await dispatch(channel, payload, ctx.core, session);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.value as { id: number };
  };
  const live = await db.read((tx) => tx.em.createQueryBuilder(UmkmEntity, 'u').select('u.id', 'id').where('u.deletedAt IS NULL').orderBy('u.id').limit(50).getRawMany<{ id: number }>());
  const liveIds = live.map((r) => r.id);
  process.stdout.write('ready\n');
  for (let n = Number(startArg); ; n++) {
    const tag = `CRASH-${n}`;
    switch (n % 3) {
      case 0: // a UMKM: its row, its first class record, the search index, the audit line
        await call('umkm:create', {
          businessName: tag,
          ownerName: 'Uji Crash',
          nik: crashNik(n),
          address: 'Jl. Uji No. 1',
          kecamatan: '64.71.05',
          kelurahan: '64.71.05.1002',
          sector: 'kuliner',
          annualSales: 100_000_000 + n,
          capital: 50_000_000,
        });
        break;
      case 1: // a class record: the record, the derived moves and yearly classes, the UMKM's latest figures
        await call('progress:add', {
          umkmId: liveIds[n % liveIds.length],
          date: crashDate(n),
          annualSales: (n % 2 === 0 ? 3_000_000_000 : 500_000_000) + n,
          capital: 60_000_000,
          source: 'survei',
          notes: tag,
        });
        break;
      default: // several rows in one transaction of the data layer: all of them or none
        await db.write(async (tx) => {
          for (let i = 0; i < SETTING_GROUP; i++) await tx.em.insert(SettingEntity, { key: `${tag}.${i}`, value: String(i) });
        });
    }
    process.stdout.write(`ok ${tag}\n`);
  }
}

if (process.argv[1] && /crashWriter\.(ts|cjs)$/.test(process.argv[1])) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(3);
  });
}
