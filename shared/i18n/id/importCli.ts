// The command-line tool's import and template commands.
export const importCli = {
  importCli: {
    badTarget: '--target harus salah satu dari: {targets}.',
    fileNeeded: 'Sebutkan berkas yang diimpor, misalnya: import data-umkm.xlsx',
    outNeeded: 'Sebutkan berkas tujuan dengan --out FILE.',
    summary: 'Impor selesai: {imported} baru, {updated} diperbarui, {skipped} dilewati, {refused} ditolak.',
    dryRunSummary: 'Uji coba (tidak ada yang disimpan): {imported} akan baru, {updated} akan diperbarui, {skipped} dilewati, {refused} ditolak.',
    cancelledSummary: 'Impor dibatalkan: tidak ada yang disimpan.',
    moreErrors: '  … dan {n} kesalahan lainnya (pakai --errors OUT.xlsx untuk semua baris yang ditolak).',
    templateWritten: 'Templat impor ditulis ke {file}',
  },
} as const;
