import { Drawer, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router';
import type { InputOf, PeriodListItem } from '../../../../shared/contract';
import { formatDate } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { useRead } from '../../api/queries';
import { ClassTag } from '../ClassTag';
import { LoadError } from '../LoadError';
import { ExportButton } from '../exports/ExportButton';

const nk = messages.naikKelas;

type Query = InputOf<'progress:reportList'>;

const columns = (outcome: Query['outcome']): NonNullable<TableProps<PeriodListItem>['columns']> => [
  {
    title: nk.colBusiness,
    dataIndex: 'businessName',
    key: 'businessName',
    ellipsis: true,
    render: (v: string, u) => <Link to={`/umkm/${u.id}`}>{v}</Link>,
  },
  { title: nk.colOwner, dataIndex: 'ownerName', key: 'ownerName', width: 150, ellipsis: true },
  {
    title: messages.fields.kecamatan,
    dataIndex: 'kecamatanName',
    key: 'kecamatan',
    width: 120,
    ellipsis: true,
    render: (v: string) => v.replace('Balikpapan ', 'Bpp '),
  },
  { title: messages.fields.sector, dataIndex: 'sector', key: 'sector', width: 120, ellipsis: true, render: (v: PeriodListItem['sector']) => messages.enums.sector[v] },
  ...(outcome === 'naik' || outcome === 'turun'
    ? [
        {
          title: nk.colChange,
          key: 'change',
          width: 170,
          render: (_: unknown, u: PeriodListItem) =>
            u.fromClass && u.toClass ? (
              <Space size={4} data-testid="list-change">
                <ClassTag value={u.fromClass} />
                {nk.arrow}
                <ClassTag value={u.toClass} />
              </Space>
            ) : (
              messages.pc.none
            ),
        },
      ]
    : []),
  ...(outcome === 'tetap'
    ? [{ title: nk.colClassInPeriod, key: 'toClass', width: 120, render: (_: unknown, u: PeriodListItem) => (u.toClass ? <ClassTag value={u.toClass} /> : messages.pc.none) }]
    : []),
  { title: nk.colClass, dataIndex: 'class', key: 'class', width: 110, render: (v: PeriodListItem['class'], u: PeriodListItem) => <ClassTag value={v} basis={u.classBasis} /> },
  {
    title: nk.colLastRecord,
    dataIndex: 'lastRecordDate',
    key: 'lastRecordDate',
    width: 105,
    render: (v: string | null) => (v ? formatDate(v) : <Typography.Text type="warning">{nk.neverRecorded}</Typography.Text>),
  },
];

/** The UMKM behind one figure of the report, paged on the server, each linked to its page. */
export function PeriodListTable({
  query,
  onPage,
  testId,
}: {
  query: Query;
  onPage: (page: number, pageSize: number) => void;
  testId?: string;
}) {
  const list = useRead('progress:reportList', query);
  return (
    <div data-testid={testId}>
      {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<PeriodListItem>
        rowKey="id"
        size="small"
        columns={columns(query.outcome)}
        dataSource={list.data?.items ?? []}
        loading={list.isPending || (list.isFetching && list.isPlaceholderData)}
        locale={{ emptyText: nk.listEmpty }}
        scroll={{ x: 1000 }}
        onChange={(p) => onPage(p.current ?? 1, p.pageSize ?? query.pageSize ?? 20)}
        pagination={{
          current: query.page ?? 1,
          pageSize: query.pageSize ?? 20,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (t, [a, b]) => fill(messages.pc.pageRange, { from: a, to: b, total: t.toLocaleString('id-ID') }),
        }}
      />
    </div>
  );
}

/** The list behind a clicked figure, in a drawer over the report. */
export function PeriodListDrawer({
  title,
  scope,
  query,
  onPage,
  onClose,
}: {
  title: string;
  scope: string;
  query: Query;
  onPage: (page: number) => void;
  onClose: () => void;
}) {
  const list = useRead('progress:reportList', query);
  return (
    <Drawer
      open
      size={1060}
      title={
        <div data-testid="period-list-title">
          {title}
          {list.data ? (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginLeft: 8 }}>
              ({fill(nk.listTotal, { n: list.data.total.toLocaleString('id-ID') })})
            </Typography.Text>
          ) : null}
        </div>
      }
      onClose={onClose}
      extra={<ExportButton input={{ list: 'progress', query }} />}
      closable={{ 'aria-label': nk.close }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{scope}</Typography.Paragraph>
      <PeriodListTable query={query} onPage={(p) => onPage(p)} testId="period-list" />
    </Drawer>
  );
}
