import { Button, Card, Checkbox, DatePicker, Flex } from 'antd';
import dayjs from 'dayjs';
import type { InputOf } from '../../../shared/contract';
import { KEMITRAAN_STATUS, PARTNERSHIP_PATTERNS, SUPPORT_KINDS } from '../../../shared/domain/partnership';
import { fill, messages } from '../../../shared/i18n';
import { useRead } from '../api/queries';
import { MitraSelect } from '../components/EntitySelects';
import { DATE_FORMAT } from '../components/IsoDatePicker';
import { KemitraanTable } from '../components/KemitraanTable';
import { FilterSelect } from '../components/FilterSelect';
import { LoadError } from '../components/LoadError';
import { ListHeader } from '../components/ListHeader';
import { kecamatanOptions } from '../components/options';
import { kemitraanStatusOptions, patternOptions, supportOptions } from '../components/partnershipOptions';
import { useUrlParams } from '../hooks/useUrlParams';

const ap = messages.agreementPages;
const FILTER_KEYS = ['status', 'mitra', 'pattern', 'support', 'kecamatan', 'from', 'to', 'review'] as const;

/** Filters, page and size live in the URL, so Back returns to the same view. */
export function KemitraanListPage() {
  const url = useUrlParams();
  const { get, update } = url;
  const mitra = url.id('mitra');
  const [from, to] = [url.date('from'), url.date('to')];
  const query: InputOf<'kemitraan:list'> = {
    status: url.oneOf('status', KEMITRAAN_STATUS),
    mitraId: mitra,
    pattern: url.oneOf('pattern', PARTNERSHIP_PATTERNS),
    supportKind: url.oneOf('support', SUPPORT_KINDS),
    kecamatan: get('kecamatan'),
    from,
    to,
    dueForReview: get('review') === '1' ? true : undefined,
    page: url.page,
    pageSize: url.pageSize,
  };
  const list = useRead('kemitraan:list', query);
  const filter = (key: string, placeholder: string, options: Array<{ value: string; label: string }>, width: number) => (
    <FilterSelect placeholder={placeholder} width={width} options={options} value={get(key)} onChange={(v) => update({ [key]: v })} />
  );
  const hasFilters = FILTER_KEYS.some((k) => get(k));
  // An empty filtered list: say "nothing matches" only if agreements exist that the filters hide.
  const unfiltered = useRead('kemitraan:list', { page: 1, pageSize: 1 }, { enabled: hasFilters && list.data?.total === 0 });
  const filtersHideRows = hasFilters && (unfiltered.data?.total ?? 1) > 0;
  return (
    <>
      <ListHeader
        entity="kemitraan"
        title={ap.listTitle}
        sub={list.data ? fill(ap.total, { n: list.data.total.toLocaleString('id-ID') }) : messages.common.loading}
        addLabel={ap.add}
        exportInput={{ list: 'kemitraan', query }}
      />
      <Card>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          {filter('status', ap.filterStatus, kemitraanStatusOptions, 150)}
          <MitraSelect placeholder={ap.filterPartner} value={mitra} onChange={(v) => update({ mitra: v })} style={{ width: 230 }} />
          {filter('pattern', ap.filterPattern, patternOptions, 200)}
          {filter('support', ap.filterSupport, supportOptions, 210)}
          {filter('kecamatan', ap.filterKecamatan, kecamatanOptions, 190)}
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            aria-label={ap.rangeStart}
            placeholder={[ap.rangeStart, ap.rangeEnd]}
            allowEmpty={[true, true]}
            value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
            onChange={(r) => update({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
            style={{ width: 260 }}
          />
          <Checkbox checked={query.dueForReview === true} onChange={(e) => update({ review: e.target.checked ? '1' : undefined })}>
            {ap.dueOnly}
          </Checkbox>
          {hasFilters ? <Button onClick={() => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])))}>{messages.pc.resetFilters}</Button> : null}
        </Flex>
        {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <KemitraanTable
          items={list.data?.items ?? []}
          loading={list.isPending || (list.isFetching && list.isPlaceholderData)}
          onChange={(p) => update(url.pageChange(p))}
          pagination={url.pagination(list.data?.total ?? 0)}
          filtered={filtersHideRows}
          addTo="/kemitraan/baru"
        />
      </Card>
    </>
  );
}
