import { Button, Card, DatePicker, Flex, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import type { KegiatanListItem } from '../../../shared/contract';
import { KEGIATAN_KINDS, dayCount, overQuota } from '../../../shared/domain/kegiatan';
import { fill, messages } from '../../../shared/i18n';
import { formatDate } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/rupiah';
import { call } from '../api/client';
import { useRead } from '../api/queries';
import { Can } from '../components/auth/Can';
import { useExportFile } from '../components/exports/ExportButton';
import { FilterSelect } from '../components/FilterSelect';
import { DATE_FORMAT } from '../components/IsoDatePicker';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { UrlSearchBox } from '../components/UrlSearchBox';
import { useUrlParams } from '../hooks/useUrlParams';

const gp = messages.kegiatanPages;
const gf = { ...messages.kegiatanFields, ...messages.kegiatanMoreFields };
const kl = messages.kegiatanList;
const KIND_OPTIONS = KEGIATAN_KINDS.map((k) => ({ value: k, label: messages.kegiatanKind[k] }));
const KIND_COLOR: Record<string, string> = { temu_kemitraan: 'blue', pelatihan: 'green', pendampingan: 'cyan', kurasi: 'purple', pameran: 'orange', sosialisasi: 'geekblue', monitoring: 'gold' };

export const period = (k: { date: string; endDate: string | null }) => (k.endDate && k.endDate !== k.date ? `${formatDate(k.date)} – ${formatDate(k.endDate)}` : formatDate(k.date));

/** Kegiatan: every kind of activity, filtered by kind, period and name; a meeting keeps its figures. */
export function KegiatanListPage() {
  const navigate = useNavigate();
  const url = useUrlParams();
  const { get, update } = url;
  const kind = url.oneOf('jenis', KEGIATAN_KINDS);
  const from = url.date('from');
  const to = url.date('to');
  const query = { kind, from, to, search: get('q') };
  const list = useRead('kegiatan:list', query);
  const rows = list.data ?? [];
  const exporter = useExportFile();
  const hasFilters = Boolean(kind || from || to || get('q'));
  return (
    <>
      <PageHeader
        title={gp.listTitle}
        sub={list.data ? fill(gp.total, { n: rows.length }) : messages.common.loading}
        extra={
          <Flex gap={8}>
            <Can channel="kegiatan:export">
              <Button icon={<FileExcelOutlined />} loading={exporter.busy} onClick={() => void exporter.run(() => call('kegiatan:export', { query }))}>
                {messages.exportPages.button}
              </Button>
            </Can>
            <Can channel="kegiatan:create">
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(kind ? `/kegiatan/baru?jenis=${kind}` : '/kegiatan/baru')}>
                {gp.add}
              </Button>
            </Can>
          </Flex>
        }
      />
      <Card>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <UrlSearchBox label={kl.search} width={280} focus={false} />
          <FilterSelect placeholder={kl.filterKind} width={200} options={KIND_OPTIONS} value={kind} onChange={(v) => update({ jenis: v })} search={false} />
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            aria-label={kl.period}
            placeholder={[kl.rangeStart, kl.rangeEnd]}
            allowEmpty={[true, true]}
            value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
            onChange={(r) => update({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
            style={{ width: 260 }}
          />
          {hasFilters ? <Button onClick={() => update({ jenis: undefined, from: undefined, to: undefined, q: undefined })}>{messages.pc.resetFilters}</Button> : null}
        </Flex>
        {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<KegiatanListItem>
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={rows}
          locale={{ emptyText: gp.empty }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          onRow={(k) => ({ onDoubleClick: () => navigate(`/kegiatan/${k.id}`) })}
          scroll={{ x: 1050 }}
          columns={[
            {
              title: gf.name,
              dataIndex: 'name',
              key: 'name',
              fixed: 'left',
              width: 240,
              render: (v: string, k) => (
                <>
                  <Link to={`/kegiatan/${k.id}`}>{v}</Link>
                  {k.theme ? <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{k.theme}</Typography.Text> : null}
                </>
              ),
            },
            { title: gf.kind, dataIndex: 'kind', key: 'kind', width: 140, render: (v: KegiatanListItem['kind']) => <Tag color={KIND_COLOR[v]}>{messages.kegiatanKind[v]}</Tag> },
            {
              title: gf.date,
              key: 'date',
              width: 160,
              render: (_: unknown, k) => (
                <>
                  {period(k)}
                  {k.endDate && k.endDate !== k.date ? <Typography.Text type="secondary"> · {fill(kl.days, { n: dayCount(k.date, k.endDate) })}</Typography.Text> : null}
                </>
              ),
            },
            { title: gf.venue, dataIndex: 'venue', key: 'venue', width: 140, ellipsis: true },
            {
              title: gf.participants,
              key: 'participants',
              width: 85,
              align: 'right',
              render: (_: unknown, k) => (
                <Typography.Text type={overQuota(k.participants, k.quota) ? 'danger' : undefined}>
                  {k.quota ? fill(kl.participantsOf, { n: k.participants, quota: k.quota }) : k.participants}
                </Typography.Text>
              ),
            },
            { title: gf.present, dataIndex: 'participantsPresent', key: 'present', width: 65, align: 'right' },
            {
              title: kl.agreements,
              key: 'proposed',
              width: 100,
              align: 'right',
              render: (_: unknown, k) => (k.kind === 'temu_kemitraan' ? k.figures.agreementsProposed : '–'),
            },
            { title: gf.budget, dataIndex: 'budget', key: 'budget', width: 120, align: 'right', render: (v: number | null) => (v === null ? '–' : formatRupiah(v)) },
          ]}
        />
      </Card>
    </>
  );
}
