import { SuggestInput, type Suggestion } from '../../../shared/contract';
import type { UmkmClass } from '../../../shared/domain/classification';
import { scoreCandidate, type PartnerProfile } from '../../../shared/domain/matchmaking';
import type { MarketReach, Sector } from '../../../shared/domain/sectors';
import { fill, messages } from '../../../shared/i18n';
import type { MitraService } from './mitraService';
import { fieldsError, jsonIds, toUmkmListItem, UMKM_LIST_SELECT, type Raw, type UmkmListRow } from './sqlHelpers';
import { parseOrThrow } from './validate';

interface CandidateRow {
  id: number;
  businessName: string;
  sector: Sector;
  class: UmkmClass;
  kecamatan: string;
  marketReach: MarketReach;
}

/** Business name as SQLite's NOCASE orders it (ASCII letters folded), then id. */
const nocase = (s: string) => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
const byName = (a: { businessName: string; id: number }, b: { businessName: string; id: number }): number => {
  const x = nocase(a.businessName);
  const y = nocase(b.businessName);
  return x < y ? -1 : x > y ? 1 : a.id - b.id;
};

/**
 * Suggestions for a partner at (or outside) a temu kemitraan, ranked by the pure rule in
 * shared/domain/matchmaking.ts, so the reasons shown are exactly what ranked them.
 */
export class MatchmakingService {
  constructor(
    private readonly raw: Raw,
    private readonly mitra: MitraService,
  ) {}

  suggest(input: unknown): Suggestion[] {
    const q = parseOrThrow(SuggestInput, input);
    const partner = this.mitra.get(q.partnerId);
    if (partner.status !== 'aktif') throw fieldsError({ partnerId: fill(messages.kemitraanValidation.partnerInactive, { name: partner.name }) });
    const profile: PartnerProfile = {
      interestSectors: partner.interestSectors,
      offers: partner.offers,
      kecamatan: partner.kecamatan,
      targetClasses: partner.targetClasses,
    };

    // Candidates: active UMKM of the registry (at the meeting, when one is given) with no
    // proposed or active agreement with this partner (directly).
    const where = [`u.deleted_at IS NULL`, `u.status = 'aktif'`];
    const params: unknown[] = [];
    if (q.eventId !== undefined) {
      const event = this.raw.prepare(`SELECT id FROM kegiatan WHERE id = ? AND deleted_at IS NULL`).get(q.eventId);
      if (!event) throw fieldsError({ eventId: fill(messages.errors.notFound, { entity: messages.kemitraanEntity.kegiatan, id: q.eventId }) });
      const { marks } = this.raw.prepare(`SELECT COUNT(*) AS marks FROM kegiatan_umkm WHERE kegiatan_id = ?`).get(q.eventId) as { marks: number };
      if (marks > 0) {
        // Attendance is recorded: those present.
        where.push(`u.id IN (SELECT umkm_id FROM kegiatan_umkm WHERE kegiatan_id = ? AND hadir = 1)`);
      } else {
        // Not yet: those expected, the members of the invited communities.
        where.push(`u.id IN (SELECT a.umkm_id FROM kegiatan_komunitas kk
          JOIN komunitas c ON c.id = kk.komunitas_id AND c.deleted_at IS NULL
          JOIN komunitas_anggota a ON a.komunitas_id = kk.komunitas_id WHERE kk.kegiatan_id = ?)`);
      }
      params.push(q.eventId);
    }
    // The score depends only on a candidate's sector, class, kecamatan and market reach, so the
    // rule is applied once per combination present (read from ix_umkm_match), and the database
    // hands over the best-scoring UMKM level by level in name order: milliseconds at 200,000 UMKM
    // instead of scoring every row here.
    const combos = this.raw
      .prepare(
        `SELECT u.sector AS sector, u.class AS class, u.kecamatan AS kecamatan, u.market_reach AS marketReach
         FROM umkm u WHERE ${where.join(' AND ')} GROUP BY u.status, u.sector, u.class, u.kecamatan, u.market_reach`,
      )
      .all(...params) as Array<Omit<CandidateRow, 'id' | 'businessName'>>;
    const filter = `${where.join(' AND ')}
      AND NOT EXISTS (SELECT 1 FROM kemitraan k WHERE k.mitra_id = ? AND k.umkm_id = u.id AND k.status IN ('aktif', 'diusulkan') AND k.deleted_at IS NULL)`;
    const levels = new Map<number, string[][]>();
    for (const c of combos) {
      const { score } = scoreCandidate(profile, c);
      if (score > 0) levels.set(score, [...(levels.get(score) ?? []), [c.sector, c.class, c.kecamatan, c.marketReach]]);
    }
    const picked: CandidateRow[] = [];
    for (const score of [...levels.keys()].sort((a, b) => b - a)) {
      const remaining = q.limit - picked.length;
      if (remaining <= 0) break;
      const rows = this.raw
        .prepare(
          `SELECT u.id AS id, u.business_name AS businessName, u.sector AS sector, u.class AS class, u.kecamatan AS kecamatan, u.market_reach AS marketReach
           FROM umkm u WHERE ${filter} AND (u.sector, u.class, u.kecamatan, u.market_reach) IN (SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?))
           ORDER BY u.business_name, u.id LIMIT ?`,
        )
        .all(...params, q.partnerId, JSON.stringify(levels.get(score)), remaining) as CandidateRow[];
      picked.push(...rows.sort(byName));
    }
    const scored = picked.map((row) => ({ row, ...scoreCandidate(profile, row) }));
    if (scored.length === 0) return [];

    const items = new Map(
      (this.raw.prepare(`SELECT ${UMKM_LIST_SELECT} FROM umkm u WHERE u.id IN (SELECT value FROM json_each(?))`).all(jsonIds(scored.map((s) => s.row.id))) as UmkmListRow[]).map(
        (r) => [r.id, toUmkmListItem(r)] as const,
      ),
    );
    return scored.map((s) => ({ umkm: items.get(s.row.id)!, score: s.score, reasons: s.reasons }));
  }
}
