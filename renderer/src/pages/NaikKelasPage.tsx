import type { ReactNode } from 'react';
import { Button, Card, Col, DatePicker, Flex, Row, Select, Skeleton, Space, Table, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, InfoCircleOutlined, MinusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { TRANSITION_KEYS, type InputOf, type PeriodReport } from '../../../shared/contract';
import type { UmkmClass } from '../../../shared/domain/classification';
import { findKecamatan } from '../../../shared/domain/regions';
import { SECTORS, type Sector } from '../../../shared/domain/sectors';
import { formatDate, isValidIsoDate, todayIso } from '../../../shared/format/date';
import { groupThousands } from '../../../shared/format/rupiah';
import { fill, messages } from '../../../shared/i18n';
import { useKomunitasList, useProgressReport } from '../api/queries';
import { KomunitasSelect } from '../components/EntitySelects';
import { DATE_FORMAT } from '../components/IsoDatePicker';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { kecamatanOptions, sectorOptions } from '../components/options';
import { PeriodListDrawer, PeriodListTable } from '../components/progress/PeriodList';
import { useUrlParams } from '../hooks/useUrlParams';
import { CLASS_COLORS } from '../theme';

const nk = messages.naikKelas;
const NAIK = '#389e0d';
const TURUN = '#cf1322';
const FILTER_KEYS = ['from', 'to', 'kecamatan', 'sector', 'komunitas'] as const;
const LIST_KEYS = ['list', 'transition', 'lkecamatan', 'lsector', 'lkomunitas', 'lpage'] as const;
const LIST_PAGE_SIZE = 20;
const OUTCOMES = ['naik', 'turun', 'tetap', 'tanpa_data', 'menengah_pasar'] as const;
type Outcome = (typeof OUTCOMES)[number];
type Transition = (typeof TRANSITION_KEYS.naik)[number] | (typeof TRANSITION_KEYS.turun)[number];
const ALL_TRANSITIONS: readonly string[] = [...TRANSITION_KEYS.naik, ...TRANSITION_KEYS.turun];

const dateParam = (v: string | undefined) => (v && isValidIsoDate(v) ? v : undefined);
const oneOf = <T extends string>(list: readonly T[], v: string | undefined) => ((list as readonly string[]).includes(v ?? '') ? (v as T) : undefined);
/** One decimal with a comma, as Indonesian reports write it: 12,5%. */
const percent = (x: number) => `${String(Math.round(x * 10) / 10).replace('.', ',')}%`;
const share = (n: number, of: number) => (of > 0 ? (n / of) * 100 : 0);
const count = (n: number) => groupThousands(n);

/** The last full calendar year: what the department reports on. */
function defaultPeriod(): { from: string; to: string } {
  const y = Number(todayIso().slice(0, 4)) - 1;
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

function transitionLabel(t: string): string {
  const [from, to] = t.split('->') as [UmkmClass, UmkmClass];
  return fill(nk.transition, { from: nk.classShort[from], to: nk.classShort[to] });
}

const kecamatanLabel = (key: string) => findKecamatan(key)?.name ?? key;
/** "Bpp Selatan", as the registry table writes it where room is short. */
const kecamatanShort = (key: string) => kecamatanLabel(key).replace('Balikpapan ', 'Bpp ');

/** What a clicked figure lists: a group, optionally one transition and one row of a table. */
interface ListTarget {
  outcome: Outcome;
  transition?: string;
  kecamatan?: string;
  sector?: Sector;
  komunitasId?: number;
}

/**
 * "Naik Kelas": for a period (default the last full year) and optional filters, how many UMKM rose,
 * fell or stayed, by kecamatan, sector and community; every figure opens the list behind it. The
 * period, the filters and the open list live in the URL, so Back returns to the same view.
 */
export function NaikKelasPage() {
  const { get, update } = useUrlParams();
  /** A new period or filter starts every list at its first page. */
  const setFilters = (changes: Record<string, string | number | undefined>) => update({ ...changes, lpage: undefined, spage: undefined, mpage: undefined });
  const fallback = defaultPeriod();
  let from = dateParam(get('from')) ?? fallback.from;
  let to = dateParam(get('to')) ?? fallback.to;
  if (to < from) [from, to] = [to, from];
  const komunitasId = Number(get('komunitas')) || undefined;
  const period: InputOf<'progress:report'> = {
    from,
    to,
    kecamatan: findKecamatan(get('kecamatan') ?? '')?.code,
    sector: oneOf(SECTORS, get('sector')),
    komunitasId,
  };
  const report = useProgressReport(period);
  const komunitas = useKomunitasList({});
  const periodText = fill(nk.periodText, { from: formatDate(from), to: formatDate(to) });

  // ---- The open list (drawer), from the URL --------------------------------------------------
  const listOutcome = oneOf(OUTCOMES, get('list'));
  const target: ListTarget | undefined = listOutcome
    ? {
        outcome: listOutcome,
        transition: ALL_TRANSITIONS.includes(get('transition') ?? '') ? get('transition') : undefined,
        kecamatan: findKecamatan(get('lkecamatan') ?? '')?.code,
        sector: oneOf(SECTORS, get('lsector')),
        komunitasId: Number(get('lkomunitas')) || undefined,
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
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      aria-label={placeholder}
      placeholder={placeholder}
      style={{ width }}
      options={options}
      value={key === 'kecamatan' ? period.kecamatan : period.sector}
      onChange={(v: string | undefined) => setFilters({ [key]: v })}
    />
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

type FigureFn = (n: number, t: ListTarget, label: string, style?: React.CSSProperties, testId?: string) => ReactNode;

function FigureCard({ title, children, testId, accent }: { title: ReactNode; children: ReactNode; testId: string; accent?: string }) {
  return (
    <Card size="small" data-testid={testId} style={{ height: '100%', borderTop: accent ? `3px solid ${accent}` : undefined }}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <div style={{ marginTop: 4 }}>{children}</div>
    </Card>
  );
}

/** The cards: naik with its share of the UMKM recorded, each naik transition, turun, tetap. */
function Figures({ r, figure }: { r: PeriodReport; figure: FigureFn }) {
  const big = { fontSize: 30, fontWeight: 600, lineHeight: 1.2 };
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={8}>
          <FigureCard
            testId="card-naik"
            accent={NAIK}
            title={
              <Space size={6}>
                <ArrowUpOutlined style={{ color: NAIK }} />
                {nk.naikCard}
              </Space>
            }
          >
            {figure(r.naikTotal, { outcome: 'naik' }, nk.naikCard, { ...big, color: NAIK }, 'figure-naik')}
            <div data-testid="naik-of">{fill(nk.naikOf, { n: count(r.naikTotal), m: count(r.recorded), pct: percent(r.naikPercent) })}</div>
          </FigureCard>
        </Col>
        <Col xs={12} md={6} xl={5}>
          <FigureCard
            testId="card-turun"
            accent={TURUN}
            title={
              <Space size={6}>
                <ArrowDownOutlined style={{ color: TURUN }} />
                {nk.turunCard}
              </Space>
            }
          >
            {figure(r.turunTotal, { outcome: 'turun' }, nk.turunCard, { ...big, color: TURUN }, 'figure-turun')}
            <div style={{ fontSize: 12 }}>
              {TRANSITION_KEYS.turun
                .filter((t) => r.turun[t] > 0)
                .map((t) => (
                  <span key={t} style={{ marginRight: 10, whiteSpace: 'nowrap' }}>
                    {transitionLabel(t)}: {figure(r.turun[t], { outcome: 'turun', transition: t }, `${nk.turunCard} ${transitionLabel(t)}`, { fontSize: 12 }, `figure-${t}`)}
                  </span>
                ))}
            </div>
          </FigureCard>
        </Col>
        <Col xs={12} md={6} xl={5}>
          <FigureCard
            testId="card-tetap"
            title={
              <Space size={6}>
                <MinusOutlined />
                {nk.tetapCard}
              </Space>
            }
          >
            {figure(r.tetap, { outcome: 'tetap' }, nk.tetapCard, { ...big, color: '#595959' }, 'figure-tetap')}
            <div style={{ fontSize: 12 }}>{percent(share(r.tetap, r.recorded))}</div>
          </FigureCard>
        </Col>
        <Col xs={24} md={24} xl={6}>
          <FigureCard
            testId="card-recorded"
            title={
              <Space size={6}>
                {nk.recordedCard}
                <Tooltip title={nk.recordedHint}>
                  <InfoCircleOutlined aria-label={nk.recordedHint} />
                </Tooltip>
              </Space>
            }
          >
            <span style={{ ...big, color: '#262626', fontVariantNumeric: 'tabular-nums' }} data-testid="figure-recorded">
              {count(r.recorded)}
            </span>
          </FigureCard>
        </Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {TRANSITION_KEYS.naik.map((t: Transition) => {
          const to = t.split('->')[1] as UmkmClass;
          return (
            <Col xs={12} xl={6} key={t}>
              <FigureCard testId={`card-${t}`} accent={CLASS_COLORS[to]} title={transitionLabel(t)}>
                {figure(r.naik[t as keyof PeriodReport['naik']], { outcome: 'naik', transition: t }, `${nk.naikCard} ${transitionLabel(t)}`, { fontSize: 22, fontWeight: 600 }, `figure-${t}`)}
                <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                  {percent(share(r.naik[t as keyof PeriodReport['naik']], r.recorded))}
                </Typography.Text>
              </FigureCard>
            </Col>
          );
        })}
      </Row>
    </>
  );
}

interface BreakdownRow {
  key: string;
  name: string;
  naik: number;
  turun: number;
  tetap: number;
  recorded: number;
  scope: Pick<ListTarget, 'kecamatan' | 'sector' | 'komunitasId'>;
}

/** One table of the report (per kecamatan, sector or community); every count opens its list. */
function BreakdownTable({ title, nameTitle, rows, figure, testId }: { title: string; nameTitle: string; rows: BreakdownRow[]; figure: FigureFn; testId: string }) {
  const cell = (outcome: 'naik' | 'turun' | 'tetap', label: string, color?: string) => (n: number, row: BreakdownRow) =>
    figure(n, { outcome, ...row.scope }, `${label} · ${row.name}`, { color });
  const columns: NonNullable<TableProps<BreakdownRow>['columns']> = [
    { title: nameTitle, dataIndex: 'name', key: 'name', ellipsis: true },
    { title: nk.colRecorded, dataIndex: 'recorded', key: 'recorded', align: 'right', width: 82, render: (n: number) => count(n) },
    { title: nk.colNaik, dataIndex: 'naik', key: 'naik', align: 'right', width: 60, render: cell('naik', nk.naikCard, NAIK) },
    { title: nk.colTurun, dataIndex: 'turun', key: 'turun', align: 'right', width: 62, render: cell('turun', nk.turunCard, TURUN) },
    { title: nk.colTetap, dataIndex: 'tetap', key: 'tetap', align: 'right', width: 60, render: cell('tetap', nk.tetapCard) },
    { title: nk.colPercent, key: 'pct', align: 'right', width: 72, render: (_: unknown, row) => percent(share(row.naik, row.recorded)) },
  ];
  return (
    <Card title={title} size="small" data-testid={testId} style={{ height: '100%' }}>
      <Table<BreakdownRow> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={false} locale={{ emptyText: nk.noRows }} />
    </Card>
  );
}

/** A list shown in the page itself (the menengah needing markets, the UMKM without recent data), paged locally. */
function InlineList({ base }: { base: InputOf<'progress:reportList'> }) {
  const { get, update } = useUrlParams();
  const key = base.outcome === 'tanpa_data' ? 'spage' : 'mpage';
  const page = Math.max(1, Number(get(key)) || 1);
  return <PeriodListTable query={{ ...base, page, pageSize: 10 }} onPage={(p) => update({ [key]: p > 1 ? p : undefined })} testId={`inline-${base.outcome}`} />;
}
