import { messages } from '../../../../../shared/i18n';
import { sertifikatKindChoice, sertifikatRouteChoice, sertifikatStatusChoice } from '../values/sertifikatChoices';
import { buildTarget } from './build';
import { choiceField, dateField, identifierField, longTextField, nikField, textField, yearField } from './fieldSpecs';
import { SYN, syn } from './synonyms';

const f = messages.sertifikatFields;
const x = messages.excelImportFields;

/** One certificate per row, for the UMKM named by its NIK (or NIB): SertifikatInput without umkmId (shared/contract/sertifikat.ts). */
export const sertifikatTarget = buildTarget('sertifikat', [
  nikField({ key: 'nik', label: x.nik, required: true, synonyms: syn(SYN.nik) }),
  identifierField({ key: 'nib', label: x.nib, synonyms: syn(SYN.nib) }),
  choiceField({ key: 'kind', label: f.kind, required: true, synonyms: ['Jenis', 'Jenis Sertifikat', 'Jenis Izin', 'Legalitas', 'Perizinan', 'Kind', 'Type'] }, sertifikatKindChoice),
  textField({ key: 'kindOther', label: f.kindOther, synonyms: ['Jenis Lain', 'Keterangan Jenis'] }),
  choiceField({ key: 'status', label: f.status, required: true, synonyms: ['Status', 'Status Permohonan', 'Keadaan', 'Progres', 'Status'] }, sertifikatStatusChoice),
  textField({ key: 'number', label: f.number, synonyms: ['Nomor', 'No Sertifikat', 'No. Sertifikat', 'Nomor Izin', 'Nomor SH', 'Number'] }),
  textField({ key: 'issuer', label: f.issuer, synonyms: ['Instansi', 'Diterbitkan Oleh', 'Lembaga', 'Issuer'] }),
  dateField({ key: 'submittedAt', label: f.submittedAt, synonyms: ['Tgl Pengajuan', 'Tanggal Pengajuan', 'Tgl Diajukan', 'Tanggal Daftar', 'Submitted'] }),
  dateField({ key: 'issuedAt', label: f.issuedAt, synonyms: ['Tgl Terbit', 'Tanggal Sertifikat', 'Tgl Sertifikat', 'Issued'] }),
  dateField({ key: 'validUntil', label: f.validUntil, synonyms: ['Masa Berlaku', 'Berlaku Hingga', 'Tgl Kedaluwarsa', 'Kadaluarsa', 'Expiry', 'Valid until'] }),
  choiceField({ key: 'route', label: f.route, synonyms: ['Jalur', 'Skema', 'Jalur Sertifikasi', 'Route'] }, sertifikatRouteChoice),
  textField({ key: 'programme', label: f.programme, synonyms: ['Program', 'Nama Program', 'Fasilitasi', 'Programme'] }),
  yearField({ key: 'programmeYear', label: f.programmeYear, synonyms: ['Tahun', 'TA', 'Tahun Anggaran', 'Year'] }),
  textField({ key: 'companion', label: f.companion, synonyms: ['Pendamping PPH', 'Nama Pendamping', 'Pendamping Halal', 'Companion'] }),
  longTextField({ key: 'refusalReason', label: f.refusalReason, synonyms: ['Alasan', 'Alasan Penolakan', 'Keterangan Ditolak'] }),
  longTextField({ key: 'notes', label: f.notes, synonyms: syn(SYN.notes) }),
]);
