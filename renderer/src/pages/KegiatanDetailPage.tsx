import { Button, Card, Descriptions, Skeleton, Space, Tabs, Typography } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Kegiatan } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { formatDate } from '../../../shared/format/date';
import { call } from '../api/client';
import { useKegiatan, useKemitraanList } from '../api/queries';
import { AttendancePanel } from '../components/kegiatan/AttendancePanel';
import { KegiatanFigures } from '../components/kegiatan/KegiatanFigures';
import { MatchmakingPanel } from '../components/kegiatan/MatchmakingPanel';
import { KemitraanTable } from '../components/KemitraanTable';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { EntityHistory } from '../components/audit/EntityHistory';
import { useConfirmDelete } from '../hooks/useConfirmDelete';
import { Can } from '../components/auth/Can';

const gp = messages.kegiatanPages;
const gf = messages.kegiatanFields;
const none = messages.pc.none;
const TABS = ['info', 'attendance', 'matchmaking', 'agreements'] as const;
type Tab = (typeof TABS)[number];

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
          label: gf.partnerIds,
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
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'info';
  const kegiatan = useKegiatan(id);
  const agreements = useKemitraanList({ eventId: id, pageSize: 500 }, id > 0);
  const confirmDelete = useConfirmDelete(() => call('kegiatan:delete', { id }), {
    title: gp.deleteConfirmTitle,
    content: fill(gp.deleteConfirmText, { name: kegiatan.data?.name ?? '' }),
    done: gp.deleted,
    to: '/kegiatan',
  });
  if (kegiatan.error) return <LoadError error={kegiatan.error} onRetry={() => void kegiatan.refetch()} />;
  if (!kegiatan.data) return <Skeleton active />;
  const k = kegiatan.data;
  return (
    <>
      <PageHeader
        title={k.name}
        sub={[formatDate(k.date), k.venue, k.theme].filter(Boolean).join(' · ')}
        extra={
          <Space>
            <Button onClick={() => navigate('/kegiatan')}>{messages.common.back}</Button>
            <Can channel="kegiatan:update">
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/kegiatan/${k.id}/ubah`)}>
                {messages.pc.edit}
              </Button>
            </Can>
            <Can channel="kegiatan:delete">
              <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
                {messages.pc.delete}
              </Button>
            </Can>
          </Space>
        }
      />
      <KegiatanFigures figures={k.figures} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(t) => setParams(t === 'info' ? {} : { tab: t }, { replace: true })}
          items={[
            { key: 'info', label: gp.tabs.info, children: <InfoTab k={k} /> },
            { key: 'attendance', label: gp.tabs.attendance, children: <AttendancePanel key={k.updatedAt} kegiatan={k} /> },
            { key: 'matchmaking', label: gp.tabs.matchmaking, children: <MatchmakingPanel kegiatan={k} /> },
            {
              key: 'agreements',
              label: `${gp.tabs.agreements} (${agreements.data?.total ?? 0})`,
              children: <KemitraanTable items={agreements.data?.items ?? []} loading={agreements.isPending} />,
            },
          ]}
        />
      </Card>
      <EntityHistory entity="kegiatan" id={k.id} version={k.updatedAt} />
    </>
  );
}
