import { messages } from '../../../../../shared/i18n';
import { bantuanKindChoice, fundSourceChoice } from '../values/bantuanChoices';
import { buildTarget } from './build';
import { choiceField, dateField, identifierField, longTextField, moneyField, nikField, textField, yearField } from './fieldSpecs';
import { SYN, syn } from './synonyms';

const f = messages.bantuanFields;
const x = messages.excelImportFields;

/** One assistance per row, for the UMKM named by its NIK (or NIB): BantuanInput without umkmId (shared/contract/bantuan.ts). */
export const bantuanTarget = buildTarget('bantuan', [
  nikField({ key: 'nik', label: x.nik, required: true, synonyms: syn(SYN.nik) }),
  identifierField({ key: 'nib', label: x.nib, synonyms: syn(SYN.nib) }),
  choiceField({ key: 'kind', label: f.kind, required: true, synonyms: ['Jenis', 'Jenis Bantuan', 'Bentuk Bantuan', 'Kategori Bantuan', 'Kind', 'Type'] }, bantuanKindChoice),
  textField({ key: 'item', label: f.item, required: true, synonyms: ['Barang', 'Nama Barang', 'Uraian', 'Uraian Bantuan', 'Rincian', 'Bantuan', 'Item', 'Description'] }),
  moneyField({ key: 'value', label: f.value, synonyms: ['Nilai', 'Nilai Bantuan', 'Harga', 'Jumlah (Rp)', 'Nominal', 'Anggaran', 'Value', 'Amount'] }),
  choiceField({ key: 'fundSource', label: f.fundSource, required: true, synonyms: ['Sumber', 'Sumber Anggaran', 'Asal Dana', 'Dana', 'Fund source', 'Funding'] }, fundSourceChoice),
  textField({ key: 'programme', label: f.programme, synonyms: ['Nama Program', 'Kegiatan', 'Program Bantuan', 'Programme', 'Program name'] }),
  yearField({ key: 'year', label: f.year, required: true, synonyms: ['Tahun', 'TA', 'T.A.', 'Tahun Anggaran', 'Year', 'Budget year'] }),
  dateField({ key: 'handedAt', label: f.handedAt, synonyms: ['Tanggal', 'Tgl Serah Terima', 'Tanggal BAST', 'Tanggal Penyerahan', 'Tgl Penyerahan', 'Handed over', 'Date'] }),
  textField({ key: 'handoverNumber', label: f.handoverNumber, synonyms: ['BAST', 'No BAST', 'No. BAST', 'Nomor Berita Acara', 'Nomor Serah Terima', 'Handover number'] }),
  longTextField({ key: 'notes', label: f.notes, synonyms: syn(SYN.notes) }),
]);
