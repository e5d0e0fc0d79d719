import { Card, Descriptions, Space, Tabs, Typography } from 'antd';
import { Link } from 'react-router';
import type { Kegiatan } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { formatDate } from '../../../shared/format/date';
import { useRead, useReadById } from '../api/queries';
import { AttendancePanel } from '../components/kegiatan/AttendancePanel';
import { KegiatanFigures } from '../components/kegiatan/KegiatanFigures';
import { MatchmakingPanel } from '../components/kegiatan/MatchmakingPanel';
import { KemitraanTable } from '../components/KemitraanTable';
import { DetailHeader } from '../components/DetailHeader';
import { Loaded } from '../components/Loaded';
import { EntityHistory } from '../components/audit/EntityHistory';
import { useIdParam } from '../hooks/useIdParam';
import { useUrlParams } from '../hooks/useUrlParams';

const gp = messages.kegiatanPages;
const gf = messages.kegiatanFields;
const none = messages.pc.none;
const TABS = ['info', 'attendance', 'matchmaking', 'agreements'] as const;

function InfoTab({ k }: { k: Kegiatan }) {
  return (
    <Descriptions
      bordered
      column={2}
      size="small"
      items={[
        { key: 'name', label: gf.name, children: k.name, span: 2 },
        { key: 'theme', label: gf.theme, children: k.theme ?? none, span: 2 },
        { key: 'date', label: gf.date, children: formatDate(k.date) },
        { key: 'venue', label: gf.venue, children: k.venue },
        { key: 'organizer', label: gf.organizer, children: k.organizer ?? none, span: 2 },
        {
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
        },
        { key: 'notes', label: gf.notes, children: k.notes ?? none, span: 2 },
      ]}
    />
  );
}

export function KegiatanDetailPage() {
  const id = useIdParam();
  const url = useUrlParams();
  const tab = url.oneOf('tab', TABS) ?? 'info';
  const kegiatan = useReadById('kegiatan:get', id);
  const agreements = useRead('kemitraan:list', { kegiatanId: id, pageSize: 500 }, { enabled: id > 0 });
  return (
    <Loaded query={kegiatan}>
      {(k) => (
        <>
          <DetailHeader entity="kegiatan" id={k.id} version={k.version} title={k.name} sub={[formatDate(k.date), k.venue, k.theme].filter(Boolean).join(' · ')} texts={gp} />
          <KegiatanFigures figures={k.figures} />
          <Card>
            <Tabs
              activeKey={tab}
              onChange={(t) => url.update({ tab: t === 'info' ? undefined : t })}
              items={[
                { key: 'info', label: gp.tabs.info, children: <InfoTab k={k} /> },
                { key: 'attendance', label: gp.tabs.attendance, children: <AttendancePanel key={k.updatedAt} kegiatan={k} /> },
                { key: 'matchmaking', label: gp.tabs.matchmaking, children: <MatchmakingPanel kegiatan={k} /> },
                {
                  key: 'agreements',
                  label: `${gp.tabs.agreements} (${agreements.data?.total ?? 0})`,
                  children: <KemitraanTable items={agreements.data?.items ?? []} loading={agreements.isPending} addTo={`/kemitraan/baru?kegiatanId=${k.id}`} />,
                },
              ]}
            />
          </Card>
          <EntityHistory entity="kegiatan" id={k.id} version={k.updatedAt} />
        </>
      )}
    </Loaded>
  );
}
