import { Button, Card, Descriptions, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { Mitra } from '../../../shared/contract';
import { formatNpwp } from '../../../shared/domain/identifiers';
import { displayPhone } from '../../../shared/domain/phone';
import { messages } from '../../../shared/i18n';
import { useRead, useReadById } from '../api/queries';
import { KemitraanTable } from '../components/KemitraanTable';
import { DetailHeader } from '../components/DetailHeader';
import { Loaded } from '../components/Loaded';
import { FosteredUmkmCard } from '../components/mitra/FosteredUmkmCard';
import { EntityHistory } from '../components/audit/EntityHistory';
import { Attachments } from '../components/lampiran/Attachments';
import { useIdParam } from '../hooks/useIdParam';
import { Can } from '../components/auth/Can';

const mp = messages.mitraPages;
const mf = messages.mitraFields;
const e = messages.kemitraanEnums;
const none = messages.pc.none;

const tags = (labels: string[], empty: string = none) => (labels.length ? labels.map((l) => <Tag key={l}>{l}</Tag>) : empty);

function items(m: Mitra) {
  return [
    { key: 'name', label: mf.name, children: m.name },
    { key: 'kind', label: mf.kind, children: e.mitraKind[m.kind] },
    { key: 'sector', label: mf.sector, children: m.sector ?? none },
    { key: 'status', label: mf.status, children: <Tag color={m.status === 'aktif' ? 'green' : 'default'}>{e.mitraStatus[m.status]}</Tag> },
    { key: 'address', label: mf.address, children: m.address ?? none },
    { key: 'kecamatan', label: mf.kecamatan, children: m.kecamatanName ?? none },
    { key: 'contactName', label: mf.contactName, children: m.contactName ?? none },
    { key: 'phone', label: mf.phone, children: m.phone ? displayPhone(m.phone) : none },
    { key: 'email', label: mf.email, children: m.email ?? none },
    { key: 'nib', label: mf.nib, children: m.nib ?? none },
    { key: 'npwp', label: mf.npwp, children: m.npwp ? formatNpwp(m.npwp) : none },
    { key: 'interestSectors', label: mf.interestSectors, children: tags(m.interestSectors.map((s) => messages.enums.sector[s])) },
    { key: 'offers', label: mf.offers, children: tags(m.offers.map((s) => e.support[s])) },
    { key: 'targetClasses', label: mf.targetClasses, children: tags(m.targetClasses.map((c) => messages.enums.class[c]), mp.anyClass) },
    { key: 'notes', label: mf.notes, children: m.notes ?? none, span: 2 },
  ];
}

export function MitraDetailPage() {
  const id = useIdParam();
  const navigate = useNavigate();
  const mitra = useReadById('mitra:get', id);
  const agreements = useRead('kemitraan:list', { mitraId: id, pageSize: 500 }, { enabled: id > 0 });
  const list = agreements.data?.items ?? [];
  return (
    <Loaded query={mitra}>
      {(m) => (
        <>
          <DetailHeader entity="mitra" id={m.id} version={m.version} title={m.name} sub={[e.mitraKind[m.kind], m.kecamatanName].filter(Boolean).join(' · ')} texts={mp} />
          <Card>
            <Descriptions bordered column={2} size="small" items={items(m)} />
          </Card>
          <Card
            title={`${mp.agreements} (${agreements.data?.total ?? 0})`}
            style={{ marginTop: 16 }}
            data-testid="agreements-card"
            extra={
              m.status === 'aktif' ? (
                <Can channel="kemitraan:create">
                  <Button icon={<PlusOutlined />} onClick={() => navigate(`/kemitraan/baru?mitraId=${m.id}`)}>
                    {messages.pc.newAgreement}
                  </Button>
                </Can>
              ) : null
            }
          >
            <KemitraanTable items={list} loading={agreements.isPending} hide={['partner']} addTo={m.status === 'aktif' ? `/kemitraan/baru?mitraId=${m.id}` : undefined} />
          </Card>
          <FosteredUmkmCard agreements={list} />
          <Attachments owner="mitra" ownerId={m.id} />
          <EntityHistory entity="mitra" id={m.id} version={m.updatedAt} />
        </>
      )}
    </Loaded>
  );
}
