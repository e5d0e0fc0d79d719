import { Button, Empty, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { Link } from 'react-router';
import type { Kemitraan } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { formatDate } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/rupiah';
import { useCan } from '../hooks/useCan';
import { namesKomunitas } from '../../../shared/format/names';
import { DueForReviewTag, KemitraanStatusTag } from './KemitraanStatusTag';

const kf = messages.kemitraanFields;
const ap = messages.agreementPages;

export function periodText(k: Pick<Kemitraan, 'startDate' | 'endDate'>): string {
  return fill(ap.periodFrom, { start: formatDate(k.startDate), end: k.endDate ? formatDate(k.endDate) : ap.noEnd });
}

/** The agreement's other party: a UMKM or a whole community, linked to its page. */
export function PartyLink({ k }: { k: Pick<Kemitraan, 'umkmId' | 'umkmName' | 'komunitasId' | 'komunitasName'> }) {
  if (k.umkmId) return <Link to={`/umkm/${k.umkmId}`}>{k.umkmName}</Link>;
  if (k.komunitasId) {
    // The kind before the name, unless the name already says it ("Komunitas UMKM Sepinggan").
    const name = k.komunitasName ?? '';
    return (
      <>
        {namesKomunitas(name) ? null : (
          <>
            <Typography.Text type="secondary" style={{ fontSize: 'inherit' }}>
              {messages.kemitraanEntity.komunitas}
            </Typography.Text>{' '}
          </>
        )}
        <Link to={`/komunitas/${k.komunitasId}`}>{name}</Link>
      </>
    );
  }
  return <>{messages.pc.none}</>;
}

type Column = 'partner' | 'party';

/**
 * What an empty table says: that a filter hides every row, or that there are none yet (with the
 * way to add the first one, for a role that may add).
 */
function EmptyText({ filtered, empty, addTo }: { filtered: boolean; empty?: string; addTo?: string }) {
  const canAdd = useCan('kemitraan:create');
  if (filtered) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={ap.noMatch} />;
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty ?? ap.empty}>
      {canAdd && addTo ? (
        <Link to={addTo}>
          <Button type="primary" icon={<PlusOutlined />}>
            {ap.add}
          </Button>
        </Link>
      ) : null}
    </Empty>
  );
}

/**
 * Agreements as rows; pages that are about one partner or one UMKM hide that column. `filtered`:
 * the list is narrowed by the clerk's filters (an empty table then says nothing matched); `addTo`:
 * where the empty table's add button goes (none: no button).
 */
export function KemitraanTable({
  items,
  loading,
  hide = [],
  pagination = false,
  onChange,
  empty,
  filtered = false,
  addTo,
}: {
  items: Kemitraan[];
  loading?: boolean;
  hide?: Column[];
  pagination?: TableProps<Kemitraan>['pagination'];
  onChange?: TableProps<Kemitraan>['onChange'];
  empty?: string;
  filtered?: boolean;
  addTo?: string;
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
          {k.finishedAt ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid="finished-at">
              {fill(ap.finishedOn, { date: formatDate(k.finishedAt) })}
            </Typography.Text>
          ) : null}
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
      locale={{ emptyText: loading ? ' ' : <EmptyText filtered={filtered} empty={empty} addTo={addTo} /> }}
      scroll={{ x: 960 }}
    />
  );
}
