import { useState } from 'react';
import { App as AntApp, Alert, Button, Flex, Form, Select, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { IMPORT_TARGETS, type ImportTarget, type ImportWorkbook } from '../../../../shared/contract/excel';
import { messages } from '../../../../shared/i18n';
import { call, errorMessage } from '../../api/client';
import { pickFile, saveFile } from '../../api/files';

const t = messages.importPages;

/** Step 1: what is imported, and from which file; the template for those who start fresh. */
export function FileStep({ target, onTarget, onOpened }: { target: ImportTarget; onTarget: (t: ImportTarget) => void; onOpened: (wb: ImportWorkbook) => void }) {
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async () => {
    setError(null);
    try {
      const file = await pickFile('import');
      if (!file) return;
      setBusy(true);
      onOpened(await call('import:open', { fileId: file.fileId, target }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const template = async () => {
    try {
      const r = await call('import:template', { target });
      const saved = await saveFile(r.file);
      if (saved.saved) void message.success(t.saved);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <Form layout="vertical">
        <Form.Item label={t.targetLabel} htmlFor="import-target">
          <Select id="import-target" aria-label={t.targetLabel} value={target} onChange={onTarget} options={IMPORT_TARGETS.map((v) => ({ value: v, label: t.targets[v] }))} />
        </Form.Item>
      </Form>
      <Button type="primary" size="large" icon={<FileExcelOutlined />} loading={busy} onClick={() => void choose()}>
        {busy ? t.opening : t.chooseFile}
      </Button>
      {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
      <Typography.Text type="secondary">{t.templateHint}</Typography.Text>
      <Button icon={<DownloadOutlined />} onClick={() => void template()} style={{ alignSelf: 'flex-start' }}>
        {t.downloadTemplate}
      </Button>
    </Flex>
  );
}
