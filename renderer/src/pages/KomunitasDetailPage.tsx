import { Button, Card, Descriptions } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { displayPhone } from '../../../shared/domain/phone';
import { fill, messages } from '../../../shared/i18n';
import { useRead, useReadById } from '../api/queries';
import { KemitraanTable } from '../components/KemitraanTable';
import { MembersCard } from '../components/komunitas/MembersCard';
import { DetailHeader } from '../components/DetailHeader';
import { Loaded } from '../components/Loaded';
import { EntityHistory } from '../components/audit/EntityHistory';
import { Attachments } from '../components/lampiran/Attachments';
import { useIdParam } from '../hooks/useIdParam';
import { Can } from '../components/auth/Can';

const kp = messages.komunitasPages;
const kf = messages.komunitasFields;
const none = messages.pc.none;

export function KomunitasDetailPage() {
  const id = useIdParam();
  const navigate = useNavigate();
  const komunitas = useReadById('komunitas:get', id);
  const agreements = useRead('kemitraan:list', { komunitasId: id, pageSize: 500 }, { enabled: id > 0 });
  return (
    <Loaded query={komunitas}>
      {(k) => (
        <>
          <DetailHeader entity="komunitas" id={k.id} version={k.version} title={k.name} sub={[k.kecamatanName, fill(kp.membersCount, { n: k.members.length })].filter(Boolean).join(' · ')} texts={kp} />
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
            <KemitraanTable items={agreements.data?.items ?? []} loading={agreements.isPending} hide={['party']} addTo={`/kemitraan/baru?komunitasId=${k.id}`} />
          </Card>
          <Attachments owner="komunitas" ownerId={k.id} />
          <EntityHistory entity="komunitas" id={k.id} version={k.updatedAt} />
        </>
      )}
    </Loaded>
  );
}
