import type { ReactNode } from 'react';
import type { Kemitraan, PeriodListItem, Support } from '../../../../shared/contract';
import { kecamatanName } from '../../../../shared/domain/regions';
import { formatDate } from '../../../../shared/format/date';
import { formatRupiah } from '../../../../shared/format/rupiah';
import { messages } from '../../../../shared/i18n';
import { PrintTable, type PrintColumn } from './PrintTable';
import { SUPPORT_STATUSES } from './useReportPrintData';

const t = messages.exportText;
const r = messages.reportPrint;
const f = messages.fields;
const kf = messages.kemitraanFields;
const e = messages.kemitraanEnums;
const cls = (c: PeriodListItem['class'] | null) => (c ? messages.enums.class[c] : '–');
const no = <T,>(): PrintColumn<T> => ({ title: r.colNo, num: true, value: (_x, i) => i + 1, width: '7mm' });

const MOVE_COLUMNS: Array<PrintColumn<PeriodListItem>> = [
  no(),
  { title: f.businessName, value: (u) => u.businessName },
  { title: r.colOwner, value: (u) => u.ownerName },
  { title: f.kecamatan, value: (u) => u.kecamatanName, width: '31mm' },
  { title: f.kelurahan, value: (u) => u.kelurahanName, width: '30mm' },
  { title: f.sector, value: (u) => messages.enums.sector[u.sector], width: '30mm' },
  { title: r.colClassFrom, value: (u) => cls(u.fromClass), width: '21mm' },
  { title: r.colClassTo, value: (u) => cls(u.toClass), width: '21mm' },
  { title: r.colSales, num: true, value: (u) => formatRupiah(u.annualSales), width: '30mm' },
  { title: r.colLastRecord, date: true, value: (u) => formatDate(u.lastRecordDate), width: '23mm' },
];

const party = (k: Kemitraan) => k.umkmName ?? k.komunitasName ?? '–';

const AGREEMENT_COLUMNS: Array<PrintColumn<Kemitraan>> = [
  no(),
  { title: kf.number, value: (k) => k.number, width: '28mm' },
  { title: kf.mitraId, value: (k) => k.partnerName },
  { title: t.colParty, value: party },
  { title: f.kecamatan, value: (k) => (k.kecamatan ? kecamatanName(k.kecamatan) : '–'), width: '31mm' },
  { title: kf.pattern, value: (k) => e.pattern[k.pattern] },
  { title: r.colStart, date: true, value: (k) => formatDate(k.startDate), width: '19mm' },
  { title: r.colEnd, date: true, value: (k) => formatDate(k.endDate), width: '19mm' },
  { title: kf.status, value: (k) => e.status[k.status], width: '19mm' },
  { title: r.colValue, num: true, value: (k) => formatRupiah(k.totalValue), width: '30mm' },
];

type SupportRow = Support & { agreement: Kemitraan };
const SUPPORT_COLUMNS: Array<PrintColumn<SupportRow>> = [
  no(),
  { title: t.colNumber, value: (s) => s.agreement.number, width: '28mm' },
  { title: t.colPartner, value: (s) => s.agreement.partnerName },
  { title: t.colParty, value: (s) => party(s.agreement) },
  { title: kf.status, value: (s) => e.status[s.agreement.status], width: '17mm' },
  { title: t.colSupportKind, value: (s) => e.support[s.kind], width: '32mm' },
  { title: t.colDescription, value: (s) => s.description },
  { title: r.colValue, num: true, value: (s) => formatRupiah(s.value), width: '30mm' },
];

/**
 * One list behind the summary, from a new page, its title and header row repeated on every page
 * it runs over; an empty one is a line under the previous list, never a page of its own.
 */
function Detail<T>({ id, title, empty, columns, rows, rowKey, total, first }: { id: string; title: string; empty: string; columns: Array<PrintColumn<T>>; rows: readonly T[]; rowKey: (x: T) => string | number; total?: ReactNode; first?: boolean }) {
  const part = first ? <div className="rp-part">{r.detailsHeading}</div> : null;
  if (rows.length === 0) {
    return (
      <section data-testid={`detail-${id}`} className={first ? 'rp-new-page' : undefined}>
        {part}
        <h2>{title}</h2>
        <p className="rp-empty">{empty}</p>
      </section>
    );
  }
  return (
    <section data-testid={`detail-${id}`} className="rp-new-page">
      {part}
      <PrintTable caption={title} columns={columns} rows={rows} rowKey={rowKey} total={total === undefined ? undefined : [t.totalLabel, total]} totalSpan={columns.length - 1} testId={`detail-${id}-table`} />
    </section>
  );
}

/** The lists behind the summary: the UMKM that moved up and down, the agreements and their support. */
export function DetailSections({ naik, turun, agreements }: { naik: PeriodListItem[]; turun: PeriodListItem[]; agreements: Kemitraan[] }) {
  const supports: SupportRow[] = agreements.filter((k) => SUPPORT_STATUSES.includes(k.status)).flatMap((k) => k.supports.map((s) => ({ ...s, agreement: k })));
  const total = (values: Array<number | null>) => formatRupiah(values.reduce<number>((s, v) => s + (v ?? 0), 0));
  return (
    <div data-testid="report-details">
      <Detail first id="naik" title={r.detailNaik} empty={r.noneNaik} columns={MOVE_COLUMNS} rows={naik} rowKey={(u) => u.id} />
      <Detail id="turun" title={r.detailTurun} empty={r.noneTurun} columns={MOVE_COLUMNS} rows={turun} rowKey={(u) => u.id} />
      <Detail
        id="kemitraan"
        title={r.detailKemitraan}
        empty={r.noneKemitraan}
        columns={AGREEMENT_COLUMNS}
        rows={agreements}
        rowKey={(k) => k.id}
        total={total(agreements.map((k) => k.totalValue))}
      />
      <Detail
        id="dukungan"
        title={r.detailSupport}
        empty={r.noneSupport}
        columns={SUPPORT_COLUMNS}
        rows={supports}
        rowKey={(s) => s.id}
        total={total(supports.map((s) => s.value))}
      />
    </div>
  );
}
