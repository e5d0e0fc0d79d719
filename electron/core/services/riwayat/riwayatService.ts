import { IsNull, type EntityManager } from 'typeorm';
import type { ClassMoveView, MoveSupport, RiwayatItem, UmkmRiwayat } from '../../../../shared/contract';
import { byNewest, RIWAYAT_KINDS, type RiwayatKind } from '../../../../shared/domain/riwayat';
import { messages } from '../../../../shared/i18n';
import { UmkmEntity } from '../../db/entities';
import { notFoundError } from '../queryHelpers';
import { agreementEvents, monevEvents } from './agreementHistory';
import { bantuanEvents } from './bantuanHistory';
import { kegiatanEvents } from './kegiatanHistory';
import { sertifikatEvents } from './sertifikatHistory';

/**
 * One history per UMKM ("Riwayat pembinaan & fasilitasi"): read from each register on its own
 * indexed query by UMKM, never stored. A UMKM's history is tens of items, so it is answered whole.
 */
export class RiwayatService {
  constructor(private readonly em: EntityManager) {}

  async list(umkmId: number, kinds?: readonly RiwayatKind[]): Promise<UmkmRiwayat> {
    const umkm = await this.em.findOne(UmkmEntity, { select: { id: true, businessName: true }, where: { id: umkmId, deletedAt: IsNull() } });
    if (!umkm) throw notFoundError(messages.entity.umkm, umkmId);
    const agreements = await agreementEvents(this.em, umkmId);
    const all: RiwayatItem[] = [
      ...(await sertifikatEvents(this.em, umkmId)),
      ...(await kegiatanEvents(this.em, umkmId)),
      ...(await bantuanEvents(this.em, umkmId)),
      ...agreements,
      ...(await monevEvents(this.em, agreements)),
    ];
    const counts = Object.fromEntries(RIWAYAT_KINDS.map((k) => [k, 0])) as Record<RiwayatKind, number>;
    for (const item of all) counts[item.kind]++;
    const chosen = kinds && kinds.length ? new Set(kinds) : null;
    const items = (chosen ? all.filter((i) => chosen.has(i.kind)) : all).sort(byNewest);
    return { umkmId, businessName: umkm.businessName, items, counts };
  }

  /**
   * Under each move of the naik kelas timeline: the certificates issued, the activities attended
   * and the assistance handed over between its two records (both days included), newest first.
   */
  async moveSupport<M extends Pick<ClassMoveView, 'fromDate' | 'date'>>(umkmId: number, moves: M[]): Promise<Array<M & { support: MoveSupport }>> {
    if (moves.length === 0) return [];
    // One read per register over the whole span, then each move takes its own days.
    const span = { from: moves.reduce((d, m) => (m.fromDate < d ? m.fromDate : d), moves[0]!.fromDate), to: moves.reduce((d, m) => (m.date > d ? m.date : d), moves[0]!.date) };
    const certificates = (await sertifikatEvents(this.em, umkmId, span)).filter((c) => c.step === 'terbit').sort(byNewest);
    const activities = (await kegiatanEvents(this.em, umkmId, span)).sort(byNewest);
    const assistance = (await bantuanEvents(this.em, umkmId, span)).sort(byNewest);
    const within = (m: M) => (x: { date: string }) => x.date >= m.fromDate && x.date <= m.date;
    return moves.map((m) => ({
      ...m,
      support: { certificates: certificates.filter(within(m)), activities: activities.filter(within(m)), assistance: assistance.filter(within(m)) },
    }));
  }
}
