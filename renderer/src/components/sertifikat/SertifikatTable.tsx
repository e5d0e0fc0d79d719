import { Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router';
import type { Sertifikat } from '../../../../shared/contract';
import { formatDate } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { GROUP_COLOR } from './sertifikatOptions';

const f = messages.sertifikatFields;
const e = messages.sertifikatEnums;
const sp = messages.sertifikatPages;
const none = messages.pc.none;

export const kindLabel = (s: Pick<Sertifikat, 'kind' | 'kindOther'>) => (s.kind === 'lainnya' && s.kindOther ? s.kindOther : e.kind[s.kind]);

/** Certificates in the queue's columns; the UMKM's own tab leaves its name out. */
export function SertifikatTable({
  rows,
  loading,
  withUmkm,
  onEdit,
  selection,
  pagination,
  onChange,
  extraColumns = [],
}: {
  rows: Sertifikat[];
  loading: boolean;
  withUmkm: boolean;
  onEdit?: (s: Sertifikat) => void;
  selection?: TableProps<Sertifikat>['rowSelection'];
  pagination?: TableProps<Sertifikat>['pagination'];
  onChange?: TableProps<Sertifikat>['onChange'];
  extraColumns?: NonNullable<TableProps<Sertifikat>['columns']>;
}) {
  const columns: NonNullable<TableProps<Sertifikat>['columns']> = [
    ...(withUmkm
      ? [
          {
            title: f.businessName,
            key: 'umkm',
            render: (_: unknown, s: Sertifikat) => (
              <>
                <Link to={`/umkm/${s.umkmId}`}>{s.businessName}</Link>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, whiteSpace: 'nowrap' }}>
                  {s.nik} · {s.kecamatanName}
                </Typography.Text>
              </>
            ),
          },
        ]
      : []),
    {
      title: f.kind,
      key: 'kind',
      width: 170,
      render: (_: unknown, s: Sertifikat) => (
        <>
          {onEdit ? (
            <Typography.Link onClick={() => onEdit(s)} data-testid={`sertifikat-edit-${s.id}`}>
              {kindLabel(s)}
            </Typography.Link>
          ) : (
            kindLabel(s)
          )}
          {s.route ? <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{e.route[s.route]}</Typography.Text> : null}
        </>
      ),
    },
    {
      title: f.status,
      key: 'status',
      width: 150,
      render: (_: unknown, s: Sertifikat) => (
        <>
          <Tag color={GROUP_COLOR[s.group]}>{e.group[s.group]}</Tag>
          {s.ageDays !== null ? <Typography.Text type={s.ageDays > 60 ? 'danger' : 'secondary'} style={{ display: 'block', fontSize: 12 }}>{fill(sp.ageDays, { n: s.ageDays })}</Typography.Text> : null}
        </>
      ),
    },
    { title: f.number, dataIndex: 'number', key: 'number', width: 170, render: (v: string | null) => v ?? none },
    {
      title: sp.datesColumn,
      key: 'dates',
      width: 150,
      render: (_: unknown, s: Sertifikat) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {s.submittedAt ? formatDate(s.submittedAt) : none}
          {s.issuedAt ? <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{formatDate(s.issuedAt)}</Typography.Text> : null}
        </span>
      ),
    },
    { title: f.validUntil, dataIndex: 'validUntil', key: 'validUntil', width: 110, render: (v: string | null, s: Sertifikat) => (v ? formatDate(v) : s.status === 'terbit' ? sp.noExpiry : none) },
    {
      title: f.companion,
      key: 'companion',
      width: 170,
      render: (_: unknown, s: Sertifikat) => (
        <>
          {s.companion ?? none}
          {s.programme ? <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{s.programmeYear ? `${s.programme} ${s.programmeYear}` : s.programme}</Typography.Text> : null}
        </>
      ),
    },
    ...extraColumns,
  ];
  return (
    <Table<Sertifikat>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      locale={{ emptyText: sp.empty }}
      rowSelection={selection}
      pagination={pagination ?? false}
      onChange={onChange}
      scroll={{ x: withUmkm ? 1100 : 900 }}
    />
  );
}
