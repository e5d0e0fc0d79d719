import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import type { SuggestInput, Suggestion } from '../../../shared/contract';
import { scoreCandidate, type Candidate, type PartnerProfile } from '../../../shared/domain/matchmaking';
import { fill, messages } from '../../../shared/i18n';
import { AnggotaEntity, KegiatanEntity, KegiatanKomunitasEntity, KegiatanUmkmEntity, KemitraanEntity, KomunitasEntity, UmkmEntity } from '../db/entities';
import type { UmkmRow } from '../db/entities/umkm';
import type { MitraService } from './mitraService';
import { joinTarget, liveRow, OPEN_STATUSES, umkmListItems } from './partnershipQueries';
import { fieldsError } from './queryHelpers';

type Picked = Candidate & { id: number; businessName: string };

/** The columns the score reads (index ix_umkm_match holds them, after the status). */
const SCORED = ['sector', 'class', 'kecamatan', 'marketReach'] as const satisfies ReadonlyArray<keyof Candidate & keyof UmkmRow>;

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
    private readonly em: EntityManager,
    private readonly mitra: MitraService,
  ) {}

  async suggest(q: z.output<typeof SuggestInput>): Promise<Suggestion[]> {
    const partner = await this.mitra.get(q.mitraId);
    if (partner.status !== 'aktif') throw fieldsError({ mitraId: fill(messages.kemitraanValidation.partnerInactive, { name: partner.name }) });
    const profile: PartnerProfile = {
      interestSectors: partner.interestSectors,
      offers: partner.offers,
      kecamatan: partner.kecamatan,
      targetClasses: partner.targetClasses,
    };
    const candidates = await this.candidates(q);

    // The score depends only on a candidate's sector, class, kecamatan and market reach, so the
    // rule is applied once per combination present (read from ix_umkm_match), and the database
    // hands over the best-scoring UMKM level by level in name order: milliseconds at 200,000 UMKM
    // instead of scoring every row here.
    const grouped = candidates.clone().select([]).groupBy('u.status');
    for (const c of SCORED) grouped.addSelect(`u.${c}`, c).addGroupBy(`u.${c}`);
    const combos = await grouped.getRawMany<Candidate>();
    const levels = new Map<number, Candidate[]>();
    for (const c of combos) {
      const { score } = scoreCandidate(profile, c);
      if (score > 0) levels.set(score, [...(levels.get(score) ?? []), c]);
    }
    // Without a proposed or active agreement with this partner (directly).
    const open = candidates
      .subQuery()
      .select('1')
      .from(KemitraanEntity, 'k')
      .where('k.mitraId = :mitraId', { mitraId: q.mitraId })
      .andWhere('k.umkmId = u.id')
      .andWhere('k.status IN (:...open)', { open: [...OPEN_STATUSES] })
      .andWhere('k.deletedAt IS NULL');
    candidates.andWhere(`NOT EXISTS ${open.getQuery()}`);

    const picked: Picked[] = [];
    for (const score of [...levels.keys()].sort((a, b) => b - a)) {
      const remaining = q.limit - picked.length;
      if (remaining <= 0) break;
      const level = levels.get(score)!;
      // Row values against a VALUES list: SQLite and PostgreSQL both read it through the index.
      const params = Object.fromEntries(level.flatMap((c, i) => SCORED.map((col) => [`${col}${i}`, c[col]])));
      const values = level.map((_c, i) => `(${SCORED.map((col) => `:${col}${i}`).join(', ')})`).join(', ');
      const rows = await candidates
        .clone()
        .select(['u.id', 'u.businessName', ...SCORED.map((c) => `u.${c}`)])
        .andWhere(`(${SCORED.map((c) => `u.${c}`).join(', ')}) IN (VALUES ${values})`, params)
        .orderBy('u.businessName')
        .addOrderBy('u.id')
        .limit(remaining)
        .getMany();
      picked.push(...rows.sort(byName));
    }
    const scored = picked.map((row) => ({ row, ...scoreCandidate(profile, row) }));
    if (scored.length === 0) return [];

    const items = new Map(
      (await umkmListItems(this.em, (qb) => qb.andWhere('u.id IN (:...picked)', { picked: scored.map((s) => s.row.id) }))).map((u) => [u.id, u] as const),
    );
    return scored.map((s) => ({ umkm: items.get(s.row.id)!, score: s.score, reasons: s.reasons }));
  }

  /** Active UMKM of the registry, or at the meeting when one is given (alias u). */
  private async candidates(q: z.output<typeof SuggestInput>): Promise<SelectQueryBuilder<UmkmRow>> {
    const qb = this.em.createQueryBuilder(UmkmEntity, 'u').where('u.deletedAt IS NULL').andWhere('u.status = :aktif', { aktif: 'aktif' });
    if (q.kegiatanId === undefined) return qb;
    if (!(await liveRow(this.em, KegiatanEntity, q.kegiatanId))) {
      throw fieldsError({ kegiatanId: fill(messages.errors.notFound, { entity: messages.kemitraanEntity.kegiatan, id: q.kegiatanId }) });
    }
    const marked = await this.em.count(KegiatanUmkmEntity, { where: { kegiatanId: q.kegiatanId } });
    const at =
      marked > 0
        ? // Attendance is recorded: those present.
          qb.subQuery().select('ku.umkmId').from(KegiatanUmkmEntity, 'ku').where('ku.kegiatanId = :kegiatanId').andWhere('ku.hadir = 1')
        : // Not yet: those expected, the members of the invited communities.
          qb
            .subQuery()
            .select('a.umkmId')
            .from(KegiatanKomunitasEntity, 'kk')
            .innerJoin(joinTarget(KomunitasEntity), 'c', 'c.id = kk.komunitasId AND c.deletedAt IS NULL')
            .innerJoin(joinTarget(AnggotaEntity), 'a', 'a.komunitasId = kk.komunitasId')
            .where('kk.kegiatanId = :kegiatanId');
    return qb.andWhere(`u.id IN ${at.getQuery()}`, { kegiatanId: q.kegiatanId });
  }
}
