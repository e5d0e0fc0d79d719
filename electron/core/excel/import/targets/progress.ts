import { messages } from '../../../../../shared/i18n';
import { certificationChoice, channelChoice, marketReachChoice, sourceChoice } from '../values/choices';
import { buildTarget } from './build';
import { choiceField, dateField, identifierField, integerField, listField, longTextField, moneyField, nikField } from './fieldSpecs';
import { SYN, syn } from './synonyms';

const f = messages.progressFields;
const x = messages.excelImportFields;

/** One class record per row, for the UMKM named by its NIK (the engine turns nik into umkmId):
 *  ClassRecordInput without umkmId (shared/contract/progress.ts). */
export const progressTarget = buildTarget('progress', [
  nikField({ key: 'nik', label: x.nik, required: true, synonyms: syn(SYN.nik) }),
  identifierField({ key: 'nib', label: x.nib, synonyms: syn(SYN.nib) }),
  dateField({
    key: 'date',
    label: f.date,
    required: true,
    synonyms: ['Tanggal', 'Tgl', 'Tanggal Data', 'Tanggal Pendataan', 'Tanggal Survei', 'Tanggal Laporan', 'Per Tanggal', 'Date', 'Record date'],
  }),
  moneyField({ key: 'annualSales', label: f.annualSales, synonyms: syn(SYN.annualSales) }),
  moneyField({ key: 'capital', label: f.capital, synonyms: syn(SYN.capital) }),
  moneyField({ key: 'assets', label: f.assets, synonyms: syn(SYN.assets) }),
  integerField({ key: 'employees', label: f.employees, synonyms: syn(SYN.employees) }),
  choiceField({ key: 'marketReach', label: f.marketReach, synonyms: syn(SYN.marketReach) }, marketReachChoice),
  listField(
    { key: 'certifications', label: f.certifications, synonyms: ['Sertifikasi', 'Sertifikat', 'Sertifikasi Dimiliki', 'Legalitas', 'Perizinan', 'Izin Usaha', 'Certifications'] },
    certificationChoice,
  ),
  listField({ key: 'channels', label: f.channels, synonyms: ['Saluran Penjualan', 'Saluran', 'Cara Penjualan', 'Media Penjualan', 'Sales channels', 'Channels'] }, channelChoice),
  choiceField({ key: 'source', label: f.source, required: true, synonyms: ['Sumber Data', 'Sumber', 'Sumber Informasi', 'Source'] }, sourceChoice),
  longTextField({ key: 'notes', label: f.notes, synonyms: syn(SYN.notes) }),
]);
