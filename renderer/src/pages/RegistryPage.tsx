import { useEffect, useMemo, useState } from 'react';
import { Button, Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { UMKM_SORT_FIELDS, type InputOf, type UmkmListItem, type UmkmSortField } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { formatRupiah } from '../../../shared/format/rupiah';
import { useUmkmList } from '../api/queries';
import { ClassTag } from '../components/ClassTag';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { classOptions, kecamatanOptions, kelurahanOptions, sectorOptions, statusOptions } from '../components/options';
import { useDebounced } from '../hooks/useDebounced';
import { ExportButton } from '../components/exports/ExportButton';
import { Can } from '../components/auth/Can';

const r = messages.registry;
const f = messages.fields;
const FILTERS = ['kecamatan', 'kelurahan', 'sector', 'class', 'status'] as const;

/** Filters, search, sort and page live in the URL, so Back returns to the same view. */
function useListQuery() {
  const [params, setParams] = useSearchParams();
  const query: InputOf<'umkm:list'> = {
    search: params.get('q') || undefined,
    ...Object.fromEntries(FILTERS.map((k) => [k, params.get(k) || undefined])),
    sort: (UMKM_SORT_FIELDS as readonly string[]).includes(params.get('sort') ?? '') ? (params.get('sort') as UmkmSortField) : 'businessName',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: [50, 100, 200].includes(Number(params.get('size'))) ? Number(params.get('size')) : 50,
  };
  const update = (changes: Record<string, string | number | undefined>, resetPage = true) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (resetPage && !('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };
  return { query, update };
}

export function RegistryPage() {
  const navigate = useNavigate();
  const { query, update } = useListQuery();
  const [searchText, setSearchText] = useState(query.search ?? '');
  const debounced = useDebounced(searchText, 200);
  useEffect(() => {
    if ((query.search ?? '') !== debounced.trim()) update({ q: debounced.trim() || undefined });
    // Only the debounced text drives the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const list = useUmkmList(query);

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
    update(
      {
        sort: sortKey,
        order: s?.order === 'descend' ? 'desc' : undefined,
        page: pageChanged && pagination.current && pagination.current > 1 ? pagination.current : undefined,
        size: pagination.pageSize && pagination.pageSize !== 50 ? pagination.pageSize : undefined,
      },
      !pageChanged,
    );
  };

  const filterSelect = (key: (typeof FILTERS)[number], placeholder: string, options: Array<{ value: string; label: string }>, width = 190) => (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      aria-label={placeholder}
      placeholder={placeholder}
      style={{ width }}
      value={query[key] ?? undefined}
      options={options}
      onChange={(v: string | undefined) => update(key === 'kecamatan' ? { kecamatan: v, kelurahan: undefined } : { [key]: v })}
    />
  );
  const hasFilters = Boolean(query.search) || FILTERS.some((k) => query[k]);

  return (
    <>
      <PageHeader
        title={r.title}
        sub={list.data ? fill(r.total, { n: list.data.total.toLocaleString('id-ID') }) : messages.common.loading}
        extra={
          <Flex gap={8}>
            <ExportButton input={{ list: 'umkm', query }} />
            <Can channel="umkm:create">
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/umkm/baru')}>
                {messages.nav.addUmkm}
              </Button>
            </Can>
          </Flex>
        }
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
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [50, 100, 200],
            showTotal: (t, [a, b]) => `${a}-${b} / ${t.toLocaleString('id-ID')}`,
          }}
          scroll={{ x: 1020, y: 'calc(100vh - 330px)' }}
          virtual={(query.pageSize ?? 50) > 50}
        />
      </Card>
    </>
  );
}
