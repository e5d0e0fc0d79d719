import type { RiwayatItem } from '../../../../shared/contract';
import type { RiwayatKind } from '../../../../shared/domain/riwayat';

/** Each kind's colour in the history (antd preset colours, so tags and dots match). */
export const KIND_COLOR: Record<RiwayatKind, string> = {
  sertifikat: 'green',
  kegiatan: 'blue',
  bantuan: 'orange',
  kemitraan: 'purple',
  monev: 'cyan',
};

/** Where an item's own record opens: the agreement, the activity; certificates and assistance sit in the tabs beside. */
export function linkOf(i: RiwayatItem): string | null {
  switch (i.kind) {
    case 'kegiatan':
      return `/kegiatan/${i.id}`;
    case 'kemitraan':
      return `/kemitraan/${i.id}`;
    case 'monev':
      return `/kemitraan/${i.kemitraanId}`;
    default:
      return null;
  }
}

/** One key per item: a certificate shows once per step. */
export const itemKey = (i: RiwayatItem) => `${i.kind}-${i.id}${i.kind === 'sertifikat' ? `-${i.step}` : ''}`;
