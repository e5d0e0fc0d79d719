import { Button, Card, Checkbox, Flex, Table, Tag, Typography } from 'antd';
import { ScheduleOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { InputOf, MonevDueItem } from '../../../shared/contract';
import { kecamatanName } from '../../../shared/domain/regions';
import { formatDate } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { useRead } from '../api/queries';
import { MitraSelect } from '../components/EntitySelects';
import { FilterSelect } from '../components/FilterSelect';
import { LoadError } from '../components/LoadError';
import { kecamatanOptions } from '../components/options';
import { PageHeader } from '../components/PageHeader';
import { useCan } from '../hooks/useCan';
import { useUrlParams } from '../hooks/useUrlParams';

const p = messages.monevPages;
const f = messages.monevFields;
const FILTER_KEYS = ['mitra', 'kecamatan', 'late'] as const;

/** "Terlambat 12 hari" in red, "5 hari lagi" in amber, "Hari ini". */
export function DueTag({ daysLate }: { daysLate: number }) {
  if (daysLate > 0) return <Tag color="red">{fill(p.overdueDays, { n: daysLate })}</Tag>;
  if (daysLate === 0) return <Tag color="orange">{p.dueToday}</Tag>;
  return <Tag color="gold">{fill(p.dueInDays, { n: -daysLate })}</Tag>;
}

/**
 * "Monev jatuh tempo": the active agreements whose review is past or within 14 days, the longest
 * overdue first, filtered by partner and kecamatan (kept in the URL). Each opens its agreement,
 * where the visit is recorded.
 */
export function MonevDuePage() {
  const url = useUrlParams();
  const { get, update } = url;
  const navigate = useNavigate();
  const canRecord = useCan('monev:create');
  const query: InputOf<'monev:due'> = {
    mitraId: url.id('mitra'),
    kecamatan: get('kecamatan'),
    overdueOnly: get('late') === '1' ? true : undefined,
    page: url.page,
    pageSize: url.pageSize,
  };
  const due = useRead('monev:due', query);
  const hasFilters = FILTER_KEYS.some((k) => get(k));
  return (
    <>
      <PageHeader
        title={p.dueTitle}
        sub={due.data ? `${fill(p.dueCount, { n: due.data.total.toLocaleString('id-ID') })} · ${fill(p.overdueCount, { n: due.data.overdue.toLocaleString('id-ID') })}` : messages.common.loading}
      />
      <Card>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {p.dueSub} {p.dueRule}
        </Typography.Paragraph>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <MitraSelect placeholder={p.allPartners} value={url.id('mitra')} onChange={(v) => update({ mitra: v })} style={{ width: 260 }} />
          <FilterSelect placeholder={p.allKecamatan} width={200} options={kecamatanOptions} value={get('kecamatan')} onChange={(v) => update({ kecamatan: v })} />
          <Checkbox checked={query.overdueOnly === true} onChange={(e) => update({ late: e.target.checked ? '1' : undefined })}>
            {p.overdueOnly}
          </Checkbox>
          {hasFilters ? <Button onClick={() => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])))}>{messages.pc.resetFilters}</Button> : null}
        </Flex>
        {due.error ? <LoadError error={due.error} onRetry={() => void due.refetch()} /> : null}
        <Table<MonevDueItem>
          data-testid="monev-due"
          size="middle"
          rowKey="kemitraanId"
          loading={due.isPending || (due.isFetching && due.isPlaceholderData)}
          dataSource={due.data?.items ?? []}
          onChange={(pg) => update(url.pageChange(pg))}
          pagination={url.pagination(due.data?.total ?? 0)}
          locale={{ emptyText: p.dueEmpty }}
          columns={[
            {
              title: f.nextReview,
              key: 'next',
              width: 150,
              render: (_: unknown, d) => (
                <Flex vertical gap={2}>
                  <span>{formatDate(d.nextReview)}</span>
                  <span>
                    <DueTag daysLate={d.daysLate} />
                  </span>
                </Flex>
              ),
            },
            {
              title: f.kemitraanId,
              key: 'agreement',
              render: (_: unknown, d) => (
                <Flex vertical gap={2}>
                  <Link to={`/kemitraan/${d.kemitraanId}`}>{d.number}</Link>
                  <Link to={`/mitra/${d.mitraId}`} style={{ color: 'inherit' }}>
                    {d.partnerName}
                  </Link>
                </Flex>
              ),
            },
            {
              title: f.party,
              key: 'party',
              render: (_: unknown, d) => (
                <Flex vertical gap={2}>
                  {d.umkmId ? <Link to={`/umkm/${d.umkmId}`}>{d.partyName}</Link> : d.komunitasId ? <Link to={`/komunitas/${d.komunitasId}`}>{d.partyName}</Link> : (d.partyName ?? '—')}
                  <Typography.Text type="secondary">{d.kecamatan ? kecamatanName(d.kecamatan) : '—'}</Typography.Text>
                </Flex>
              ),
            },
            {
              title: f.lastVisit,
              key: 'last',
              width: 150,
              render: (_: unknown, d) => (
                <Flex vertical gap={2}>
                  {d.lastVisit ? <span>{formatDate(d.lastVisit)}</span> : <Typography.Text type="secondary">{p.never}</Typography.Text>}
                  <Typography.Text type="secondary">{messages.monevEnums.reviewMonths[d.reviewMonths]}</Typography.Text>
                </Flex>
              ),
            },
            ...(canRecord
              ? [
                  {
                    title: '',
                    key: 'record',
                    width: 150,
                    render: (_: unknown, d: MonevDueItem) => (
                      <Button size="small" icon={<ScheduleOutlined />} onClick={() => navigate(`/kemitraan/${d.kemitraanId}?catat=1`)}>
                        {p.record}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
