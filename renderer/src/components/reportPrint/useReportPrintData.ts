import { useQuery } from '@tanstack/react-query';
import type { Kemitraan, Page, PeriodListItem, ReportSummary } from '../../../../shared/contract';
import type { ReportPrintQuery } from '../../../../shared/domain/reportPrint';
import { call } from '../../api/client';

/** Agreements that gave support (as the workbook's Rincian D and the summary's section D count them). */
export const SUPPORT_STATUSES: ReadonlyArray<Kemitraan['status']> = ['aktif', 'selesai'];

const PAGE = 500;

/** Every page of a paged list, in the list's order. */
async function all<T>(read: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const p = await read(page);
    items.push(...p.items);
    if (p.items.length === 0 || items.length >= p.total) return items;
  }
}

export interface ReportPrintData {
  summary: ReportSummary;
  naik: PeriodListItem[];
  turun: PeriodListItem[];
  agreements: Kemitraan[];
}

/**
 * What the printed report shows: the summary's figures (report:summary) and the lists behind them
 * (the moves up and down, the agreements of the period). The registry-wide UMKM list stays in the
 * workbook. Read once: a printed page never refreshes under the printer.
 */
export function useReportPrintData(q: ReportPrintQuery | null) {
  return useQuery({
    queryKey: ['report:print', q],
    enabled: q !== null,
    staleTime: Infinity,
    queryFn: async (): Promise<ReportPrintData> => {
      const { from, to, paper } = q!;
      const period = { from, to };
      const [summary, naik, turun, agreements] = await Promise.all([
        call('report:summary', { from, to, paper }),
        all((page) => call('progress:reportList', { period, outcome: 'naik', figuresAt: period.to, page, pageSize: PAGE })),
        all((page) => call('progress:reportList', { period, outcome: 'turun', figuresAt: period.to, page, pageSize: PAGE })),
        all((page) => call('kemitraan:list', { from, to, page, pageSize: PAGE })),
      ]);
      return { summary, naik, turun, agreements };
    },
  });
}
