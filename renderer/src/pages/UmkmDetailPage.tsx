import { useEffect, useState } from 'react';
import { Alert, Card, Descriptions, Space, Tag } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import type { Umkm } from '../../../shared/contract';
import { bpsSizeByWorkers } from '../../../shared/domain/classification';
import { formatNpwp } from '../../../shared/domain/identifiers';
import { displayPhone } from '../../../shared/domain/phone';
import { fill, messages } from '../../../shared/i18n';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/rupiah';
import { useReadById } from '../api/queries';
import { useIdParam } from '../hooks/useIdParam';
import { ClassTag } from '../components/ClassTag';
import { DetailHeader } from '../components/DetailHeader';
import { Loaded } from '../components/Loaded';
import { EntityHistory } from '../components/audit/EntityHistory';
import { UmkmRegisterTabs } from '../components/umkm/UmkmRegisterTabs';
import { UmkmPartnerships } from '../components/UmkmPartnerships';
import { UmkmProgress, type NewRecordState } from '../components/progress/UmkmProgress';

const f = messages.fields;
const dt = messages.detail;
const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '–' : v);

function items(u: Umkm) {
  const bps = bpsSizeByWorkers(u.employees);
  return [
    { key: 'businessName', label: f.businessName, children: u.businessName },
    { key: 'ownerName', label: f.ownerName, children: u.ownerName },
    { key: 'nik', label: f.nik, children: u.nik },
    { key: 'nib', label: f.nib, children: dash(u.nib) },
    { key: 'npwp', label: f.npwp, children: u.npwp ? formatNpwp(u.npwp) : '–' },
    { key: 'status', label: f.status, children: <Tag color={u.status === 'aktif' ? 'green' : 'default'}>{messages.enums.status[u.status]}</Tag> },
    { key: 'address', label: f.address, children: u.address, span: 2 },
    { key: 'kecamatan', label: f.kecamatan, children: u.kecamatanName },
    { key: 'kelurahan', label: f.kelurahan, children: u.kelurahanName },
    { key: 'sector', label: f.sector, children: messages.enums.sector[u.sector] },
    { key: 'kbli', label: f.kbli, children: u.kbli ? `${u.kbli} (KBLI ${u.kbliVersion})` : '–' },
    { key: 'phone', label: f.phone, children: u.phone ? displayPhone(u.phone) : '–' },
    { key: 'email', label: f.email, children: dash(u.email) },
    { key: 'foundedYear', label: f.foundedYear, children: dash(u.foundedYear) },
    {
      key: 'employees',
      label: f.employees,
      children: u.employees == null ? '–' : `${u.employees}${bps ? ` · ${fill(dt.workersSecondary, { size: bps })}` : ''}`,
    },
    { key: 'annualSales', label: f.annualSales, children: formatRupiah(u.annualSales) },
    { key: 'capital', label: f.capital, children: formatRupiah(u.capital) },
    { key: 'assets', label: f.assets, children: formatRupiah(u.assets) },
    { key: 'marketReach', label: f.marketReach, children: messages.enums.marketReach[u.marketReach] },
    {
      key: 'class',
      label: f.class,
      children: (
        <Space>
          <ClassTag value={u.class} />
          <span data-testid="class-basis">{fill(dt.classBy, { basis: messages.enums.classBasis[u.classBasis] })}</span>
        </Space>
      ),
      span: 2,
    },
    { key: 'products', label: f.products, children: dash(u.products), span: 2 },
    { key: 'notes', label: f.notes, children: dash(u.notes), span: 2 },
    { key: 'registeredAt', label: f.registeredAt, children: formatDate(u.registeredAt) },
    { key: 'updatedAt', label: f.updatedAt, children: formatDateTime(u.updatedAt) },
  ];
}

export function UmkmDetailPage() {
  const umkm = useReadById('umkm:get', useIdParam());
  const location = useLocation();
  const navigate = useNavigate();
  // A new year's figures typed in the UMKM form open a new record here, once: taken from the
  // history entry, which is then cleared so that a reload or Back does not open it again.
  const [newRecord] = useState(() => (location.state as NewRecordState | null)?.newRecord);
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  return (
    <Loaded query={umkm}>
      {(u) => (
        <>
          <DetailHeader entity="umkm" id={u.id} version={u.version} title={u.businessName} sub={`${u.ownerName} · ${u.kecamatanName}`} texts={dt} />
          {u.class === 'besar' ? <Alert type="warning" showIcon title={dt.besarWarning} style={{ marginBottom: 16 }} /> : null}
          <Card>
            <Descriptions bordered column={2} size="middle" items={items(u)} />
          </Card>
          <UmkmProgress umkmId={u.id} name={u.businessName} newRecord={newRecord} />
          <UmkmPartnerships umkmId={u.id} active={u.status === 'aktif'} />
          <UmkmRegisterTabs umkmId={u.id} name={u.businessName} active={u.status === 'aktif'} />
          <EntityHistory entity="umkm" id={u.id} version={u.updatedAt} />
        </>
      )}
    </Loaded>
  );
}
