// What the import engine says of a workbook, its rows and its write.
export const importEngine = {
  importEngine: {
    sessionGone: 'Sesi impor sudah berakhir. Buka berkasnya sekali lagi.',
    sheetUnknown: 'Lembar "{sheet}" tidak ada di berkas ini.',
    fieldUnknown: 'Isian tidak dikenal dalam pilihan kolom: {fields}.',
    cancelled: 'Impor dibatalkan. Tidak ada data yang disimpan.',
    busy: 'Impor ini sedang berjalan. Tunggu sampai selesai atau batalkan.',
    rowFailed: 'Baris {row} gagal disimpan, seluruh impor dibatalkan dan tidak ada data yang disimpan.',
    nibHeldByOther: 'NIB ini milik UMKM lain "{name}" (ID {id}), bukan UMKM dengan NIK pada baris ini.',
    umkmUnknown: 'UMKM dengan NIK/NIB {key} tidak ada di registri. Daftarkan UMKM-nya dahulu.',
    refusedSheet: 'Baris ditolak',
    refusedRowColumn: 'Baris asal',
    refusedErrorColumn: 'Keterangan kesalahan',
    templateFilePrefix: 'Templat-Impor',
    auditRow: 'Impor {file}, baris {row}',
    auditSummary: 'Impor {file} (lembar {sheet}): {new} baru, {update} diperbarui, {refused} ditolak',
  },
} as const;
