import { Alert, Card, Descriptions, Space } from 'antd';
import { Link } from 'react-router';
import type { Kemitraan } from '../../../shared/contract';
import { kecamatanName } from '../../../shared/domain/regions';
import { messages } from '../../../shared/i18n';
import { formatDate, formatDatesIn, formatDateTime } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/rupiah';
import { useReadById } from '../api/queries';
import { StatusActions } from '../components/kemitraan/StatusChange';
import { SupportsTable } from '../components/kemitraan/SupportsTable';
import { DueForReviewTag, KemitraanStatusTag } from '../components/KemitraanStatusTag';
import { PartyLink } from '../components/KemitraanTable';
import { DetailHeader } from '../components/DetailHeader';
import { Loaded } from '../components/Loaded';
import { EntityHistory } from '../components/audit/EntityHistory';
import { Attachments } from '../components/lampiran/Attachments';
import { MonevCard } from '../components/monev/MonevCard';
import { useIdParam } from '../hooks/useIdParam';

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
    { key: 'partner', label: kf.mitraId, children: <Link to={`/mitra/${k.mitraId}`}>{k.partnerName}</Link> },
    { key: 'party', label: ap.party, children: <PartyLink k={k} /> },
    { key: 'kecamatan', label: messages.fields.kecamatan, children: k.kecamatan ? kecamatanName(k.kecamatan) : none },
    { key: 'pattern', label: kf.pattern, children: messages.kemitraanEnums.pattern[k.pattern] },
    { key: 'signedAt', label: kf.signedAt, children: formatDate(k.signedAt) },
    { key: 'startDate', label: kf.startDate, children: formatDate(k.startDate) },
    { key: 'endDate', label: kf.endDate, children: k.endDate ? formatDate(k.endDate) : ap.noEnd },
    ...(k.status === 'selesai' ? [{ key: 'finishedAt', label: kf.finishedAt, children: <span data-testid="finished-at">{formatDate(k.finishedAt)}</span> }] : []),
    { key: 'reviewMonths', label: messages.monevFields.reviewMonths, children: messages.monevEnums.reviewMonths[k.reviewMonths ?? 'none'] },
    ...(k.outcome ? [{ key: 'outcome', label: messages.monevFields.outcome, children: <span data-testid="outcome">{messages.monevEnums.outcome[k.outcome]}{k.outcomeNotes ? ` — ${k.outcomeNotes}` : ''}</span> }] : []),
    { key: 'totalValue', label: kf.totalValue, children: formatRupiah(k.totalValue) },
    { key: 'event', label: kf.kegiatanId, children: k.kegiatanId ? <Link to={`/kegiatan/${k.kegiatanId}`}>{k.eventName}</Link> : ap.noEvent, span: 2 },
    { key: 'notes', label: kf.notes, children: k.notes ? <span style={{ whiteSpace: 'pre-line' }}>{formatDatesIn(k.notes)}</span> : none, span: 2 },
    { key: 'updatedAt', label: messages.fields.updatedAt, children: formatDateTime(k.updatedAt), span: 2 },
  ];
}

export function KemitraanDetailPage() {
  const kemitraan = useReadById('kemitraan:get', useIdParam());
  return (
    <Loaded query={kemitraan}>
      {(k) => (
        <>
          <DetailHeader
            entity="kemitraan"
            id={k.id}
            version={k.version}
            title={k.number}
            sub={`${k.partnerName} · ${k.umkmName ?? k.komunitasName ?? none}`}
            texts={ap}
            editable={k.status === 'diusulkan' || k.status === 'aktif'}
            editPrimary={false}
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
          <MonevCard k={k} />
          <Attachments owner="kemitraan" ownerId={k.id} />
          <EntityHistory entity="kemitraan" id={k.id} version={k.updatedAt} />
        </>
      )}
    </Loaded>
  );
}
