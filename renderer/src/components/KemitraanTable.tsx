import { Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router';
import type { Kemitraan } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { formatDate } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/rupiah';
import { DueForReviewTag, KemitraanStatusTag } from './KemitraanStatusTag';

const kf = messages.kemitraanFields;
const ap = messages.agreementPages;

export function periodText(k: Pick<Kemitraan, 'startDate' | 'endDate'>): string {
  return fill(ap.periodFrom, { start: formatDate(k.startDate), end: k.endDate ? formatDate(k.endDate) : ap.noEnd });
}

/** The agreement's other party: a UMKM or a whole community, linked to its page. */
export function PartyLink({ k }: { k: Pick<Kemitraan, 'umkmId' | 'umkmName' | 'komunitasId' | 'komunitasName'> }) {
  if (k.umkmId) return <Link to={`/umkm/${k.umkmId}`}>{k.umkmName}</Link>;
  if (k.komunitasId)
    return (
      <>
        <Typography.Text type="secondary" style={{ fontSize: 'inherit' }}>
          {messages.kemitraanEntity.komunitas}
        </Typography.Text>{' '}
        <Link to={`/komunitas/${k.komunitasId}`}>{k.komunitasName}</Link>
      </>
    );
  return <>{messages.pc.none}</>;
}

type Column = 'partner' | 'party';

/** Agreements as rows; pages that are about one partner or one UMKM hide that column. */
export function KemitraanTable({
  items,
  loading,
  hide = [],
  pagination = false,
  onChange,
  empty,
}: {
  items: Kemitraan[];
  loading?: boolean;
  hide?: Column[];
  pagination?: TableProps<Kemitraan>['pagination'];
  onChange?: TableProps<Kemitraan>['onChange'];
  empty?: string;
}) {
  const columns: NonNullable<TableProps<Kemitraan>['columns']> = [
    { title: kf.number, dataIndex: 'number', key: 'number', width: 140, render: (v: string, k) => <Link to={`/kemitraan/${k.id}`}>{v}</Link> },
    {
      title: hide.includes('partner') ? ap.party : hide.includes('party') ? kf.mitraId : ap.parties,
      key: 'parties',
      render: (_: unknown, k: Kemitraan) => (
        <>
          {hide.includes('partner') ? null : (
            <div>
              <Link to={`/mitra/${k.mitraId}`}>{k.partnerName}</Link>
            </div>
          )}
          {hide.includes('party') ? null : (
            <div style={hide.includes('partner') ? undefined : { fontSize: 12 }}>
              <PartyLink k={k} />
            </div>
          )}
        </>
      ),
    },
    { title: kf.pattern, dataIndex: 'pattern', key: 'pattern', width: 160, render: (v: Kemitraan['pattern']) => messages.kemitraanEnums.pattern[v] },
    { title: ap.period, key: 'period', width: 190, render: (_: unknown, k) => <span style={{ whiteSpace: 'nowrap' }}>{periodText(k)}</span> },
    {
      title: kf.totalValue,
      dataIndex: 'totalValue',
      key: 'totalValue',
      align: 'right',
      width: 140,
      render: (v: number) => <span style={{ whiteSpace: 'nowrap' }}>{formatRupiah(v)}</span>,
    },
    {
      title: kf.status,
      dataIndex: 'status',
      key: 'status',
      width: 130,
      render: (v: Kemitraan['status'], k) => (
        <Space size={[0, 4]} wrap>
          <KemitraanStatusTag status={v} />
          {k.dueForReview ? <DueForReviewTag /> : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<Kemitraan>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      onChange={onChange}
      locale={{ emptyText: empty ?? ap.empty }}
      scroll={{ x: 960 }}
    />
  );
}
