import { useState } from 'react';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, EyeOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { FileRef, Lampiran, LampiranCategory, LampiranOwner } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format/date';
import { formatFileSize } from '../../../../shared/format/fileSize';
import { fill, messages } from '../../../../shared/i18n';
import { call, errorMessage } from '../../api/client';
import { pickFile, saveFile } from '../../api/files';
import { useRead, useWrite } from '../../api/queries';
import { Can } from '../auth/Can';
import { AddLampiranModal } from './AddLampiranModal';
import { LampiranThumb } from './LampiranThumb';

const t = messages.lampiran;
const desktop = () => Boolean(window.kemitraan);

/** What a new attachment most likely is, by the record it goes on (the clerk can change it). */
const DEFAULT_CATEGORY: Record<LampiranOwner, LampiranCategory> = {
  umkm: 'ktp',
  sertifikat: 'sertifikat',
  bantuan: 'bast',
  kegiatan: 'lainnya',
  kemitraan: 'mou',
  monev_kunjungan: 'foto_kunjungan',
  mitra: 'lainnya',
  komunitas: 'lainnya',
};

export interface AttachmentsProps {
  owner: LampiranOwner;
  ownerId: number;
  /** Inside a tab the card's own title is left out (the tab names it). */
  bare?: boolean;
}

/**
 * The scans and photos of one record (any kind: UMKM, partner, agreement, certificate, …): a small
 * picture of each image, open with the computer's viewer (a download in the browser preview),
 * add by choosing a file, delete into the recycle bin.
 */
export function Attachments({ owner, ownerId, bare }: AttachmentsProps) {
  const { modal, message } = App.useApp();
  const list = useRead('lampiran:list', { owner, ownerId }, { enabled: ownerId > 0 });
  const remove = useWrite('lampiran:delete');
  const [chosen, setChosen] = useState<FileRef | null>(null);
  const [picking, setPicking] = useState(false);
  const onError = (err: unknown) => void message.error(errorMessage(err));

  const choose = () => {
    setPicking(true);
    pickFile('lampiran')
      .then((file) => file && setChosen(file), onError)
      .finally(() => setPicking(false));
  };
  // The desktop app shows it with the computer's viewer; the browser preview downloads it.
  const open = (item: Lampiran) =>
    call('lampiran:open', { id: item.id })
      .then(async ({ file }) => {
        if (!desktop()) return void (await saveFile(file));
        await call('lampiran:view', { fileId: file.fileId });
        void message.info(t.openedInViewer);
      })
      .catch(onError);
  const confirmDelete = (item: Lampiran) =>
    modal.confirm({
      title: t.delete,
      content: fill(t.deleteConfirm, { name: item.fileName }),
      okText: t.delete,
      okButtonProps: { danger: true },
      cancelText: t.cancel,
      onOk: () => remove.mutateAsync({ id: item.id }).then(() => void message.success(t.deleted), onError),
    });

  const items = list.data ?? [];
  const addButton = (
    <Can channel="lampiran:add">
      <Button icon={<PaperClipOutlined />} onClick={choose} loading={picking} data-testid="lampiran-add">
        {t.add}
      </Button>
    </Can>
  );

  const table = (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t.limits}
      </Typography.Paragraph>
      <Table<Lampiran>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={items}
        pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: list.error ? errorMessage(list.error) : t.empty }}
        scroll={{ x: 760 }}
        data-testid="lampiran-table"
        columns={[
          { key: 'thumb', width: 72, render: (_, item) => <LampiranThumb item={item} /> },
          {
            title: t.columns.file,
            key: 'file',
            ellipsis: true,
            render: (_, item) => (
              <Space direction="vertical" size={0} style={{ maxWidth: '100%' }}>
                <Typography.Link onClick={() => void open(item)} ellipsis title={item.fileName}>
                  {item.fileName}
                </Typography.Link>
                {item.caption ? <Typography.Text type="secondary">{item.caption}</Typography.Text> : null}
              </Space>
            ),
          },
          { title: t.columns.category, key: 'category', width: 170, render: (_, item) => <Tag>{t.categories[item.category]}</Tag> },
          { title: t.columns.size, key: 'size', width: 90, align: 'right', render: (_, item) => formatFileSize(item.size) },
          {
            title: t.columns.added,
            key: 'added',
            width: 150,
            render: (_, item) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(item.createdAt)}
                {item.createdBy ? <br /> : null}
                {item.createdBy}
              </Typography.Text>
            ),
          },
          {
            title: t.columns.actions,
            key: 'actions',
            width: 110,
            render: (_, item) => (
              <Space size={4}>
                <Button
                  size="small"
                  icon={desktop() ? <EyeOutlined /> : <DownloadOutlined />}
                  title={desktop() ? t.open : t.download}
                  aria-label={`${desktop() ? t.open : t.download} ${item.fileName}`}
                  onClick={() => void open(item)}
                />
                <Can channel="lampiran:delete">
                  <Button size="small" danger icon={<DeleteOutlined />} title={t.delete} aria-label={`${t.delete} ${item.fileName}`} onClick={() => confirmDelete(item)} />
                </Can>
              </Space>
            ),
          },
        ]}
      />
      <AddLampiranModal
        owner={owner}
        ownerId={ownerId}
        file={chosen}
        defaultCategory={DEFAULT_CATEGORY[owner]}
        onClose={(saved) => {
          setChosen(null);
          if (saved) void message.success(t.added);
        }}
      />
    </>
  );

  if (bare)
    return (
      <div data-testid="lampiran">
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 8 }}>{addButton}</div>
        {table}
      </div>
    );
  return (
    <Card title={`${t.title} (${items.length})`} extra={addButton} style={{ marginTop: 16 }} data-testid="lampiran">
      {table}
    </Card>
  );
}
