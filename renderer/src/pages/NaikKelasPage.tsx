import { Button, Card, Col, DatePicker, Flex, Row, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { TRANSITION_KEYS, type InputOf } from '../../../shared/contract';
import { findKecamatan } from '../../../shared/domain/regions';
import { SECTORS, type Sector } from '../../../shared/domain/sectors';
import { formatDate } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { useRead } from '../api/queries';
import { KomunitasSelect } from '../components/EntitySelects';
import { DATE_FORMAT } from '../components/IsoDatePicker';
import { FilterSelect } from '../components/FilterSelect';
import { LoadError } from '../components/LoadError';
import { BreakdownTable } from '../components/naikKelas/BreakdownTable';
import { Figures } from '../components/naikKelas/Figures';
import { InlineList } from '../components/naikKelas/InlineList';
import { count, nk, OUTCOMES, transitionLabel, type ListTarget } from '../components/naikKelas/naikKelasShared';
import { PageHeader } from '../components/PageHeader';
import { kecamatanOptions, sectorOptions } from '../components/options';
import { PeriodListDrawer } from '../components/progress/PeriodList';
import { useUrlParams } from '../hooks/useUrlParams';
import { currentYear, wholeYearOf, yearPeriod, YearShortcuts } from '../components/YearShortcuts';

const FILTER_KEYS = ['from', 'to', 'kecamatan', 'sector', 'komunitas'] as const;
const LIST_KEYS = ['list', 'transition', 'lkecamatan', 'lsector', 'lkomunitas', 'lpage'] as const;
const LIST_PAGE_SIZE = 20;
const ALL_TRANSITIONS: readonly string[] = [...TRANSITION_KEYS.naik, ...TRANSITION_KEYS.turun];

/** The current calendar year on the app's clock, as the Laporan page opens on it too. */
const defaultPeriod = () => yearPeriod(currentYear());

const kecamatanLabel = (key: string) => findKecamatan(key)?.name ?? key;
/** "Bpp Selatan", as the registry table writes it where room is short. */
const kecamatanShort = (key: string) => kecamatanLabel(key).replace('Balikpapan ', 'Bpp ');

/**
 * "Naik Kelas": for a period (default the current year, one click to the two before) and optional filters, how many UMKM rose,
 * fell or stayed, by kecamatan, sector and community; every figure opens the list behind it. The
 * period, the filters and the open list live in the URL, so Back returns to the same view.
 */
export function NaikKelasPage() {
  const url = useUrlParams();
  const { get, update } = url;
  /** A new period or filter starts every list at its first page. */
  const setFilters = (changes: Record<string, string | number | undefined>) => update({ ...changes, lpage: undefined, spage: undefined, mpage: undefined });
  const fallback = defaultPeriod();
  let from = url.date('from') ?? fallback.from;
  let to = url.date('to') ?? fallback.to;
  if (to < from) [from, to] = [to, from];
  const komunitasId = url.id('komunitas');
  const period: InputOf<'progress:report'> = {
    from,
    to,
    kecamatan: findKecamatan(get('kecamatan') ?? '')?.code,
    sector: url.oneOf('sector', SECTORS),
    komunitasId,
  };
  const report = useRead('progress:report', period);
  const komunitas = useRead('komunitas:list', {});
  const periodText = fill(nk.periodText, { from: formatDate(from), to: formatDate(to) });

  // ---- The open list (drawer), from the URL --------------------------------------------------
  const listOutcome = url.oneOf('list', OUTCOMES);
  const target: ListTarget | undefined = listOutcome
    ? {
        outcome: listOutcome,
        transition: ALL_TRANSITIONS.includes(get('transition') ?? '') ? get('transition') : undefined,
        kecamatan: findKecamatan(get('lkecamatan') ?? '')?.code,
        sector: url.oneOf('lsector', SECTORS),
        komunitasId: url.id('lkomunitas'),
      }
    : undefined;
  const open = (t: ListTarget) =>
    update({ list: t.outcome, transition: t.transition, lkecamatan: t.kecamatan, lsector: t.sector, lkomunitas: t.komunitasId, lpage: undefined });
  const closeList = () => update(Object.fromEntries(LIST_KEYS.map((k) => [k, undefined])));
  const listQuery = (t: ListTarget, page: number): InputOf<'progress:reportList'> => ({
    period: {
      ...period,
      kecamatan: t.kecamatan ?? period.kecamatan,
      sector: t.sector ?? period.sector,
      komunitasId: t.komunitasId ?? period.komunitasId,
    },
    outcome: t.outcome,
    transition: t.transition,
    page,
    pageSize: LIST_PAGE_SIZE,
  });
  const komunitasName = (id: number) => (komunitas.data ?? []).find((k) => k.id === id)?.name ?? String(id);
  const pageFilters = [
    period.kecamatan ? kecamatanLabel(period.kecamatan) : undefined,
    period.sector ? messages.enums.sector[period.sector] : undefined,
    komunitasId ? komunitasName(komunitasId) : undefined,
  ].filter((x): x is string => Boolean(x));
  const targetTitle = (t: ListTarget) => {
    const parts: string[] = [nk.listTitles[t.outcome]];
    if (t.transition) parts.push(transitionLabel(t.transition));
    if (t.kecamatan) parts.push(kecamatanLabel(t.kecamatan));
    if (t.sector) parts.push(messages.enums.sector[t.sector]);
    if (t.komunitasId) parts.push(komunitasName(t.komunitasId));
    return parts.join(' · ');
  };

  /** A figure that opens its list. */
  const figure = (n: number, t: ListTarget, label: string, style?: React.CSSProperties, testId?: string) => (
    <Button
      type="link"
      onClick={() => open(t)}
      aria-label={fill(nk.openList, { label, n: count(n) })}
      style={{ padding: 0, height: 'auto', fontVariantNumeric: 'tabular-nums', ...style, ...(n === 0 ? { color: '#8c8c8c' } : {}) }}
      data-testid={testId}
    >
      {count(n)}
    </Button>
  );

  const filterSelect = (key: 'kecamatan' | 'sector', placeholder: string, options: Array<{ value: string; label: string }>, width: number) => (
    <FilterSelect placeholder={placeholder} width={width} options={options} value={(key === 'kecamatan' ? period.kecamatan : period.sector) ?? undefined} onChange={(v) => setFilters({ [key]: v })} />
  );
  const thisYear = dayjs().startOf('year');
  const presets = [
    { label: nk.presetThisYear, value: [thisYear, dayjs()] as [dayjs.Dayjs, dayjs.Dayjs] },
    { label: nk.presetLastYear, value: [thisYear.subtract(1, 'year'), thisYear.subtract(1, 'day')] as [dayjs.Dayjs, dayjs.Dayjs] },
    { label: nk.presetThreeYears, value: [thisYear.subtract(2, 'year'), dayjs()] as [dayjs.Dayjs, dayjs.Dayjs] },
  ];
  const hasFilters = FILTER_KEYS.some((k) => get(k));
  const r = report.data;

  return (
    <>
      <PageHeader title={nk.title} sub={nk.sub} />
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: '12px 16px' } }}>
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>{nk.period}</Typography.Text>
          <div data-testid="period-picker">
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            placeholder={[nk.periodStart, nk.periodEnd]}
            allowClear={false}
            presets={presets}
            value={[dayjs(from), dayjs(to)]}
            onChange={(v) => {
              if (v?.[0] && v[1]) setFilters({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') });
            }}
            style={{ width: 250 }}
          />
          </div>
          <YearShortcuts value={wholeYearOf(from, to)} onChange={(y) => setFilters(yearPeriod(y))} />
          {filterSelect('kecamatan', nk.filterKecamatan, kecamatanOptions, 175)}
          {filterSelect('sector', nk.filterSector, sectorOptions, 185)}
          <KomunitasSelect placeholder={nk.filterKomunitas} value={komunitasId} onChange={(v) => setFilters({ komunitas: v })} style={{ width: 220 }} />
          {hasFilters ? <Button onClick={() => setFilters(Object.fromEntries([...FILTER_KEYS, ...LIST_KEYS].map((k) => [k, undefined])))}>{nk.resetFilters}</Button> : null}
        </Flex>
      </Card>
      {report.error ? <LoadError error={report.error} onRetry={() => void report.refetch()} /> : null}
      {!r ? (
        report.error ? null : <Skeleton active />
      ) : (
        <div style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }} data-testid="naik-kelas-report" data-period={`${r.from}/${r.to}`} aria-busy={report.isFetching}>
          <Figures r={r} figure={figure} />
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} xl={12}>
              <BreakdownTable
                title={nk.byKecamatan}
                nameTitle={nk.colKecamatan}
                testId="by-kecamatan"
                rows={Object.entries(r.byKecamatan).filter(([key]) => !period.kecamatan || findKecamatan(key)?.code === period.kecamatan).map(([key, v]) => ({ key, name: kecamatanShort(key), ...v, scope: { kecamatan: findKecamatan(key)?.code ?? key } }))}
                figure={figure}
              />
            </Col>
            <Col xs={24} xl={12}>
              <BreakdownTable
                title={nk.bySector}
                nameTitle={nk.colSector}
                testId="by-sector"
                rows={Object.entries(r.bySector).filter(([key]) => !period.sector || key === period.sector).map(([key, v]) => ({ key, name: messages.enums.sector[key as Sector] ?? key, ...v, scope: { sector: key as Sector } }))}
                figure={figure}
              />
            </Col>
            <Col xs={24}>
              <BreakdownTable
                title={nk.byKomunitas}
                nameTitle={nk.colKomunitas}
                testId="by-komunitas"
                rows={r.byKomunitas.map((k) => ({ key: String(k.komunitasId), name: k.name, naik: k.naik, turun: k.turun, tetap: k.tetap, recorded: k.recorded, scope: { komunitasId: k.komunitasId } }))}
                figure={figure}
              />
            </Col>
          </Row>
          <Card
            style={{ marginTop: 16 }}
            data-testid="menengah-market"
            title={
              <Space>
                {nk.menengahTitle}
                {figure(r.menengahNeedMarket, { outcome: 'menengah_pasar' }, nk.menengahTitle, { fontSize: 16, fontWeight: 600 })}
              </Space>
            }
          >
            <Typography.Paragraph type="secondary">{nk.menengahHint}</Typography.Paragraph>
            <InlineList base={listQuery({ outcome: 'menengah_pasar' }, 1)} />
          </Card>
          <Card
            style={{ marginTop: 16 }}
            data-testid="stale-records"
            title={
              <Space>
                {nk.staleTitle}
                {figure(r.staleRecords, { outcome: 'tanpa_data' }, nk.staleTitle, { fontSize: 16, fontWeight: 600, color: '#d46b08' })}
              </Space>
            }
          >
            <Typography.Paragraph type="secondary">{nk.staleHint}</Typography.Paragraph>
            <InlineList base={listQuery({ outcome: 'tanpa_data' }, 1)} />
          </Card>
        </div>
      )}
      {target ? (
        <PeriodListDrawer
          title={targetTitle(target)}
          scope={[fill(nk.listScope, { title: nk.period, period: periodText }), ...(pageFilters.length ? [fill(nk.listFilters, { filters: pageFilters.join(', ') })] : [])].join(' · ')}
          query={listQuery(target, Math.max(1, Number(get('lpage')) || 1))}
          onPage={(p) => update({ lpage: p > 1 ? p : undefined })}
          onClose={closeList}
        />
      ) : null}
    </>
  );
}
