import { TRANSITION_KEYS, type ReportSummary } from '../../../../shared/contract';
import { UMKM_CLASSES, type UmkmClass } from '../../../../shared/domain/classification';
import { KEMITRAAN_STATUS, PARTNERSHIP_PATTERNS, SUPPORT_KINDS } from '../../../../shared/domain/partnership';
import { formatDate } from '../../../../shared/format/date';
import { formatRupiah, groupThousands } from '../../../../shared/format/rupiah';
import { fill, messages } from '../../../../shared/i18n';
import { ClassChart, MovesChart } from './ReportCharts';
import { PrintTable, type PrintColumn } from './PrintTable';
import { ReportPembinaanSections } from '../riwayat/ReportPembinaanSections';

const t = messages.exportText;
const r = messages.reportPrint;
const e = messages.kemitraanEnums;
const n = (x: number) => groupThousands(x);
/** One decimal with a comma, as the workbook and Indonesian reports write it: 12,5%. */
export const pct = (naik: number, recorded: number) => `${String(recorded === 0 ? 0 : Math.round((naik / recorded) * 1000) / 10).replace('.', ',')}%`;
const sum = <T,>(rows: readonly T[], f: (x: T) => number) => rows.reduce((s, x) => s + f(x), 0);
const transitionLabel = (key: string) =>
  key
    .split('->')
    .map((c) => messages.enums.class[c as UmkmClass])
    .join(' → ');

function Heading({ title, note }: { title: string; note?: string }) {
  return (
    <>
      <h2>{title}</h2>
      {note ? <p className="rp-note">{note}</p> : null}
    </>
  );
}

type Kec = ReportSummary['classByKecamatan'][number];
type Row = [string, number];

