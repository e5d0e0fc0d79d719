import type { PeriodListItem } from '../../../shared/contract';
import type { UmkmService } from './umkmService';

/**
 * The listed UMKM with the figures and record date standing on `date`: a report for a past period
 * shows nothing recorded after its end (a UMKM whose records all came later shows none).
 */
export async function figuresAt(umkm: UmkmService, items: PeriodListItem[], date: string): Promise<PeriodListItem[]> {
  const standing = await umkm.standingAt(items, date);
  return items.map((u) => {
    const r = standing.get(u.id)?.record;
    return r ? { ...u, annualSales: r.annualSales, capital: r.capital, lastRecordDate: r.date } : { ...u, lastRecordDate: null };
  });
}
