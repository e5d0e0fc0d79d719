import { messages } from '../../../../../shared/i18n';
import { kbliVersionChoice, marketReachChoice, sectorChoice, umkmStatusChoice } from '../values/choices';
import { buildTarget } from './build';
import {
  choiceField,
  dateField,
  identifierField,
  integerField,
  kecamatanField,
  kelurahanField,
  longTextField,
  moneyField,
  nikField,
  phoneField,
  textField,
  yearField,
} from './fieldSpecs';
import { SYN, syn } from './synonyms';

const f = messages.fields;

/** One UMKM per row; the keys are UMKM_INPUT_FIELDS (shared/contract/umkm.ts). */
export const umkmTarget = buildTarget('umkm', [
  textField({
    key: 'businessName',
    label: f.businessName,
    required: true,
    synonyms: ['Nama Usaha', 'Nama UMKM', 'Nama Unit Usaha', 'Nama Toko', 'Nama Merek', 'Merek Usaha', 'Nama IKM', 'Nama Badan Usaha', 'Usaha', 'Business name', 'Business', 'Company name'],
  }),
  textField({
    key: 'ownerName',
    label: f.ownerName,
    required: true,
    synonyms: ['Nama Pemilik', 'Pemilik', 'Nama Pemilik Usaha', 'Pemilik Usaha', 'Nama Pelaku Usaha', 'Pelaku Usaha', 'Nama Lengkap', 'Nama', 'Nama Penanggung Jawab', 'Owner', 'Owner name', "Owner's name"],
  }),
  nikField({ key: 'nik', label: f.nik, required: true, synonyms: syn(SYN.nik) }),
  identifierField({ key: 'nib', label: f.nib, synonyms: syn(SYN.nib) }),
  identifierField({ key: 'npwp', label: f.npwp, synonyms: syn(SYN.npwp) }),
  longTextField({ key: 'address', label: f.address, required: true, synonyms: syn(SYN.address) }),
  kecamatanField({ key: 'kecamatan', label: f.kecamatan, required: true, synonyms: syn(SYN.kecamatan) }),
  kelurahanField({ key: 'kelurahan', label: f.kelurahan, required: true, synonyms: syn(SYN.kelurahan) }),
  choiceField(
    {
      key: 'sector',
      label: f.sector,
      required: true,
      synonyms: ['Sektor', 'Sektor Usaha', 'Jenis Usaha', 'Bidang Usaha', 'Kategori Usaha', 'Kategori', 'Jenis', 'Bidang', 'Sector', 'Business type', 'Category'],
    },
    sectorChoice,
  ),
  identifierField({ key: 'kbli', label: f.kbli, synonyms: ['KBLI', 'Kode KBLI', 'No. KBLI', 'KBLI code'] }, 5),
  choiceField({ key: 'kbliVersion', label: f.kbliVersion, synonyms: ['Versi KBLI', 'Tahun KBLI', 'KBLI version'] }, kbliVersionChoice),
  phoneField({ key: 'phone', label: f.phone, synonyms: syn(SYN.phone) }),
  textField({ key: 'email', label: f.email, synonyms: syn(SYN.email) }),
  yearField({
    key: 'foundedYear',
    label: f.foundedYear,
    synonyms: ['Tahun Berdiri', 'Th. Berdiri', 'Thn Berdiri', 'Tahun Pendirian', 'Tahun Mulai Usaha', 'Mulai Usaha', 'Berdiri Sejak', 'Sejak', 'Year founded', 'Founded'],
  }),
  integerField({ key: 'employees', label: f.employees, synonyms: syn(SYN.employees) }),
  moneyField({ key: 'capital', label: f.capital, synonyms: syn(SYN.capital) }),
  moneyField({ key: 'annualSales', label: f.annualSales, synonyms: syn(SYN.annualSales) }),
  moneyField({ key: 'assets', label: f.assets, synonyms: syn(SYN.assets) }),
  longTextField({
    key: 'products',
    label: f.products,
    synonyms: ['Produk', 'Produk Utama', 'Jenis Produk', 'Nama Produk', 'Produk/Jasa', 'Barang/Jasa', 'Komoditas', 'Products', 'Product'],
  }),
  choiceField({ key: 'marketReach', label: f.marketReach, synonyms: syn(SYN.marketReach) }, marketReachChoice),
  choiceField({ key: 'status', label: f.status, synonyms: syn(SYN.status) }, umkmStatusChoice),
  longTextField({ key: 'notes', label: f.notes, synonyms: syn(SYN.notes) }),
  dateField({
    key: 'registeredAt',
    label: f.registeredAt,
    synonyms: [
      'Tanggal Registrasi', 'Tgl Daftar', 'Tanggal Daftar', 'Tgl Registrasi', 'Tanggal Pendaftaran', 'Tgl Pendaftaran', 'Tanggal Terdaftar', 'Terdaftar',
      'Tanggal Input', 'Tanggal Pendataan', 'Registration date', 'Date registered', 'Registered',
    ],
  }),
]);
