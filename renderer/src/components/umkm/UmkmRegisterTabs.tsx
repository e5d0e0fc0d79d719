import { Card, Tabs, type TabsProps } from 'antd';
import { messages } from '../../../../shared/i18n';
import { UmkmBantuanTab } from '../bantuan/UmkmBantuanTab';
import { UmkmKegiatanTab } from '../kegiatan/UmkmKegiatanTab';
import { UmkmSertifikatTab } from '../sertifikat/UmkmSertifikatTab';
import { UmkmLampiranTab } from './UmkmLampiranTab';
import { UmkmRiwayatTab } from '../riwayat/UmkmRiwayatTab';

export interface UmkmTabProps {
  umkmId: number;
  name: string;
  active: boolean;
}

/**
 * The UMKM's registers beyond its figures and partnerships (issue 15): licences and certificates,
 * activities, assistance, its history and its attachments, one tab each, so the page stays short
 * and each register loads only when its tab is opened. Each area adds its one tab below.
 */
export function UmkmRegisterTabs(props: UmkmTabProps) {
  const items: NonNullable<TabsProps['items']> = [];
  items.push({ key: 'sertifikat', label: messages.sertifikatPages.tab, children: <UmkmSertifikatTab {...props} /> });
  items.push({ key: 'kegiatan', label: messages.umkmKegiatanTab.tab, children: <UmkmKegiatanTab {...props} /> });
  items.push({ key: 'bantuan', label: messages.bantuanPages.tab, children: <UmkmBantuanTab {...props} /> });
  items.push({ key: 'riwayat', label: messages.riwayatText.tab, children: <UmkmRiwayatTab {...props} /> });
  items.push({ key: 'lampiran', label: messages.lampiran.tab, children: <UmkmLampiranTab {...props} /> });
  if (items.length === 0) return null;
  return (
    <Card style={{ marginTop: 16 }} data-testid="umkm-register-tabs">
      <Tabs items={items} destroyOnHidden />
    </Card>
  );
}
