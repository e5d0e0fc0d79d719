import { Button, Space, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { RollbackOutlined, UsbOutlined } from '@ant-design/icons';
import type { BackupEntry, BackupState } from '../../../../shared/contract/backup';
import { formatDateTime } from '../../../../shared/format/date';
import { messages } from '../../../../shared/i18n';

const t = messages.backupPage;
const STATE_COLORS: Record<BackupState, string> = { verified: 'green', unverified: 'default', damaged: 'red' };
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;

export function BackupTable({ backups, busy, onSave, onRestore }: {
  backups: BackupEntry[];
  busy: boolean;
  onSave: (b: BackupEntry) => void;
  onRestore: (b: BackupEntry) => void;
}) {
  const columns: TableProps<BackupEntry>['columns'] = [
    { title: t.colDate, dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    { title: t.colName, dataIndex: 'name' },
    { title: t.colKind, dataIndex: 'kind', render: (k: BackupEntry['kind']) => messages.backupKinds[k] },
    { title: t.colSize, dataIndex: 'size', align: 'right', render: megabytes },
    { title: t.colUmkm, dataIndex: 'umkmCount', align: 'right', render: (n: number | null) => (n === null ? '–' : n.toLocaleString('id-ID')) },
    { title: t.colState, dataIndex: 'state', render: (s: BackupState) => <Tag color={STATE_COLORS[s]}>{messages.backupState[s]}</Tag> },
    {
      title: t.colActions,
      key: 'actions',
      render: (_: unknown, b) => (
        <Space wrap>
          <Button size="small" icon={<UsbOutlined />} onClick={() => onSave(b)} disabled={busy}>
            {t.saveElsewhere}
          </Button>
          <Button size="small" danger icon={<RollbackOutlined />} onClick={() => onRestore(b)} disabled={busy || b.state === 'damaged'}>
            {t.restore}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Table<BackupEntry>
      rowKey="name"
      size="middle"
      columns={columns}
      dataSource={backups}
      pagination={false}
      locale={{ emptyText: t.empty }}
      onRow={(b) => ({ 'data-testid': 'backup-row', 'data-name': b.name }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
