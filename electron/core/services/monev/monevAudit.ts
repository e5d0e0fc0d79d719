import { In, type EntityManager } from 'typeorm';
import { formatDate } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import type { EntitySnapshot } from '../../audit/snapshots';
import { KemitraanEntity, MonevKunjunganEntity } from '../../db/entities';

/** "23/05/2023 · KMT/2023/0001": a visit as the trail and the recycle bin name it (deleted rows too). */
export async function monevNames(em: EntityManager, ids: number[]): Promise<Map<number, string>> {
  const visits = await em.find(MonevKunjunganEntity, { select: { id: true, kemitraanId: true, date: true }, where: { id: In(ids) } });
  const agreements = await em.find(KemitraanEntity, { select: { id: true, number: true }, where: { id: In([...new Set(visits.map((v) => v.kemitraanId))]) } });
  const numbers = new Map(agreements.map((k) => [k.id, k.number]));
  return new Map(visits.map((v) => [v.id, fill(messages.monevEntity.entityName, { date: formatDate(v.date), number: numbers.get(v.kemitraanId) ?? `#${v.kemitraanId}` })]));
}

/** A visit as the trail compares it: its fields and its products, without what every write changes. */
export const monevSnapshot: EntitySnapshot = {
  entity: MonevKunjunganEntity,
  read: async (ctx, id) => {
    const { id: _id, kemitraanNumber: _n, partnerName: _p, partyName: _q, createdAt: _c, updatedAt: _u, version: _v, updatedBy: _b, products, ...rest } = await ctx.monev.get(id);
    return { ...rest, products: products.map(({ id: _pid, ...p }) => p) };
  },
  name: async (s, ctx) => {
    const k = await ctx.tx.em.findOne(KemitraanEntity, { select: { id: true, number: true }, where: { id: Number(s.kemitraanId) } });
    return fill(messages.monevEntity.entityName, { date: formatDate(String(s.date)), number: k?.number ?? `#${String(s.kemitraanId)}` });
  },
};
