import { Button, Card, Checkbox, DatePicker, Flex, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import type { InputOf } from '../../../shared/contract';
import { KEMITRAAN_STATUS, PARTNERSHIP_PATTERNS, SUPPORT_KINDS } from '../../../shared/domain/partnership';
import { fill, messages } from '../../../shared/i18n';
import { isValidIsoDate } from '../../../shared/format/date';
import { useKemitraanList } from '../api/queries';
import { MitraSelect } from '../components/EntitySelects';
import { DATE_FORMAT } from '../components/IsoDatePicker';
import { KemitraanTable } from '../components/KemitraanTable';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { kecamatanOptions } from '../components/options';
import { kemitraanStatusOptions, patternOptions, supportOptions } from '../components/partnershipOptions';
import { useUrlParams } from '../hooks/useUrlParams';
import { ExportButton } from '../components/exports/ExportButton';
import { Can } from '../components/auth/Can';

const ap = messages.agreementPages;
const FILTER_KEYS = ['status', 'partner', 'pattern', 'support', 'kecamatan', 'from', 'to', 'review'] as const;
const oneOf = <T extends string>(list: readonly T[], v: string | undefined) => ((list as readonly string[]).includes(v ?? '') ? (v as T) : undefined);
const dateParam = (v: string | undefined) => (v && isValidIsoDate(v) ? v : undefined);

/** Filters, page and size live in the URL, so Back returns to the same view. */
export function KemitraanListPage() {
  const navigate = useNavigate();
  const { get, update, page, pageSize } = useUrlParams();
  const partner = Number(get('partner')) || undefined;
  const [from, to] = [dateParam(get('from')), dateParam(get('to'))];
  const query: InputOf<'kemitraan:list'> = {
    status: oneOf(KEMITRAAN_STATUS, get('status')),
    partnerId: partner,
    pattern: oneOf(PARTNERSHIP_PATTERNS, get('pattern')),
    supportKind: oneOf(SUPPORT_KINDS, get('support')),
    kecamatan: get('kecamatan'),
    from,
    to,
    dueForReview: get('review') === '1' ? true : undefined,
    page,
    pageSize,
  };
  const list = useKemitraanList(query);
  const filter = (key: string, placeholder: string, options: Array<{ value: string; label: string }>, width: number) => (
    <Select allowClear showSearch={{ optionFilterProp: 'label' }} aria-label={placeholder} placeholder={placeholder} style={{ width }} options={options} value={get(key)} onChange={(v: string | undefined) => update({ [key]: v })} />
  );
  const hasFilters = FILTER_KEYS.some((k) => get(k));
  return (
    <>
      <PageHeader
        title={ap.listTitle}
        sub={list.data ? fill(ap.total, { n: list.data.total.toLocaleString('id-ID') }) : messages.common.loading}
        extra={
          <Flex gap={8}>
            <ExportButton input={{ list: 'kemitraan', query }} />
            <Can channel="kemitraan:create">
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/kemitraan/baru')}>
                {ap.add}
              </Button>
            </Can>
          </Flex>
        }
      />
      <Card>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          {filter('status', ap.filterStatus, kemitraanStatusOptions, 150)}
          <MitraSelect placeholder={ap.filterPartner} value={partner} onChange={(v) => update({ partner: v })} style={{ width: 230 }} />
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
          onChange={(p) => update({ page: p.current && p.current > 1 ? p.current : undefined, size: p.pageSize && p.pageSize !== 50 ? p.pageSize : undefined })}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [50, 100, 200],
            showTotal: (t, [a, b]) => fill(messages.pc.pageRange, { from: a, to: b, total: t.toLocaleString('id-ID') }),
          }}
        />
      </Card>
    </>
  );
}
