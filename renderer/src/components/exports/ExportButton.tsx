import { useState } from 'react';
import { App, Button } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import type { ExportResult, InputOf } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { call, errorMessage } from '../../api/client';
import { saveFile } from '../../api/files';
import { Can } from '../auth/Can';

const xp = messages.exportPages;

/** Writes the file in main, then hands it to the save dialog (or a download in a browser). */
export function useExportFile() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (write: () => Promise<ExportResult>) => {
    setBusy(true);
    const key = 'export';
    void message.loading({ content: xp.exporting, key, duration: 0 });
    try {
      const result = await write();
      const saved = await saveFile(result.file);
      if (!saved.saved) void message.info({ content: xp.cancelled, key });
      else void message.success({ content: saved.path ? fill(xp.savedTo, { path: saved.path }) : fill(xp.saved, { name: result.file.name, rows: result.rows.toLocaleString('id-ID') }), key });
    } catch (err) {
      void message.error({ content: fill(xp.failed, { message: errorMessage(err) }), key });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/** "Ekspor Excel" on a list: the whole list exactly as filtered on screen (paging ignored). */
export function ExportButton({ input }: { input: InputOf<'export:list'> }) {
  const { busy, run } = useExportFile();
  return (
    <Can channel="export:list">
      <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void run(() => call('export:list', input))}>
        {xp.button}
      </Button>
    </Can>
  );
}
