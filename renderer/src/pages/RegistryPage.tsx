import { useMemo } from 'react';
import { Button, Card, Flex, Input, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link, useNavigate } from 'react-router';
import { UMKM_SORT_FIELDS, type InputOf, type UmkmListItem, type UmkmSortField } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { formatRupiah } from '../../../shared/format/rupiah';
import { useRead } from '../api/queries';
import { ClassTag } from '../components/ClassTag';
import { FilterSelect } from '../components/FilterSelect';
import { LoadError } from '../components/LoadError';
import { ListHeader } from '../components/ListHeader';
import { classOptions, kecamatanOptions, kelurahanOptions, sectorOptions, statusOptions } from '../components/options';
import { useUrlParams } from '../hooks/useUrlParams';
import { useUrlSearch } from '../hooks/useUrlSearch';

const r = messages.registry;
const f = messages.fields;
const FILTERS = ['kecamatan', 'kelurahan', 'sector', 'class', 'status'] as const;

/** Filters, search, sort and page live in the URL, so Back returns to the same view. */
export function RegistryPage() {
  const navigate = useNavigate();
  const url = useUrlParams();
  const { update } = url;
  const query: InputOf<'umkm:list'> = {
    search: url.get('q'),
    ...Object.fromEntries(FILTERS.map((k) => [k, url.get(k)])),
    sort: url.oneOf('sort', UMKM_SORT_FIELDS) ?? 'businessName',
    order: url.get('order') === 'desc' ? 'desc' : 'asc',
    page: url.page,
    pageSize: url.pageSize,
  };
  const [searchText, setSearchText] = useUrlSearch();
  const list = useRead('umkm:list', query);

  const columns = useMemo<TableProps<UmkmListItem>['columns']>(() => {
    const sorted = (key: UmkmSortField) => (query.sort === key ? (query.order === 'desc' ? 'descend' : 'ascend') : null);
    return [
      {
        title: f.businessName,
        dataIndex: 'businessName',
        key: 'businessName',
        sorter: true,
        sortOrder: sorted('businessName'),
        width: 210,
        ellipsis: true,
        render: (v: string, u) => (
          <>
            <Link to={`/umkm/${u.id}`}>{v}</Link>
            {u.status === 'tidak_aktif' ? <Tag style={{ marginLeft: 6 }}>{messages.enums.status.tidak_aktif}</Tag> : null}
          </>
        ),
      },
      { title: f.ownerName, dataIndex: 'ownerName', key: 'ownerName', sorter: true, sortOrder: sorted('ownerName'), width: 160, ellipsis: true },
      { title: 'NIK', dataIndex: 'nik', key: 'nik', width: 150, render: (v: string) => <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{v}</span> },
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
            <Typography.Text type="secondary"> · {u.kelurahanName}</Typography.Text>
          </>
        ),
      },
      { title: f.sector, dataIndex: 'sector', key: 'sector', width: 110, ellipsis: true, render: (v: UmkmListItem['sector']) => messages.enums.sector[v] },
      { title: f.class, dataIndex: 'class', key: 'class', sorter: true, sortOrder: sorted('class'), width: 90, render: (v: UmkmListItem['class'], u) => <ClassTag value={v} basis={u.classBasis} /> },
      { title: f.annualSales, dataIndex: 'annualSales', key: 'annualSales', align: 'right', sorter: true, sortOrder: sorted('annualSales'), width: 140, render: (v: number | null) => <span style={{ whiteSpace: 'nowrap' }}>{formatRupiah(v)}</span> },
    ];
  }, [query.sort, query.order]);

  const onTableChange: TableProps<UmkmListItem>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const sortKey = s?.order ? String(s.columnKey) : undefined;
    const pageChanged = pagination.current !== query.page || pagination.pageSize !== query.pageSize;
    // A new sort starts again at page 1.
    update({ sort: sortKey, order: s?.order === 'descend' ? 'desc' : undefined, ...url.pageChange({ ...pagination, current: pageChanged ? pagination.current : 1 }) });
  };

  const filterSelect = (key: (typeof FILTERS)[number], placeholder: string, options: Array<{ value: string; label: string }>, width = 190) => (
    <FilterSelect placeholder={placeholder} width={width} options={options} value={query[key] ?? undefined} onChange={(v) => update(key === 'kecamatan' ? { kecamatan: v, kelurahan: undefined } : { [key]: v })} />
  );
  const hasFilters = Boolean(query.search) || FILTERS.some((k) => query[k]);

  return (
    <>
      <ListHeader
        entity="umkm"
        title={r.title}
        sub={list.data ? fill(r.total, { n: list.data.total.toLocaleString('id-ID') }) : messages.common.loading}
        addLabel={messages.nav.addUmkm}
        exportInput={{ list: 'umkm', query }}
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            autoFocus
            aria-label={r.searchPlaceholder}
            placeholder={r.searchPlaceholder}
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            style={{ width: 340 }}
          />
          {filterSelect('kecamatan', r.filterKecamatan, kecamatanOptions)}
          {filterSelect('kelurahan', r.filterKelurahan, kelurahanOptions(query.kecamatan), 200)}
          {filterSelect('sector', r.filterSector, sectorOptions)}
          {filterSelect('class', r.filterClass, classOptions, 150)}
          {filterSelect('status', r.filterStatus, statusOptions, 150)}
          {hasFilters ? (
            <Button
              onClick={() => {
                setSearchText('');
                update({ q: undefined, kecamatan: undefined, kelurahan: undefined, sector: undefined, class: undefined, status: undefined });
              }}
            >
              {r.resetFilters}
            </Button>
          ) : null}
        </Flex>
        {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<UmkmListItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isPending || (list.isFetching && list.isPlaceholderData)}
          locale={{ emptyText: r.empty }}
          onChange={onTableChange}
          onRow={(u) => ({ onDoubleClick: () => navigate(`/umkm/${u.id}`) })}
          pagination={url.pagination(list.data?.total ?? 0)}
          scroll={{ x: 1020, y: 'calc(100vh - 330px)' }}
          virtual={(query.pageSize ?? 50) > 50}
        />
      </Card>
    </>
  );
}
