import { messages } from '../../../../../shared/i18n';
import { buildTarget } from './build';
import { kecamatanField, longTextField, phoneField, textField } from './fieldSpecs';
import { SYN, syn } from './synonyms';

const f = messages.komunitasFields;

/** One community per row: KomunitasInput without members and leader UMKM (chosen in the app). */
export const komunitasTarget = buildTarget('komunitas', [
  textField({
    key: 'name',
    label: f.name,
    required: true,
    synonyms: ['Nama Komunitas', 'Komunitas', 'Nama Kelompok', 'Kelompok', 'Nama Paguyuban', 'Paguyuban', 'Nama Asosiasi', 'Asosiasi', 'Nama', 'Community', 'Community name'],
  }),
  kecamatanField({ key: 'kecamatan', label: f.kecamatan, synonyms: syn(SYN.kecamatan) }),
  textField({
    key: 'leaderName',
    label: f.leaderName,
    synonyms: ['Ketua', 'Nama Ketua', 'Ketua Komunitas', 'Narahubung', 'Koordinator', 'Contact Person', 'CP', 'PIC', 'Leader', 'Chair'],
  }),
  phoneField({ key: 'phone', label: f.phone, synonyms: syn(SYN.phone) }),
  longTextField({ key: 'notes', label: f.notes, synonyms: syn(SYN.notes) }),
]);
