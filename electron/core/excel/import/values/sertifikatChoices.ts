import { SERTIFIKAT_KINDS, SERTIFIKAT_ROUTES, SERTIFIKAT_STATUSES } from '../../../../../shared/domain/sertifikat';
import { messages } from '../../../../../shared/i18n';
import { makeChoice } from './choice';

// The certificate import's choices (issue 15): the words clerks and the BPJPH/OSS lists write for each value.

const e = messages.sertifikatEnums;

export const sertifikatKindChoice = makeChoice(
  SERTIFIKAT_KINDS.map((code) => ({
    code,
    label: e.kind[code],
    synonyms: {
      nib: ['nib', 'nomor induk berusaha', 'oss'],
      pirt: ['pirt', 'p-irt', 'spp-irt', 'sppirt'],
      halal: ['halal', 'sh', 'sertifikasi halal', 'bpjph', 'sehati'],
      bpom_md: ['bpom', 'md', 'bpom md', 'pom md', 'izin edar'],
      bpom_ml: ['ml', 'bpom ml', 'pom ml'],
      sni: ['sni'],
      hki: ['hki', 'merek', 'haki', 'merk', 'paten'],
      label_gizi: ['label gizi', 'informasi nilai gizi', 'ing', 'nutrition facts'],
      sertifikat_standar: ['sertifikat standar', 'standar'],
      lainnya: ['lain', 'lain-lain', 'other'],
    }[code],
  })),
);

export const sertifikatStatusChoice = makeChoice(
  SERTIFIKAT_STATUSES.map((code) => ({
    code,
    label: e.status[code],
    synonyms: {
      rencana: ['rencana', 'direncanakan', 'belum diajukan', 'usulan'],
      diajukan: ['diajukan', 'proses', 'dalam proses', 'sudah diajukan', 'submitted'],
      berkas_kurang: ['berkas kurang', 'kurang berkas', 'perbaikan', 'revisi', 'dikembalikan'],
      terbit: ['terbit', 'sudah terbit', 'selesai', 'ada', 'issued'],
      ditolak: ['ditolak', 'tolak', 'gagal', 'rejected'],
    }[code],
  })),
);

export const sertifikatRouteChoice = makeChoice(
  SERTIFIKAT_ROUTES.map((code) => ({
    code,
    label: e.route[code],
    synonyms: { self_declare: ['self declare', 'self-declare', 'sd', 'pernyataan pelaku usaha'], reguler: ['reguler', 'regular', 'lph'] }[code],
  })),
);
