import { Button, Card, Descriptions, Skeleton, Space } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { displayPhone } from '../../../shared/domain/phone';
import { fill, messages } from '../../../shared/i18n';
import { call } from '../api/client';
import { useKemitraanList, useKomunitas } from '../api/queries';
import { KemitraanTable } from '../components/KemitraanTable';
import { MembersCard } from '../components/komunitas/MembersCard';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { EntityHistory } from '../components/audit/EntityHistory';
import { useConfirmDelete } from '../hooks/useConfirmDelete';
import { Can } from '../components/auth/Can';

const kp = messages.komunitasPages;
const kf = messages.komunitasFields;
const none = messages.pc.none;

export function KomunitasDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const komunitas = useKomunitas(id);
  const agreements = useKemitraanList({ komunitasId: id, pageSize: 500 }, id > 0);
  const confirmDelete = useConfirmDelete(() => call('komunitas:delete', { id }), {
    title: kp.deleteConfirmTitle,
    content: fill(kp.deleteConfirmText, { name: komunitas.data?.name ?? '' }),
    done: kp.deleted,
    to: '/komunitas',
  });

  if (komunitas.error) return <LoadError error={komunitas.error} onRetry={() => void komunitas.refetch()} />;
  if (!komunitas.data) return <Skeleton active />;
  const k = komunitas.data;
  return (
    <>
      <PageHeader
        title={k.name}
        sub={[k.kecamatanName, fill(kp.membersCount, { n: k.members.length })].filter(Boolean).join(' · ')}
        extra={
          <Space>
            <Button onClick={() => navigate('/komunitas')}>{messages.common.back}</Button>
            <Can channel="komunitas:update">
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/komunitas/${k.id}/ubah`)}>
                {messages.pc.edit}
              </Button>
            </Can>
            <Can channel="komunitas:delete">
              <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
                {messages.pc.delete}
              </Button>
            </Can>
          </Space>
        }
      />
      <Card>
        <Descriptions
          bordered
          column={2}
          size="small"
          items={[
            { key: 'name', label: kf.name, children: k.name },
            { key: 'kecamatan', label: kf.kecamatan, children: k.kecamatanName ?? none },
            { key: 'leader', label: kf.leaderName, children: k.leaderName ?? none },
            { key: 'phone', label: kf.phone, children: k.phone ? displayPhone(k.phone) : none },
            { key: 'notes', label: kf.notes, children: k.notes ?? none, span: 2 },
          ]}
        />
      </Card>
      <MembersCard komunitas={k} />
      <Card
        title={kp.agreements}
        style={{ marginTop: 16 }}
        extra={
          <Can channel="kemitraan:create">
            <Button icon={<PlusOutlined />} onClick={() => navigate(`/kemitraan/baru?komunitasId=${k.id}`)}>
              {messages.pc.newAgreement}
            </Button>
          </Can>
        }
      >
        <KemitraanTable items={agreements.data?.items ?? []} loading={agreements.isPending} hide={['party']} />
      </Card>
      <EntityHistory entity="komunitas" id={k.id} version={k.updatedAt} />
    </>
  );
}
