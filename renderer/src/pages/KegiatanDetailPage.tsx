import { Card, Col, Descriptions, Row, Space, Statistic, Tabs, Typography } from 'antd';
import { Link } from 'react-router';
import type { Kegiatan } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { formatDate } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/rupiah';
import { dayCount, kindShape } from '../../../shared/domain/kegiatan';
import { ParticipantsPanel } from '../components/kegiatan/ParticipantsPanel';
import { period } from './KegiatanListPage';
import { useRead, useReadById } from '../api/queries';
import { AttendancePanel } from '../components/kegiatan/AttendancePanel';
import { KegiatanFigures } from '../components/kegiatan/KegiatanFigures';
import { MatchmakingPanel } from '../components/kegiatan/MatchmakingPanel';
import { KemitraanTable } from '../components/KemitraanTable';
import { DetailHeader } from '../components/DetailHeader';
import { Loaded } from '../components/Loaded';
import { EntityHistory } from '../components/audit/EntityHistory';
import { Attachments } from '../components/lampiran/Attachments';
import { useIdParam } from '../hooks/useIdParam';
import { useUrlParams } from '../hooks/useUrlParams';

const gp = messages.kegiatanPages;
const gf = { ...messages.kegiatanFields, ...messages.kegiatanMoreFields };
const kd = messages.kegiatanDetail;
const none = messages.pc.none;
const TABS = ['info', 'peserta', 'attendance', 'matchmaking', 'agreements', 'lampiran'] as const;

function InfoTab({ k }: { k: Kegiatan }) {
  return (
    <Descriptions
      bordered
      column={2}
      size="small"
      items={[
        { key: 'name', label: gf.name, children: k.name, span: 2 },
        { key: 'kind', label: gf.kind, children: messages.kegiatanKind[k.kind] },
        { key: 'theme', label: gf.theme, children: k.theme ?? none },
        { key: 'date', label: gf.date, children: k.endDate ? fill(kd.daysLine, { from: formatDate(k.date), to: formatDate(k.endDate), n: dayCount(k.date, k.endDate) }) : formatDate(k.date) },
        { key: 'venue', label: gf.venue, children: k.venue },
        { key: 'organizer', label: gf.organizer, children: k.organizer ?? none },
        { key: 'speakers', label: gf.speakers, children: k.speakers ?? none },
        { key: 'fundSource', label: gf.fundSource, children: k.fundSource ? messages.fundSource[k.fundSource] : none },
        { key: 'budget', label: gf.budget, children: k.budget === null ? none : formatRupiah(k.budget) },
        ...(kindShape(k.kind).participants ? [{ key: 'quota', label: gf.quota, children: k.quota ?? none, span: 2 }] : []),
        ...(kindShape(k.kind).invitations ? [{
          key: 'komunitas',
          label: gf.komunitasIds,
          span: 2,
          children: k.komunitas.length
            ? (
                <Space wrap size={[20, 4]}>
                  {k.komunitas.map((c) => (
                    <span key={c.id}>
                      <Link to={`/komunitas/${c.id}`}>{c.name}</Link>{' '}
                      <Typography.Text type="secondary">· {fill(messages.komunitasPages.membersCount, { n: c.memberCount })}</Typography.Text>
                    </span>
                  ))}
                </Space>
              )
            : none,
        },
        {
          key: 'partners',
          label: gf.mitraIds,
          span: 2,
          children: k.partners.length
            ? (
                <Space wrap size={[20, 4]}>
                  {k.partners.map((p) => (
                    <Link key={p.id} to={`/mitra/${p.id}`}>
                      {p.name}
                    </Link>
                  ))}
                </Space>
              )
            : none,
        }] : []),
        { key: 'notes', label: gf.notes, children: k.notes ?? none, span: 2 },
      ]}
    />
  );
}

/** An activity with participants: its kind, days, participants against the quota, and those present. */
function ActivityFigures({ k }: { k: Kegiatan }) {
  const participants = useRead('kegiatan:participants', { id: k.id });
  const p = participants.data;
  const cards = [
    { key: 'kind', title: gf.kind, value: messages.kegiatanKind[k.kind] },
    { key: 'days', title: gf.days, value: String(dayCount(k.date, k.endDate)) },
    { key: 'participants', title: gf.participants, value: p ? (k.quota ? `${p.participants.length} / ${k.quota}` : String(p.participants.length)) : '…' },
    { key: 'present', title: kd.presentFigure, value: p ? String(p.present) : '…' },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} wrap>
      {cards.map((c) => (
        <Col key={c.key} flex="1 1 180px">
          <Card size="small">
            <Statistic title={c.title} value={c.value} data-testid={`figure-${c.key}`} styles={{ content: { ...(c.key === 'kind' ? { fontSize: 18, lineHeight: '38px' } : {}), ...(c.key === 'participants' && p?.overQuota ? { color: '#cf1322' } : {}) } }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export function KegiatanDetailPage() {
  const id = useIdParam();
  const url = useUrlParams();
  const asked = url.oneOf('tab', TABS);
  const kegiatan = useReadById('kegiatan:get', id);
  const meeting = kegiatan.data ? kindShape(kegiatan.data.kind).invitations : true;
  const agreements = useRead('kemitraan:list', { kegiatanId: id, pageSize: 500 }, { enabled: id > 0 && meeting });
  return (
    <Loaded query={kegiatan}>
      {(k) => (
        <>
          <DetailHeader entity="kegiatan" id={k.id} version={k.version} title={k.name} sub={[messages.kegiatanKind[k.kind], period(k), k.venue, k.theme].filter(Boolean).join(' · ')} texts={gp} />
          {meeting ? <KegiatanFigures figures={k.figures} /> : <ActivityFigures k={k} />}
          <Card>
            <Tabs
              activeKey={meeting ? (asked && asked !== 'peserta' ? asked : 'info') : asked === 'info' ? 'info' : 'peserta'}
              // Each kind opens on its first tab (the meeting's summary, another kind's participants): that one stays out of the URL.
              onChange={(t) => url.update({ tab: t === (meeting ? 'info' : 'peserta') ? undefined : t })}
              items={
                meeting
                  ? [
                      { key: 'info', label: gp.tabs.info, children: <InfoTab k={k} /> },
                      { key: 'attendance', label: gp.tabs.attendance, children: <AttendancePanel key={k.updatedAt} kegiatan={k} /> },
                      { key: 'matchmaking', label: gp.tabs.matchmaking, children: <MatchmakingPanel kegiatan={k} /> },
                      {
                        key: 'agreements',
                        label: `${gp.tabs.agreements} (${agreements.data?.total ?? 0})`,
                        children: <KemitraanTable items={agreements.data?.items ?? []} loading={agreements.isPending} addTo={`/kemitraan/baru?kegiatanId=${k.id}`} />,
                      },
                      { key: 'lampiran', label: messages.lampiran.tab, children: <Attachments owner="kegiatan" ownerId={k.id} bare /> },
                    ]
                  : [
                      { key: 'peserta', label: kd.tabParticipants, children: <ParticipantsPanel kegiatan={k} /> },
                      { key: 'info', label: gp.tabs.info, children: <InfoTab k={k} /> },
                      { key: 'lampiran', label: messages.lampiran.tab, children: <Attachments owner="kegiatan" ownerId={k.id} bare /> },
                    ]
              }
            />
          </Card>
          <EntityHistory entity="kegiatan" id={k.id} version={k.updatedAt} />
        </>
      )}
    </Loaded>
  );
}
