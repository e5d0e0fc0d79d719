import { useState } from 'react';
import { Alert, App, Button, Card, Flex, InputNumber, Space, Typography } from 'antd';
import { CloudUploadOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BackupEntry, RestoreResult } from '../../../shared/contract/backup';
import type { FileRef } from '../../../shared/contract/files';
import { fill, messages } from '../../../shared/i18n';
import { ApiError, call, errorMessage } from '../api/client';
import { pickFile, saveFile } from '../api/files';
import { BackupTable } from '../components/backup/BackupTable';
import { RestoreConfirm } from '../components/backup/RestoreConfirm';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';

const t = messages.backupPage;
const LIST_KEY = ['backup:list'] as const;

/**
 * What the clerk confirms: a backup from the list, or a file they chose (a USB stick); once main
 * said it is not signed by this installation, why (`unverified`) and a mistyped password's error.
 */
type Pending = { label: string; input: { name: string } | { fileId: string }; unverified?: string; passwordError?: string };

function restoredText(r: RestoreResult): string {
  const params = { name: r.restoredFrom, n: r.umkmCount.toLocaleString('id-ID'), safety: r.safetyCopy, from: r.migratedFrom ?? '' };
  return fill(r.migratedFrom ? t.restoreOkMigrated : t.restoreOk, params) + (r.unverifiedSource ? t.restoreOkUnverified : '');
}

export function BackupPage() {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const list = useQuery({ queryKey: LIST_KEY, queryFn: () => call('backup:list', {}) });
  const [pending, setPending] = useState<Pending | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [keep, setKeep] = useState<number | null>(null);

  const create = useMutation({
    mutationFn: () => call('backup:create', {}),
    onSuccess: (b) => {
      setFailure(null);
      void message.success(fill(t.created, { name: b.name }));
      void qc.invalidateQueries({ queryKey: LIST_KEY });
    },
    onError: (e) => setFailure(errorMessage(e)),
  });
  const save = useMutation({
    mutationFn: async (b: BackupEntry) => saveFile((await call('backup:save', { name: b.name })).file),
    onSuccess: (r) => {
      if (r.saved && r.path) void message.success(fill(t.saved, { path: r.path }));
    },
    onError: (e) => setFailure(errorMessage(e)),
  });
  const restore = useMutation({
    mutationFn: (p: Pending & { trustPassword?: string }) => call('backup:restore', p.trustPassword === undefined ? p.input : { ...p.input, trustPassword: p.trustPassword }),
    onSuccess: (r) => {
      setPending(null);
      setFailure(null);
      setRestored(restoredText(r));
      // Every page's data came from the database just replaced.
      void qc.invalidateQueries();
    },
    onError: (e, p) => {
      const data = e instanceof ApiError ? e.data : null;
      // Not signed here: the same dialog asks for the admin's password; a wrong one is said under it.
      if (data?.code === 'UNVERIFIED_BACKUP') return setPending({ ...p, unverified: data.message, passwordError: undefined });
      if (data?.fields?.trustPassword) return setPending({ ...p, passwordError: data.fields.trustPassword });
      setPending(null);
      setFailure(errorMessage(e));
    },
  });
  const saveKeep = useMutation({
    mutationFn: (n: number) => call('backup:setKeep', { keep: n }),
    onSuccess: (r) => {
      void message.success(fill(t.keepSaved, { keep: r.keep }));
      void qc.invalidateQueries({ queryKey: LIST_KEY });
    },
    onError: (e) => setFailure(errorMessage(e)),
  });

  async function chooseFile(): Promise<void> {
    try {
      const file: FileRef | null = await pickFile('restore');
      if (file) setPending({ label: file.name, input: { fileId: file.fileId } });
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  const busy = create.isPending || restore.isPending || save.isPending;
  return (
    <>
      <PageHeader
        title={t.title}
        sub={list.data ? fill(t.intro, { keep: list.data.keep, dir: list.data.dir }) : undefined}
        extra={
          <Space wrap>
            <Button icon={<FolderOpenOutlined />} onClick={() => void chooseFile()} disabled={busy}>
              {t.restoreFromFile}
            </Button>
            <Button type="primary" icon={<CloudUploadOutlined />} loading={create.isPending} disabled={busy} onClick={() => create.mutate()}>
              {t.createNow}
            </Button>
          </Space>
        }
      />
      <Flex vertical gap={16}>
        {restored ? <Alert type="success" showIcon closable title={restored} onClose={() => setRestored(null)} data-testid="restore-done" /> : null}
        {failure ? <Alert type="error" showIcon closable title={failure} onClose={() => setFailure(null)} data-testid="backup-error" /> : null}
        {list.error ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Card>
            <BackupTable
              backups={list.data?.backups ?? []}
              busy={busy}
              onSave={(b) => save.mutate(b)}
              onRestore={(b) => setPending({ label: b.name, input: { name: b.name } })}
            />
          </Card>
        )}
        <Card size="small">
          <Space wrap>
            <Typography.Text>{t.keepLabel}</Typography.Text>
            <InputNumber min={1} max={365} value={keep ?? list.data?.keep} onChange={(v) => setKeep(typeof v === 'number' ? v : null)} aria-label={t.keepLabel} />
            <Button disabled={keep === null || keep === list.data?.keep} loading={saveKeep.isPending} onClick={() => keep !== null && saveKeep.mutate(keep)}>
              {messages.form.save}
            </Button>
          </Space>
        </Card>
      </Flex>
      {pending ? (
        <RestoreConfirm
          name={pending.label}
          busy={restore.isPending}
          unverified={pending.unverified}
          passwordError={pending.passwordError}
          onConfirm={(trustPassword) => restore.mutate({ ...pending, trustPassword })}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </>
  );
}
