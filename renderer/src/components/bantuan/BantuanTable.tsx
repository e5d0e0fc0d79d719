import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Bantuan } from '../../../../shared/contract';
import { formatDate } from '../../../../shared/format/date';
import { formatRupiah } from '../../../../shared/format/rupiah';
import { fill, messages } from '../../../../shared/i18n';
import { Can } from '../auth/Can';

const f = messages.bantuanFields;
const bp = messages.bantuanPages;

/** Assistance rows, on the list page (with the UMKM) and the UMKM's tab (without). */
export function BantuanTable({
  rows,
  loading,
  withUmkm,
  onEdit,
  pagination,
  onChange,
}: {
  rows: Bantuan[];
  loading: boolean;
  withUmkm: boolean;
  onEdit: (b: Bantuan) => void;
  pagination?: TableProps<Bantuan>['pagination'];
  onChange?: TableProps<Bantuan>['onChange'];
}) {
  const columns: TableProps<Bantuan>['columns'] = [
    ...(withUmkm
      ? [
          {
            title: f.umkm,
            key: 'umkm',
            render: (_: unknown, b: Bantuan) => (
              <>
                <Link to={`/umkm/${b.umkmId}`}>{b.umkmName}</Link>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {b.kecamatanName}
                </Typography.Text>
              </>
            ),
          },
        ]
      : []),
    {
      title: f.item,
      key: 'item',
      render: (_: unknown, b: Bantuan) => (
        <>
          {b.item}{' '}
          {b.confirmedWarnings.length ? (
            <Tooltip title={fill(bp.confirmedTag, { warnings: b.confirmedWarnings.map((c) => messages.bantuanWarning.short[c]).join(', ') })}>
              <WarningOutlined style={{ color: '#d48806' }} aria-label={fill(bp.confirmedTag, { warnings: b.confirmedWarnings.map((c) => messages.bantuanWarning.short[c]).join(', ') })} />
            </Tooltip>
          ) : null}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {messages.bantuanKind[b.kind]}
            {b.programme ? ` · ${b.programme}` : ''}
          </Typography.Text>
        </>
      ),
    },
    { title: f.fundSource, dataIndex: 'fundSource', key: 'fundSource', width: 130, render: (v: Bantuan['fundSource']) => <Tag>{messages.fundSource[v]}</Tag> },
    { title: f.year, dataIndex: 'year', key: 'year', width: 90 },
    {
      title: f.handedAt,
      key: 'handedAt',
      width: 150,
      render: (_: unknown, b: Bantuan) =>
        b.handedAt ? (
          <>
            {formatDate(b.handedAt)}
            {b.handoverNumber ? (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {b.handoverNumber}
              </Typography.Text>
            ) : null}
          </>
        ) : (
          <Typography.Text type="secondary">{bp.notHanded}</Typography.Text>
        ),
    },
    { title: f.value, dataIndex: 'value', key: 'value', width: 130, align: 'right', render: (v: number | null) => <span style={{ whiteSpace: 'nowrap' }}>{formatRupiah(v)}</span> },
    {
      title: messages.pc.actions,
      key: 'actions',
      width: 80,
      render: (_: unknown, b: Bantuan) => (
        <Can channel="bantuan:update">
          <Button size="small" onClick={() => onEdit(b)} aria-label={`${messages.pc.edit} ${b.item}`}>
            {messages.pc.edit}
          </Button>
        </Can>
      ),
    },
  ];
  return (
    <Table<Bantuan>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      locale={{ emptyText: withUmkm ? bp.empty : bp.tabEmpty }}
      pagination={pagination ?? false}
      onChange={onChange}
      scroll={{ x: withUmkm ? 840 : 680 }}
      data-testid="bantuan-table"
    />
  );
}
