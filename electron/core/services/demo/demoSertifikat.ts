import type { SertifikatKind, SertifikatRoute, SertifikatStatus } from '../../../../shared/domain/sertifikat';
import { todayIso } from '../../../../shared/format/date';
import { messages } from '../../../../shared/i18n';
import type { Tx } from '../../db/database';
import { SertifikatEntity, type SertifikatRow } from '../../db/entities';
import { ticksIntoRegister } from '../../db/registerTicks';
import { UmkmEntity } from '../../db/entities/umkm';
import { addDays } from '../sertifikat/sertifikatQueries';
import { pick, seededRandom, weighted } from './random';

// Demo licences and certificates (issue 15). The demo's yearly records carry certification ticks;
// they become issued certificates in the register the way the migration turns real ticks into them.
// Then the first UMKM get applications in every status, halal mostly (the office's SEHATI
// facilitation with its eight companions), some issued ones expiring within 90 days and a few
// already expired, so the queue, the expiring list and the curation list show something real.

/** UMKM (the first by id) that get applications of their own. */
const WITH_APPLICATIONS = 150;

const COMPANIONS = ['Siti Aminah', 'Rahmat Hidayat', 'Nur Azizah', 'Muhammad Fauzi', 'Dewi Lestari', 'Andi Saputra', 'Wahyuni', 'Ahmad Syarif'];
const PROGRAMMES: Partial<Record<SertifikatKind, string>> = {
  halal: 'SEHATI (sertifikasi halal gratis)',
  pirt: 'Fasilitasi SPP-IRT',
  hki: 'Fasilitasi merek DJKI',
  bpom_md: 'Pendampingan BPOM',
  label_gizi: 'Pendampingan BPOM',
};
const ISSUERS: Partial<Record<SertifikatKind, string>> = {
  halal: 'BPJPH Kementerian Agama',
  pirt: 'DPMPTSP Kota Balikpapan',
  nib: 'OSS RBA',
  bpom_md: 'Loka POM Balikpapan',
  bpom_ml: 'Loka POM Balikpapan',
  hki: 'DJKI Kemenkumham',
  sni: 'BSN',
  label_gizi: 'Loka POM Balikpapan',
};
/** How long an issued certificate of the kind holds, in years (none: no end). */
const YEARS: Partial<Record<SertifikatKind, number>> = { halal: 4, pirt: 5, bpom_md: 5, bpom_ml: 5, sni: 4, hki: 10 };
const KIND_WEIGHTS = { halal: 10, pirt: 4, bpom_md: 1, hki: 2, label_gizi: 1, nib: 1 } as const;
const STATUS_WEIGHTS: Record<SertifikatStatus, number> = { rencana: 3, diajukan: 5, berkas_kurang: 2, terbit: 7, ditolak: 1 };
const REFUSALS = ['Bahan baku belum bersertifikat halal', 'Foto tempat produksi tidak sesuai', 'Label kemasan belum mencantumkan komposisi', 'Merek sudah terdaftar atas nama pihak lain'];

function numberOf(kind: SertifikatKind, rng: () => number): string {
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');
  switch (kind) {
    case 'halal':
      return `ID64110000${digits(9)}`;
    case 'pirt':
      return `P-IRT ${digits(15)}`;
    case 'nib':
      return digits(13);
    case 'bpom_md':
      return `MD ${digits(12)}`;
    case 'hki':
      return `IDM000${digits(6)}`;
    default:
      return `${kind.toUpperCase()}-${digits(8)}`;
  }
}

/** Writes the demo register: the ticks' certificates, then applications for the first UMKM. Returns how many were written. */
export async function loadDemoSertifikat(tx: Tx, now: string): Promise<number> {
  const { em, sql } = tx;
  await ticksIntoRegister(tx, messages.sertifikatText.fromRecord);
  const umkm: Array<{ id: number }> = await em.createQueryBuilder(UmkmEntity, 'u').select('u.id', 'id').where('u.deletedAt IS NULL').orderBy('u.id').limit(WITH_APPLICATIONS).getRawMany();
  const held: Array<{ umkm_id: number; kind: string }> = await em
    .createQueryBuilder(SertifikatEntity, 's')
    .select('s.umkmId', 'umkm_id')
    .addSelect('s.kind', 'kind')
    .where('s.deletedAt IS NULL')
    .getRawMany();
  const has = new Set(held.map((h) => `${Number(h.umkm_id)}|${h.kind}`));
  const today = todayIso();
  const rng = seededRandom(15_2026);
  const rows: Array<Partial<SertifikatRow>> = [];
  for (const [i, u] of umkm.entries()) {
    const wanted = i < 60 ? 3 + Math.floor(rng() * 4) : 1 + Math.floor(rng() * 2);
    for (let k = 0; k < wanted; k++) {
      const kind = weighted(rng, KIND_WEIGHTS) as SertifikatKind;
      if (has.has(`${u.id}|${kind}`)) continue;
      has.add(`${u.id}|${kind}`);
      const status = weighted(rng, STATUS_WEIGHTS);
      const submitted = addDays(today, -(5 + Math.floor(rng() * 240)));
      const route: SertifikatRoute | null = kind === 'halal' ? (rng() < 0.8 ? 'self_declare' : 'reguler') : null;
      const row: Partial<SertifikatRow> = {
        umkmId: u.id,
        kind,
        status,
        route,
        companion: kind === 'halal' || rng() < 0.4 ? pick(rng, COMPANIONS) : null,
        programme: PROGRAMMES[kind] ?? null,
        programmeYear: PROGRAMMES[kind] ? Number(submitted.slice(0, 4)) : null,
        issuer: ISSUERS[kind] ?? null,
        submittedAt: status === 'rencana' ? null : submitted,
        // Every row names every column: the bulk insert takes its columns from the rows.
        kindOther: null,
        number: null,
        issuedAt: null,
        validUntil: null,
        refusalReason: null,
        notes: null,
        updatedBy: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      if (status === 'terbit') {
        // Issued three to eight weeks after submission; a fifth of them long ago, so they end soon or have ended.
        const old = rng() < 0.25;
        const years = YEARS[kind];
        const issuedAt = old && years ? addDays(today, -(years * 365 - 90 + Math.floor(rng() * 150))) : addDays(submitted, 20 + Math.floor(rng() * 40));
        row.issuedAt = issuedAt > today ? today : issuedAt;
        if (old && row.submittedAt && row.submittedAt > row.issuedAt) row.submittedAt = addDays(row.issuedAt, -30);
        row.validUntil = years ? addDays(row.issuedAt, years * 365) : null;
        row.number = numberOf(kind, rng);
      }
      if (status === 'ditolak') row.refusalReason = pick(rng, REFUSALS);
      rows.push(row);
    }
  }
  await sql.bulk.insert(em, SertifikatEntity, rows as never[]);
  return held.length + rows.length;
}
