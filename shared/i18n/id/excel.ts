// Excel import wizard, template and exports.
export const excel = {
  excelValidation: {
    columnTwice: 'Satu kolom hanya untuk satu isian.',
    rangeReversed: 'Tanggal akhir sebelum tanggal awal.',
  },
} as const;
