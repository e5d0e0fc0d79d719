import { Button, Card, Descriptions, Skeleton, Space, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import type { Mitra } from '../../../shared/contract';
import { formatNpwp } from '../../../shared/domain/identifiers';
import { displayPhone } from '../../../shared/domain/phone';
import { fill, messages } from '../../../shared/i18n';
import { call } from '../api/client';
import { useKemitraanList, useMitra } from '../api/queries';
import { KemitraanTable } from '../components/KemitraanTable';
import { LoadError } from '../components/LoadError';
import { FosteredUmkmCard } from '../components/mitra/FosteredUmkmCard';
import { PageHeader } from '../components/PageHeader';
import { EntityHistory } from '../components/audit/EntityHistory';
import { useConfirmDelete } from '../hooks/useConfirmDelete';
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
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const mitra = useMitra(id);
  const agreements = useKemitraanList({ partnerId: id, pageSize: 500 }, id > 0);
  const confirmDelete = useConfirmDelete(() => call('mitra:delete', { id }), {
    title: mp.deleteConfirmTitle,
    content: fill(mp.deleteConfirmText, { name: mitra.data?.name ?? '' }),
    done: mp.deleted,
    to: '/mitra',
  });
  if (mitra.error) return <LoadError error={mitra.error} onRetry={() => void mitra.refetch()} />;
  if (!mitra.data) return <Skeleton active />;
  const m = mitra.data;
  const list = agreements.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={m.name}
        sub={[e.mitraKind[m.kind], m.kecamatanName].filter(Boolean).join(' · ')}
        extra={
          <Space>
            <Button onClick={() => navigate('/mitra')}>{messages.common.back}</Button>
            <Can channel="mitra:update">
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/mitra/${m.id}/ubah`)}>
                {messages.pc.edit}
              </Button>
            </Can>
            <Can channel="mitra:delete">
              <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
                {messages.pc.delete}
              </Button>
            </Can>
          </Space>
        }
      />
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
              <Button icon={<PlusOutlined />} onClick={() => navigate(`/kemitraan/baru?partnerId=${m.id}`)}>
                {messages.pc.newAgreement}
              </Button>
            </Can>
          ) : null
        }
      >
        <KemitraanTable items={list} loading={agreements.isPending} hide={['partner']} />
      </Card>
      <FosteredUmkmCard agreements={list} />
      <EntityHistory entity="mitra" id={m.id} version={m.updatedAt} />
    </>
  );
}
