import { MONEV_METHODS, MONEV_SALES } from '../../../../../shared/domain/monev';
import { messages } from '../../../../../shared/i18n';
import { makeChoice } from './choice';

// The monev import's choices (issue 15): words clerks write for each value besides its label.
const e = messages.monevEnums;

export const monevMethodChoice = makeChoice(
  MONEV_METHODS.map((code) => ({
    code,
    label: e.method[code],
    synonyms: {
      kunjungan_lapangan: ['kunjungan', 'lapangan', 'visit', 'tatap muka', 'langsung'],
      telepon: ['telp', 'tlp', 'telpon', 'wa', 'whatsapp', 'phone'],
      daring: ['online', 'zoom', 'virtual', 'rapat online'],
      laporan_mitra: ['laporan', 'laporan mitra', 'report'],
    }[code],
  })),
);

export const monevSalesChoice = makeChoice(
  MONEV_SALES.map((code) => ({
    code,
    label: e.sales[code],
    synonyms: { laku: ['laris', 'bagus', 'baik'], kurang_laku: ['kurang', 'sedang', 'lumayan'], tidak_laku: ['tidak', 'tdk laku', 'sepi', 'belum laku'] }[code],
  })),
);

/** Stock-out: "ya" / "tidak" and the words for them. */
export const stockOutChoice = makeChoice([
  { code: 'ya', label: messages.exportText.yes, synonyms: ['y', 'habis', 'stok habis', 'kosong', 'yes', '1'] },
  { code: 'tidak', label: messages.exportText.no, synonyms: ['t', 'n', 'no', 'tersedia', 'ada', '0', 'tdk'] },
]);
