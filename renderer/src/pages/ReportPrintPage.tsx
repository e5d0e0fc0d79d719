import { useEffect } from 'react';
import { Alert, Button, Spin, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { parseReportPrintQuery, PRINT_FAILED, PRINT_READY, reportFooterLabel, reportPeriodText } from '../../../shared/domain/reportPrint';
import { UMKM_CLASSES } from '../../../shared/domain/classification';
import { formatDate } from '../../../shared/format/date';
import { groupThousands } from '../../../shared/format/rupiah';
import { fill, messages } from '../../../shared/i18n';
import { errorMessage } from '../api/client';
import { DetailSections } from '../components/reportPrint/DetailSections';
import { contentWidthMm, printCss, PX_PER_MM } from '../components/reportPrint/printCss';
import { ReportKop } from '../components/reportPrint/ReportKop';
import { ReportSignOff } from '../components/reportPrint/ReportSignOff';
import { SummarySections } from '../components/reportPrint/SummarySections';
import { useReportPrintData } from '../components/reportPrint/useReportPrintData';

const r = messages.reportPrint;
const t = messages.exportText;

/**
 * The report for the mayor's office as a printed document (#/cetak/laporan?from&to&paper),
 * outside the app's layout: the kop, the summary on its own pages, then the lists behind it and
 * the sign-off. The desktop app prints it to PDF out of sight (main waits for `data-ready`); in a
 * browser it opens in a tab of its own whose "Cetak" is the browser's print.
 */
export function ReportPrintPage() {
  const [search] = useSearchParams();
  const q = parseReportPrintQuery(search);
  const data = useReportPrintData(q);

  useEffect(() => {
    if (q) document.title = reportFooterLabel(q.from, q.to);
  }, [q?.from, q?.to]); // eslint-disable-line react-hooks/exhaustive-deps -- q is rebuilt each render; its dates are what matter

  // Ready for the printer once the data is on the page, the fonts are loaded and the emblem decoded.
  useEffect(() => {
    const body = document.body;
    if (!q || data.isError) {
      body.dataset.ready = PRINT_FAILED;
      return;
    }
    if (!data.data) {
      delete body.dataset.ready;
      return;
    }
    let live = true;
    void (async () => {
      await document.fonts.ready;
      await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
      // After the next paint; a window printed out of sight may not paint frames, hence the timer beside it.
      await Promise.race([new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res))), new Promise((res) => setTimeout(res, 250))]);
      if (live) body.dataset.ready = PRINT_READY;
    })();
    return () => {
      live = false;
      delete body.dataset.ready;
    };
  }, [q === null, data.data, data.isError]); // eslint-disable-line react-hooks/exhaustive-deps -- see above

  if (!q) return <Alert type="error" showIcon style={{ margin: 24 }} message={r.badQuery} />;
  if (data.isError) return <Alert type="error" showIcon style={{ margin: 24 }} message={fill(r.failed, { message: errorMessage(data.error) })} />;
  if (!data.data) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
        <Typography.Paragraph style={{ marginTop: 12 }}>{r.loading}</Typography.Paragraph>
      </div>
    );
  }

  const { summary, naik, turun, agreements } = data.data;
  const registered = summary.classByKecamatan.reduce((s, k) => s + UMKM_CLASSES.reduce((a, c) => a + k.counts[c], 0), 0);
  // Two charts side by side with their tables: half the printable width, less the gap.
  const chartWidth = Math.floor(((contentWidthMm(q.paper) - 6) / 2) * PX_PER_MM) - 4;

  return (
    <div className="rp" data-testid="report-print" data-paper={q.paper}>
      <style>{printCss(q.paper)}</style>
      <div className="rp-toolbar">
        <Typography.Text strong>{r.toolbarTitle}</Typography.Text>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {r.print}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {fill(r.toolbarHint, { paper: q.paper })}
        </Typography.Text>
      </div>
      <div className="rp-sheet">
        <ReportKop office={summary.office} />
        <div className="rp-title">
          <h1>{t.reportTitle}</h1>
          <div>{reportPeriodText(summary.from, summary.to)}</div>
          <div className="rp-asof">{fill(r.asOfLine, { date: formatDate(summary.asOf) })}</div>
        </div>
        <div className="rp-part">{r.summaryHeading}</div>
        <SummarySections s={summary} chartWidth={chartWidth} />
        <DetailSections naik={naik} turun={turun} agreements={agreements} />
        <div className="rp-keep-with-previous">
          <p className="rp-excel-note" data-testid="registry-in-excel">
            {fill(r.registryInExcel, { n: groupThousands(registered), sheet: t.detailUmkm })}
          </p>
          <ReportSignOff office={summary.office} today={summary.today} />
        </div>
      </div>
    </div>
  );
}
