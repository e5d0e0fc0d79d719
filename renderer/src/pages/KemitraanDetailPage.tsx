import { Alert, Button, Card, Descriptions, Skeleton, Space } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import type { Kemitraan } from '../../../shared/contract';
import { kecamatanName } from '../../../shared/domain/regions';
import { fill, messages } from '../../../shared/i18n';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/rupiah';
import { call } from '../api/client';
import { useKemitraan } from '../api/queries';
import { StatusActions } from '../components/kemitraan/StatusChange';
import { SupportsTable } from '../components/kemitraan/SupportsTable';
import { DueForReviewTag, KemitraanStatusTag } from '../components/KemitraanStatusTag';
import { PartyLink } from '../components/KemitraanTable';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { EntityHistory } from '../components/audit/EntityHistory';
import { useConfirmDelete } from '../hooks/useConfirmDelete';
import { Can } from '../components/auth/Can';

const kf = messages.kemitraanFields;
const ap = messages.agreementPages;
const none = messages.pc.none;

function items(k: Kemitraan) {
  return [
    { key: 'number', label: kf.number, children: k.number },
    {
      key: 'status',
      label: kf.status,
      children: (
        <Space size={0}>
          <KemitraanStatusTag status={k.status} />
          {k.dueForReview ? <DueForReviewTag /> : null}
        </Space>
      ),
    },
    { key: 'partner', label: kf.partnerId, children: <Link to={`/mitra/${k.partnerId}`}>{k.partnerName}</Link> },
    { key: 'party', label: ap.party, children: <PartyLink k={k} /> },
    { key: 'kecamatan', label: messages.fields.kecamatan, children: k.kecamatan ? kecamatanName(k.kecamatan) : none },
    { key: 'pattern', label: kf.pattern, children: messages.kemitraanEnums.pattern[k.pattern] },
    { key: 'signedAt', label: kf.signedAt, children: formatDate(k.signedAt) },
    { key: 'startDate', label: kf.startDate, children: formatDate(k.startDate) },
    { key: 'endDate', label: kf.endDate, children: k.endDate ? formatDate(k.endDate) : ap.noEnd },
    { key: 'totalValue', label: kf.totalValue, children: formatRupiah(k.totalValue) },
    { key: 'event', label: kf.eventId, children: k.eventId ? <Link to={`/kegiatan/${k.eventId}`}>{k.eventName}</Link> : ap.noEvent, span: 2 },
    { key: 'notes', label: kf.notes, children: k.notes ?? none, span: 2 },
    { key: 'updatedAt', label: messages.fields.updatedAt, children: formatDateTime(k.updatedAt), span: 2 },
  ];
}

export function KemitraanDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const kemitraan = useKemitraan(id);
  const confirmDelete = useConfirmDelete(() => call('kemitraan:delete', { id }), {
    title: ap.deleteConfirmTitle,
    content: fill(ap.deleteConfirmText, { number: kemitraan.data?.number ?? '' }),
    done: ap.deleted,
    to: '/kemitraan',
  });
  if (kemitraan.error) return <LoadError error={kemitraan.error} onRetry={() => void kemitraan.refetch()} />;
  if (!kemitraan.data) return <Skeleton active />;
  const k = kemitraan.data;
  const editable = k.status === 'diusulkan' || k.status === 'aktif';
  return (
    <>
      <PageHeader
        title={k.number}
        sub={`${k.partnerName} · ${k.umkmName ?? k.komunitasName ?? none}`}
        extra={
          <Space>
            <Button onClick={() => navigate('/kemitraan')}>{messages.common.back}</Button>
            {editable ? (
              <Can channel="kemitraan:update">
                <Button icon={<EditOutlined />} onClick={() => navigate(`/kemitraan/${k.id}/ubah`)}>
                  {messages.pc.edit}
                </Button>
              </Can>
            ) : null}
            <Can channel="kemitraan:delete">
              <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
                {messages.pc.delete}
              </Button>
            </Can>
          </Space>
        }
      />
      {k.dueForReview ? <Alert type="warning" showIcon title={ap.dueHint} style={{ marginBottom: 16 }} /> : null}
      <Card title={ap.nextStatus} style={{ marginBottom: 16 }}>
        <StatusActions k={k} />
      </Card>
      <Card>
        <Descriptions bordered column={2} size="small" items={items(k)} />
      </Card>
      <Card title={ap.supportsTitle} style={{ marginTop: 16 }}>
        <SupportsTable k={k} />
      </Card>
      <EntityHistory entity="kemitraan" id={k.id} version={k.updatedAt} />
    </>
  );
}
