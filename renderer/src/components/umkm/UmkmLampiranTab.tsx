import { Attachments } from '../lampiran/Attachments';
import type { UmkmTabProps } from './UmkmRegisterTabs';

/** The UMKM's scans and photos: KTP, NIB, product photos … */
export function UmkmLampiranTab({ umkmId }: UmkmTabProps) {
  return <Attachments owner="umkm" ownerId={umkmId} bare />;
}
