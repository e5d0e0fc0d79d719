import { App as AntApp, Alert, Button, Flex, Result, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { ImportChoices, ImportSummary } from '../../../../shared/contract/excel';
import { fill, messages } from '../../../../shared/i18n';
import { call, errorMessage } from '../../api/client';
import { saveFile } from '../../api/files';

const t = messages.importPages;

/** Step 5: what was stored, and the refused rows as a file to correct and import again. */
export function DoneStep({ summary, choices, onAgain }: { summary: ImportSummary; choices: ImportChoices; onAgain: () => void }) {
  const { message } = AntApp.useApp();
  const download = async () => {
    try {
      const r = await call('import:refusedFile', choices);
      const saved = await saveFile(r.file);
      if (saved.saved) void message.success(t.saved);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
  return (
    <Result
      status={summary.cancelled ? 'warning' : summary.refused ? 'warning' : 'success'}
      title={summary.cancelled ? t.cancelled : t.doneTitle}
      subTitle={summary.cancelled ? null : fill(t.doneText, { imported: summary.imported, updated: summary.updated, skipped: summary.skipped, refused: summary.refused })}
      extra={
        <Flex vertical gap={12} align="center">
          {summary.refused > 0 ? (
            <>
              <Alert type="info" showIcon title={t.refusedHint} />
              <Button icon={<DownloadOutlined />} onClick={() => void download()}>
                {t.downloadRefused}
              </Button>
            </>
          ) : null}
          <Typography.Link onClick={onAgain}>{t.again}</Typography.Link>
        </Flex>
      }
    />
  );
}
