import { App, Button, Card, Input, Space, Table, Tabs, Typography } from 'antd';
import { DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { TRASH_KINDS, type TrashItem, type TrashKind } from '../../../shared/contract';
import { kecamatanName } from '../../../shared/domain/regions';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { call, errorMessage } from '../api/client';
import { useInvalidateRegistry, useRead } from '../api/queries';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { useUrlParams } from '../hooks/useUrlParams';

const tp = messages.trashPage;
const PAGE_SIZE = 50;

/** The second line of a row, by kind: a partner's type, a community's kecamatan, a date. */
function detailText(kind: TrashKind, detail: string | null): string {
  if (!detail) return '–';
  if (kind === 'mitra') return (messages.kemitraanEnums.mitraKind as Record<string, string>)[detail] ?? detail;
  if (kind === 'komunitas') return kecamatanName(detail);
  if (kind === 'kemitraan' || kind === 'kegiatan') return formatDate(detail);
  if (kind === 'bantuan') return /^\d{4}-\d{2}-\d{2}$/.test(detail) ? formatDate(detail) : detail;
  if (kind === 'lampiran') return (messages.lampiran.categories as Record<string, string>)[detail] ?? detail;
  return detail;
}

/** Purging asks the admin to type a word: one click must never destroy a record for good. */
function PurgeConfirm({ onChange }: { onChange: (text: string) => void }) {
  return (
    <>
      <Typography.Paragraph>{fill(tp.purgeText, { word: tp.purgeWord })}</Typography.Paragraph>
      <Input aria-label={tp.purgeWord} data-testid="purge-confirm" autoFocus onChange={(e) => onChange(e.target.value)} />
    </>
  );
}

export function RecycleBinPage() {
  const { modal, message } = App.useApp();
  const qc = useQueryClient();
  const invalidateRegistry = useInvalidateRegistry();
  // The kind shown, the search and the page live in the URL, so Back returns to the same view.
  const url = useUrlParams();
  const kind = url.oneOf('kind', TRASH_KINDS) ?? 'umkm';
  const list = useRead('trash:list', { kind, search: url.get('search'), page: url.page, pageSize: PAGE_SIZE });

  const refresh = () => {
    void qc.invalidateQueries({ predicate: (x) => ['trash:list', 'audit:list', 'audit:entity'].includes(String(x.queryKey[0])) });
    void invalidateRegistry();
  };
  const restore = (item: TrashItem) =>
    call('trash:restore', { kind: item.kind, id: item.id }).then(
      (r) => {
        void message.success(fill(tp.restored, { name: r.name }));
        refresh();
      },
      (err: unknown) => void message.error(errorMessage(err)),
    );
  const purge = (item: TrashItem) => {
    let typed = '';
    const dialog = modal.confirm({
      title: fill(tp.purgeTitle, { name: item.name }),
      content: <PurgeConfirm onChange={(t) => {
        typed = t;
        dialog.update({ okButtonProps: { danger: true, disabled: typed.trim() !== tp.purgeWord } });
      }} />,
      okText: tp.purgeOk,
      okButtonProps: { danger: true, disabled: true },
      cancelText: tp.cancel,
      onOk: () =>
        call('trash:purge', { kind: item.kind, id: item.id }).then(
          (r) => {
            void message.success(fill(tp.purged, { name: r.name }));
            refresh();
          },
          (err: unknown) => void message.error(errorMessage(err)),
        ),
    });
  };

  const counts = list.data?.counts;
  return (
    <>
      <PageHeader title={tp.title} sub={tp.sub} />
      <Card>
        <Tabs
          activeKey={kind}
          onChange={(k) => url.update({ kind: k === 'umkm' ? undefined : k })}
          items={TRASH_KINDS.map((k) => ({ key: k, label: `${messages.auditEntities[k]}${counts ? ` (${counts[k]})` : ''}` }))}
        />
        <Input.Search allowClear aria-label={tp.search} placeholder={tp.search} style={{ maxWidth: 320, marginBottom: 12 }} defaultValue={url.get('search')} onSearch={(v) => url.update({ search: v.trim() || undefined })} />
        {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<TrashItem>
          rowKey={(r) => `${r.kind}-${r.id}`}
          size="small"
          data-testid="trash-table"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: tp.empty }}
          pagination={{ current: url.page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showSizeChanger: false, onChange: (p) => url.update(url.pageChange({ current: p })), hideOnSinglePage: true }}
          columns={[
            { title: tp.name, dataIndex: 'name', key: 'name' },
            { title: tp.detail, key: 'detail', render: (_: unknown, r) => detailText(r.kind, r.detail) },
            { title: tp.deletedAt, dataIndex: 'deletedAt', key: 'deletedAt', width: 150, render: (v: string) => formatDateTime(v) },
            { title: tp.deletedBy, dataIndex: 'deletedBy', key: 'deletedBy', width: 140, render: (v: string | null) => v ?? tp.unknownUser },
            {
              title: messages.common.actions,
              key: 'actions',
              width: 260,
              render: (_: unknown, r) => (
                <Space>
                  <Button size="small" icon={<UndoOutlined />} onClick={() => void restore(r)}>
                    {tp.restore}
                  </Button>
                  <Button size="small" danger icon={<DeleteOutlined />} onClick={() => purge(r)}>
                    {tp.purge}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
