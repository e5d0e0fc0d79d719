import { messages } from '../../../../../shared/i18n';
import { mitraKindChoice, mitraStatusChoice, sectorChoice, supportChoice, umkmClassChoice } from '../values/choices';
import { buildTarget } from './build';
import { choiceField, identifierField, kecamatanField, listField, longTextField, phoneField, textField } from './fieldSpecs';
import { SYN, syn } from './synonyms';

const f = messages.mitraFields;

/** One partner (hotel, supermarket, bank…) per row: MitraInput (shared/contract/mitra.ts). */
export const mitraTarget = buildTarget('mitra', [
  textField({
    key: 'name',
    label: f.name,
    required: true,
    synonyms: ['Nama Perusahaan', 'Nama Mitra', 'Perusahaan', 'Mitra', 'Nama Instansi', 'Instansi', 'Nama Badan Usaha', 'Nama', 'Company', 'Company name', 'Partner', 'Partner name'],
  }),
  choiceField(
    { key: 'kind', label: f.kind, required: true, synonyms: ['Jenis Mitra', 'Jenis', 'Tipe Mitra', 'Tipe', 'Kategori Mitra', 'Kategori', 'Jenis Perusahaan', 'Type', 'Partner type'] },
    mitraKindChoice,
  ),
  textField({ key: 'sector', label: f.sector, synonyms: ['Bidang Usaha', 'Bidang', 'Sektor', 'Sektor Usaha', 'Industri', 'Sector', 'Line of business'] }),
  longTextField({ key: 'address', label: f.address, synonyms: syn(SYN.address) }),
  kecamatanField({ key: 'kecamatan', label: f.kecamatan, synonyms: syn(SYN.kecamatan) }),
  textField({
    key: 'contactName',
    label: f.contactName,
    synonyms: ['Narahubung', 'Nama Narahubung', 'Kontak Person', 'Contact Person', 'CP', 'Nama Kontak', 'PIC', 'Nama PIC', 'Penanggung Jawab', 'Contact name'],
  }),
  phoneField({ key: 'phone', label: f.phone, synonyms: syn(SYN.phone).filter((s) => s !== 'Kontak') }),
  textField({ key: 'email', label: f.email, synonyms: syn(SYN.email) }),
  identifierField({ key: 'nib', label: f.nib, synonyms: syn(SYN.nib) }),
  identifierField({ key: 'npwp', label: f.npwp, synonyms: syn(SYN.npwp) }),
  choiceField({ key: 'status', label: f.status, synonyms: syn(SYN.status) }, mitraStatusChoice),
  listField(
    { key: 'interestSectors', label: f.interestSectors, synonyms: ['Sektor Diminati', 'Sektor yang Diminati', 'Minat Sektor', 'Sektor Minat', 'Sektor UMKM', 'Sektor Binaan', 'Interest sectors'] },
    sectorChoice,
  ),
  listField({ key: 'offers', label: f.offers, synonyms: ['Dukungan', 'Bentuk Dukungan', 'Jenis Dukungan', 'Dukungan Ditawarkan', 'Bantuan', 'Offers', 'Support'] }, supportChoice),
  listField({ key: 'targetClasses', label: f.targetClasses, synonyms: ['Kelas Sasaran', 'Sasaran Kelas', 'Kelas UMKM', 'Target Kelas', 'Target classes'] }, umkmClassChoice),
  longTextField({ key: 'notes', label: f.notes, synonyms: syn(SYN.notes) }),
]);
