import { MonevImportRow, type MonevVisitData } from '../../../../../shared/contract/monev';
import { formatDate, todayIso } from '../../../../../shared/format/date';
import { fill, messages } from '../../../../../shared/i18n';
import { KemitraanEntity, MonevKunjunganEntity } from '../../../db/entities';
import { AppError } from '../../../errors';
import type { Scope } from '../../../scope';
import { visitKey } from '../../../services/monev/monevService';
import { tableVersion, text, type Lookup, type TargetOps } from './types';

const v = messages.monevValidation;

interface Agreement {
  id: number;
  number: string;
  status: string;
  startDate: string;
}


/**
 * A monev row names its agreement by number (active, or finished: visits made while it ran). A
 * visit of that agreement already stored on that day refuses the row (a file imported twice adds
 * nothing); rows are only ever added.
 */
export const monevOps: TargetOps = {
  schema: MonevImportRow,
  batched: true,
  async load(ctx: Scope): Promise<Lookup> {
    const em = ctx.tx.em;
    const agreements: Agreement[] = await em
      .createQueryBuilder(KemitraanEntity, 'k')
      .select('k.id', 'id')
      .addSelect('k.number', 'number')
      .addSelect('k.status', 'status')
      .addSelect('k.startDate', 'startDate')
      .where('k.deletedAt IS NULL')
      .getRawMany();
    const byNumber = new Map(agreements.map((a) => [a.number.trim().toLocaleUpperCase('id'), { ...a, id: Number(a.id) }]));
    const byId = new Map([...byNumber.values()].map((a) => [a.id, a]));
    const visited: Array<{ kemitraanId: number; date: string }> = await em
      .createQueryBuilder(MonevKunjunganEntity, 'v')
      .select('v.kemitraanId', 'kemitraanId')
      .addSelect('v.date', 'date')
      .where('v.deletedAt IS NULL')
      .getRawMany();
    const stored = new Set(visited.map((x) => `${Number(x.kemitraanId)}|${x.date}`));
    const agreementOf = (input: Record<string, unknown>) => byNumber.get(text(input.kemitraanNumber).toLocaleUpperCase('id'));
    return {
      // Several rows of one visit are its products, not duplicates.
      keys: () => [],
      resolve(input) {
        const { kemitraanNumber: _n, ...rest } = input;
        const a = agreementOf(input);
        return a ? { ...rest, kemitraanId: a.id } : rest;
      },
      match(input) {
        const a = agreementOf(input) ?? (typeof input.kemitraanId === 'number' ? byId.get(input.kemitraanId) : undefined);
        if (!a) return { id: null, problem: { field: 'kemitraanNumber', message: fill(v.agreementUnknown, { number: text(input.kemitraanNumber) }) } };
        if (a.status !== 'aktif' && a.status !== 'selesai') {
          return { id: null, problem: { field: 'kemitraanNumber', message: fill(v.agreementNotRunning, { number: a.number, status: messages.kemitraanEnums.status[a.status as 'aktif'] }) } };
        }
        const date = text(input.date);
        if (date && date > todayIso()) return { id: null, problem: { field: 'date', message: v.dateInFuture } };
        if (date && date < a.startDate) return { id: null, problem: { field: 'date', message: fill(v.dateBeforeStart, { start: formatDate(a.startDate) }) } };
        if (date && stored.has(`${a.id}|${date}`)) return { id: null, problem: { field: 'date', message: fill(v.alreadyRecorded, { number: a.number, date: formatDate(date) }) } };
        return { id: null };
      },
      stored: () => Promise.reject(new AppError('CONFLICT', v.alreadyRecorded)),
    };
  },
  version: async (ctx) => `${await tableVersion(ctx, KemitraanEntity)}|${await tableVersion(ctx, MonevKunjunganEntity)}`,
  /** The batch's rows grouped into visits (in order of first row), each written once with its products. */
  async create(ctx, rows) {
    const groups = new Map<string, MonevVisitData>();
    const keyOfRow = rows.map((r) => {
      const row = r as MonevImportRow;
      // Rows of one agreement, day, officer and method are one visit.
      const key = visitKey(row);
      const visit = groups.get(key) ?? { kemitraanId: row.kemitraanId, date: row.date, officer: row.officer, method: row.method, nextStep: row.nextStep, notes: row.notes, products: [] };
      visit.nextStep ??= row.nextStep;
      visit.notes ??= row.notes;
      if (row.product !== undefined) {
        visit.products.push({ product: row.product, outlet: row.outlet, since: row.since, price: row.price, sales: row.sales!, stockOut: row.stockOut === 'ya', feedback: row.feedback });
      }
      groups.set(key, visit);
      return key;
    });
    const keys = [...groups.keys()];
    const ids = await ctx.monev.insertMany([...groups.values()], { anyStatus: true, joinSameVisit: true });
    const idOf = new Map(keys.map((k, i) => [k, ids[i]!]));
    return keyOfRow.map((k) => idOf.get(k)!);
  },
  update: () => Promise.reject(new AppError('CONFLICT', v.alreadyRecorded)),
};
