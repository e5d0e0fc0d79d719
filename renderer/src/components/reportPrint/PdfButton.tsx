import { useState } from 'react';
import { App, Button, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { reportPrintRoute, type ReportPrintQuery } from '../../../../shared/domain/reportPrint';
import { fill, messages } from '../../../../shared/i18n';
import { call, errorMessage } from '../../api/client';
import { saveFile } from '../../api/files';
import { Can } from '../auth/Can';

const r = messages.reportPrint;
const xp = messages.exportPages;

/**
 * The printed report. In the desktop app main prints its page out of sight and the save dialog
 * follows ("Unduh PDF"); a browser has no printToPDF, so the page opens in a tab of its own where
 * "Cetak" is the browser's print (Simpan sebagai PDF).
 */
export function PdfButton({ input }: { input: ReportPrintQuery }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (!window.kemitraan) {
    return (
      <div style={{ marginTop: 12 }}>
        <Button icon={<FilePdfOutlined />} onClick={() => window.open(`#${reportPrintRoute(input)}`, '_blank')}>
          {r.openPrint}
        </Button>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 4, marginBottom: 0 }}>
          {r.openPrintHint}
        </Typography.Paragraph>
      </div>
    );
  }
  const download = async () => {
    setBusy(true);
    const key = 'report-pdf';
    void message.loading({ content: r.makingPdf, key, duration: 0 });
    try {
      const result = await call('report:pdf', input);
      const saved = await saveFile(result.file);
      if (!saved.saved) void message.info({ content: xp.cancelled, key });
      else void message.success({ content: saved.path ? fill(xp.savedTo, { path: saved.path }) : fill(r.pdfSaved, { name: result.file.name }), key });
    } catch (err) {
      void message.error({ content: fill(xp.failed, { message: errorMessage(err) }), key });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Can channel="report:pdf">
      <Button icon={<FilePdfOutlined />} loading={busy} onClick={() => void download()} style={{ marginLeft: 8 }}>
        {r.downloadPdf}
      </Button>
    </Can>
  );
}
