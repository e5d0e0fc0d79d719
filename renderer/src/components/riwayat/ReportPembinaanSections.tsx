import type { PembinaanFigures } from '../../../../shared/contract';
import { FUND_SOURCES, type FundSource } from '../../../../shared/domain/funding';
import { MONEV_SALES } from '../../../../shared/domain/monev';
import { formatRupiah, groupThousands } from '../../../../shared/format/rupiah';
import { fill, messages } from '../../../../shared/i18n';
import { PrintTable } from '../reportPrint/PrintTable';

const f = messages.pembinaanFigures;
const t = messages.exportText;
const n = (x: number) => groupThousands(x);
type Cert = PembinaanFigures['certificates'][number];
type Figure = [string, number];

/** The printed report's sections F, G and H, as the workbook's summary sheet states them. */
export function ReportPembinaanSections({ p }: { p: PembinaanFigures }) {
  const figures: Figure[] = [[f.rowTrained, p.trained], [f.rowReviewed, p.reviewed], ...MONEV_SALES.map((s): Figure => [fill(f.rowProducts, { sales: messages.monevEnums.sales[s].toLocaleLowerCase('id-ID') }), p.products[s]])];
  const handed = FUND_SOURCES.reduce((s, k) => s + p.assistance[k].count, 0);
  return (
    <>
      <section className="rp-block" data-testid="section-F">
        <h2>{f.sectionCert}</h2>
        <p className="rp-note">{f.sectionCertNote}</p>
        {p.certificates.length === 0 ? (
          <p className="rp-empty">{f.noCert}</p>
        ) : (
          <PrintTable<Cert>
            columns={[
              { title: f.colCertKind, value: (r) => messages.sertifikatEnums.kind[r.certKind] },
              { title: f.colYear, num: true, value: (r) => String(r.year), width: '14%' },
              { title: f.colSubmitted, num: true, value: (r) => n(r.submitted), width: '18%' },
              { title: f.colIssued, num: true, value: (r) => n(r.issued), width: '18%' },
            ]}
            rows={p.certificates}
            rowKey={(r) => `${r.year}-${r.certKind}`}
            total={[t.totalLabel, n(p.certificates.reduce((s, r) => s + r.submitted, 0)), n(p.certificates.reduce((s, r) => s + r.issued, 0))]}
            totalSpan={2}
          />
        )}
      </section>
      <section className="rp-block" data-testid="section-G">
        <h2>{f.sectionPembinaan}</h2>
        <p className="rp-note">{f.sectionPembinaanNote}</p>
        <PrintTable<Figure>
          columns={[
            { title: f.colFigure, value: (x) => x[0] },
            { title: f.colCount, num: true, value: (x) => n(x[1]), width: '25%' },
          ]}
          rows={figures}
          rowKey={(x) => x[0]}
        />
      </section>
      <section className="rp-block" data-testid="section-H">
        <h2>{f.sectionAssistance}</h2>
        <p className="rp-note">{f.sectionAssistanceNote}</p>
        {handed === 0 ? (
          <p className="rp-empty">{f.noAssistance}</p>
        ) : (
          <PrintTable<FundSource>
            columns={[
              { title: f.colSource, value: (k) => messages.fundSource[k] },
              { title: f.colCount, num: true, value: (k) => n(p.assistance[k].count), width: '18%' },
              { title: f.colValue, num: true, value: (k) => formatRupiah(p.assistance[k].value), width: '30%' },
            ]}
            rows={FUND_SOURCES}
            rowKey={(k) => k}
            total={[t.totalLabel, n(handed), formatRupiah(FUND_SOURCES.reduce((s, k) => s + p.assistance[k].value, 0))]}
          />
        )}
      </section>
    </>
  );
}