/** The summary's sections A to E, each kept whole on a page, with the two charts beside their tables. */
export function SummarySections({ s, chartWidth }: { s: ReportSummary; chartWidth: number }) {
  const p = s.progress;
  const kecTotal = (k: Kec) => sum(UMKM_CLASSES, (c) => k.counts[c]);
  const classColumns: Array<PrintColumn<Kec>> = [
    { title: t.colKecamatan, value: (k) => k.kecamatan },
    ...UMKM_CLASSES.map((c): PrintColumn<Kec> => ({ title: messages.enums.class[c], num: true, value: (k) => n(k.counts[c]) })),
    { title: t.totalLabel, num: true, value: (k) => n(kecTotal(k)) },
  ];
  const moveColumns: Array<PrintColumn<Row>> = [
    { title: t.colTransition, value: (x) => x[0] },
    { title: t.colCount, num: true, value: (x) => n(x[1]), width: '30%' },
  ];
  const kec = Object.entries(p.byKecamatan);
  type KecMoves = (typeof kec)[number];
  const patterns = PARTNERSHIP_PATTERNS.map((pat) => ({ pat, counts: s.agreements[pat] }));
  type Pat = (typeof patterns)[number];

  return (
    <div data-testid="report-summary">
      <section className="rp-block" data-testid="section-A">
        <Heading title={t.sectionClass} note={fill(r.asOfLine, { date: formatDate(s.asOf) })} />
        <div className="rp-row">
          <PrintTable
            columns={classColumns}
            rows={s.classByKecamatan}
            rowKey={(k) => k.kecamatan}
            total={[t.totalLabel, ...UMKM_CLASSES.map((c) => n(sum(s.classByKecamatan, (k) => k.counts[c]))), n(sum(s.classByKecamatan, kecTotal))]}
          />
          <ClassChart data={s.classByKecamatan} width={chartWidth} height={230} />
        </div>
      </section>

      <section className="rp-block" data-testid="section-B">
        <Heading title={t.sectionNaik} note={t.sectionNaikNote} />
        <div className="rp-row">
          <div>
            <PrintTable columns={moveColumns} rows={TRANSITION_KEYS.naik.map((k): Row => [transitionLabel(k), p.naik[k]])} rowKey={(x) => x[0]} total={[t.naikTotal, n(p.naikTotal)]} />
            <div style={{ height: '2mm' }} />
            <PrintTable columns={moveColumns} rows={TRANSITION_KEYS.turun.map((k): Row => [transitionLabel(k), p.turun[k]])} rowKey={(x) => x[0]} total={[t.turunTotal, n(p.turunTotal)]} />
            <table className="rp-figures">
              <tbody>
                <tr>
                  <td>{t.tetapTotal}</td>
                  <td className="num">{n(p.tetap)}</td>
                </tr>
                <tr>
                  <td>{t.recordedTotal}</td>
                  <td className="num">{n(p.recorded)}</td>
                </tr>
                <tr>
                  <td>
                    <b>{t.naikPercent}</b>
                  </td>
                  <td className="num" data-testid="naik-percent">
                    <b>{`${String(p.naikPercent).replace('.', ',')}%`}</b>
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <MovesChart byKecamatan={p.byKecamatan} width={chartWidth} height={230} />
        </div>
      </section>

      <section className="rp-block" data-testid="section-B1">
        <Heading title={t.sectionNaikKecamatan} />
        <PrintTable
          columns={[
            { title: t.colKecamatan, value: (x: KecMoves) => x[0] },
            { title: t.colRecorded, num: true, value: (x: KecMoves) => n(x[1].recorded) },
            { title: t.colNaik, num: true, value: (x: KecMoves) => n(x[1].naik) },
            { title: t.colTurun, num: true, value: (x: KecMoves) => n(x[1].turun) },
            { title: t.colTetap, num: true, value: (x: KecMoves) => n(x[1].tetap) },
            { title: t.colNaikPercent, num: true, value: (x: KecMoves) => pct(x[1].naik, x[1].recorded) },
          ]}
          rows={kec}
          rowKey={(x) => x[0]}
          total={[
            t.totalLabel,
            n(sum(kec, (x) => x[1].recorded)),
            n(sum(kec, (x) => x[1].naik)),
            n(sum(kec, (x) => x[1].turun)),
            n(sum(kec, (x) => x[1].tetap)),
            pct(sum(kec, (x) => x[1].naik), sum(kec, (x) => x[1].recorded)),
          ]}
        />
      </section>

      <div className="rp-row">
        <section className="rp-block" data-testid="section-C" style={{ flex: 3 }}>
          <Heading title={t.sectionKemitraan} note={t.sectionKemitraanNote} />
          <PrintTable
            columns={[
              { title: t.colPattern, value: (x: Pat) => e.pattern[x.pat] },
              ...KEMITRAAN_STATUS.map((st): PrintColumn<Pat> => ({ title: e.status[st], num: true, value: (x) => n(x.counts[st]) })),
              { title: t.totalLabel, num: true, value: (x: Pat) => n(sum(KEMITRAAN_STATUS, (st) => x.counts[st])) },
            ]}
            rows={patterns}
            rowKey={(x) => x.pat}
            total={[t.totalLabel, ...KEMITRAAN_STATUS.map((st) => n(sum(patterns, (x) => x.counts[st]))), n(sum(patterns, (x) => sum(KEMITRAAN_STATUS, (st) => x.counts[st])))]}
          />
        </section>
        <section className="rp-block" data-testid="section-D" style={{ flex: 2 }}>
          <Heading title={t.sectionSupport} note={t.sectionSupportNote} />
          <PrintTable
            columns={[
              { title: t.colSupportKind, value: (k: (typeof SUPPORT_KINDS)[number]) => e.support[k] },
              { title: t.colSupportItems, num: true, value: (k) => n(s.supports[k].items) },
              { title: r.colValue, num: true, value: (k) => formatRupiah(s.supports[k].value) },
            ]}
            rows={SUPPORT_KINDS}
            rowKey={(k) => k}
            total={[t.totalLabel, n(sum(SUPPORT_KINDS, (k) => s.supports[k].items)), formatRupiah(sum(SUPPORT_KINDS, (k) => s.supports[k].value))]}
          />
        </section>
      </div>

      <section className="rp-block" data-testid="section-E">
        <Heading title={t.sectionMeetings} />
        {s.meetings.length === 0 ? (
          <p className="rp-empty">{t.noMeetings}</p>
        ) : (
          <PrintTable
            columns={[
              { title: t.colMeeting, value: (m: ReportSummary['meetings'][number]) => m.name },
              { title: t.colDate, date: true, value: (m) => formatDate(m.date) },
              { title: t.colVenue, value: (m) => m.venue },
              { title: t.colKomunitasPresent, num: true, value: (m) => n(m.figures.komunitasPresent) },
              { title: t.colUmkmPresent, num: true, value: (m) => n(m.figures.umkmPresent) },
              { title: t.colPartnersPresent, num: true, value: (m) => n(m.figures.partnersPresent) },
              { title: t.colProposed, num: true, value: (m) => n(m.figures.agreementsProposed) },
              { title: t.colSigned, num: true, value: (m) => n(m.figures.agreementsSigned) },
            ]}
            rows={s.meetings}
            rowKey={(m) => m.id}
          />
        )}
      </section>
      <ReportPembinaanSections p={s.pembinaan} />
    </div>
  );
}
