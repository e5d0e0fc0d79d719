import { memo, useMemo } from 'react';
import { Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { Link, useNavigate } from 'react-router';
import { SEARCH_COUNT_LIMIT, type UmkmListItem, type UmkmPage, type UmkmSortField } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { formatRupiah, groupThousands } from '../../../shared/format/rupiah';
import { pageChange, tablePagination } from '../hooks/useUrlParams';
import { useRowsOnScreenFirst } from '../hooks/useRowsOnScreenFirst';
import { ClassTag } from './ClassTag';

const r = messages.registry;
const f = messages.fields;
// antd's secondary text colour on a plain span: a Typography component on each of 50 rows made
// every drawing of the table slower.
const SECONDARY = { color: 'var(--ant-color-text-description)' };
/** The page's height above and below the table's body: the body scrolls in the rest. */
const AROUND_BODY_PX = 330;

const NO_ROWS: UmkmListItem[] = [];

type UrlUpdate = (changes: Record<string, string | number | undefined>) => void;

/**
 * The total as a clerk reads it: exact, or for a search with many matches (counted only to
 * SEARCH_COUNT_LIMIT) "lebih dari 1.000 UMKM", or with filters "sedikitnya 300 UMKM". `short`:
 * the pager's form, without the noun.
 */
export function registryTotal(data: Pick<UmkmPage, 'total' | 'totalAtLeast'>, short = false): string {
  // By hand, not toLocaleString: a page's first Intl call loads ICU's locale data, some 20 ms
  // before the registry's first rows (same dots: 200.000).
  const n = groupThousands;
  if (!data.totalAtLeast) return short ? n(data.total) : fill(r.total, { n: n(data.total) });
  const more = data.total > SEARCH_COUNT_LIMIT;
  const text = more ? (short ? r.pagerMore : r.totalMore) : short ? r.pagerAtLeast : r.totalAtLeast;
  return fill(text, { n: n(more ? SEARCH_COUNT_LIMIT : data.total) });
}

/** For a total that is a lower bound, what the list holds and how to see the rest; else nothing. */
export function registryTotalHint(data: Pick<UmkmPage, 'total' | 'totalAtLeast'>): string | null {
  if (!data.totalAtLeast) return null;
  return data.total > SEARCH_COUNT_LIMIT ? fill(r.totalHintMore, { n: groupThousands(SEARCH_COUNT_LIMIT) }) : r.totalHintSome;
}

/** The pager's total: the count, or for a search past the bound the first SEARCH_COUNT_LIMIT found, which is all it lists. */
const pagerTotal = (data: UmkmPage | undefined): number => (data ? Math.min(data.total, data.totalAtLeast ? SEARCH_COUNT_LIMIT : data.total) : 0);

/**
 * The registry's rows. Memoised on what it shows: a key typed in the search box, or a URL change
 * whose answer has not come yet, does not redraw 50 rows. What identifies a UMKM (name with its
 * status, NIK) stays at the left and its class at the right when the screen is too narrow for
 * every column; the rest scrolls between them.
 */
export const RegistryTable = memo(function RegistryTable({
  data,
  loading,
  sort,
  order,
  page,
  pageSize,
  update,
}: {
  data: UmkmPage | undefined;
  loading: boolean;
  sort: UmkmSortField;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
  /** Merges changes into the URL (stable, see useUrlParams). */
  update: UrlUpdate;
}) {
  const navigate = useNavigate();
  const items = data?.items ?? NO_ROWS;
  const firstRows = useRowsOnScreenFirst(items, window.innerHeight - AROUND_BODY_PX);
  // A virtual table (100 or 200 a page) draws only the rows on screen anyway.
  const virtual = pageSize > 50;
  const columns = useMemo<TableProps<UmkmListItem>['columns']>(() => {
    const sorted = (key: UmkmSortField) => (sort === key ? (order === 'desc' ? 'descend' : 'ascend') : null);
    return [
      {
        title: f.businessName,
        dataIndex: 'businessName',
        key: 'businessName',
        sorter: true,
        sortOrder: sorted('businessName'),
        width: 210,
        ellipsis: true,
        fixed: 'left',
        render: (v: string, u) => (
          <>
            <Link to={`/umkm/${u.id}`}>{v}</Link>
            {u.status === 'tidak_aktif' ? <Tag style={{ marginLeft: 6 }}>{messages.enums.status.tidak_aktif}</Tag> : null}
          </>
        ),
      },
      { title: 'NIK', dataIndex: 'nik', key: 'nik', width: 150, fixed: 'left', render: (v: string) => <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{v}</span> },
      { title: f.ownerName, dataIndex: 'ownerName', key: 'ownerName', sorter: true, sortOrder: sorted('ownerName'), width: 160, ellipsis: true },
      {
        title: f.kecamatan,
        dataIndex: 'kecamatanName',
        key: 'kecamatan',
        sorter: true,
        sortOrder: sorted('kecamatan'),
        width: 170,
        ellipsis: true,
        render: (v: string, u) => (
          <>
            {v.replace('Balikpapan ', 'Bpp ')}
            <span style={SECONDARY}> · {u.kelurahanName}</span>
          </>
        ),
      },
      { title: f.sector, dataIndex: 'sector', key: 'sector', width: 110, ellipsis: true, render: (v: UmkmListItem['sector']) => messages.enums.sector[v] },
      {
        title: f.annualSales,
        dataIndex: 'annualSales',
        key: 'annualSales',
        align: 'right',
        sorter: true,
        sortOrder: sorted('annualSales'),
        width: 140,
        render: (v: number | null) => <span style={{ whiteSpace: 'nowrap' }}>{formatRupiah(v)}</span>,
      },
      {
        title: f.class,
        dataIndex: 'class',
        key: 'class',
        sorter: true,
        sortOrder: sorted('class'),
        width: 100,
        fixed: 'right',
        // The basis as the cell's own title: a tooltip component on each of 50 rows made every redraw slower.
        render: (v: UmkmListItem['class'], u) => (
          <span title={fill(messages.detail.classBy, { basis: messages.enums.classBasis[u.classBasis] })}>
            <ClassTag value={v} />
          </span>
        ),
      },
    ];
  }, [sort, order]);

  const onChange: TableProps<UmkmListItem>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const pageChanged = pagination.current !== page || pagination.pageSize !== pageSize;
    // A new sort starts again at page 1.
    update({
      sort: s?.order ? String(s.columnKey) : undefined,
      order: s?.order === 'descend' ? 'desc' : undefined,
      ...pageChange({ ...pagination, current: pageChanged ? pagination.current : 1 }),
    });
  };

  return (
    <Table<UmkmListItem>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={virtual ? items : firstRows}
      loading={loading}
      locale={{ emptyText: r.empty }}
      onChange={onChange}
      onRow={(u) => ({ onDoubleClick: () => navigate(`/umkm/${u.id}`) })}
      pagination={{
        ...tablePagination(page, pageSize, pagerTotal(data)),
        ...(data?.totalAtLeast ? { showTotal: (_t: number, [a, b]: [number, number]) => fill(messages.pc.pageRange, { from: a, to: b, total: registryTotal(data, true) }) } : {}),
      }}
      scroll={{ x: 1040, y: `calc(100vh - ${AROUND_BODY_PX}px)` }}
      virtual={virtual}
    />
  );
});
