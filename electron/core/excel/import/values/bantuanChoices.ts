import { BANTUAN_KINDS } from '../../../../../shared/domain/bantuan';
import { FUND_SOURCES } from '../../../../../shared/domain/funding';
import { messages } from '../../../../../shared/i18n';
import { makeChoice } from './choice';

// The assistance import's choices (issue 15): the words clerks write for each value besides its label.

export const bantuanKindChoice = makeChoice(
  BANTUAN_KINDS.map((code) => ({
    code,
    label: messages.bantuanKind[code],
    synonyms: {
      peralatan: ['alat', 'peralatan usaha', 'sarana', 'sarana usaha', 'mesin', 'equipment'],
      modal: ['modal', 'modal kerja', 'permodalan', 'uang', 'dana', 'capital'],
      kemasan: ['packaging', 'label', 'kemasan produk'],
      sewa_stand: ['sewa stand', 'stand', 'stan', 'booth', 'sewa booth', 'sewa lapak'],
      lainnya: ['lain', 'lain-lain', 'other'],
    }[code],
  })),
);

export const fundSourceChoice = makeChoice(
  FUND_SOURCES.map((code) => ({
    code,
    label: messages.fundSource[code],
    synonyms: {
      apbd: ['apbd', 'apbd kota', 'apbd balikpapan', 'pemkot'],
      apbn_dak: ['apbn', 'dak', 'dak non fisik', 'kementerian', 'banpres'],
      csr_mitra: ['csr', 'mitra', 'tjsl', 'bapak angkat'],
      bank_indonesia: ['bi', 'bank indonesia', 'kpw bi'],
      lainnya: ['lain', 'lain-lain', 'hibah', 'other'],
    }[code],
  })),
);
