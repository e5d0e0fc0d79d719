// Class progress: records, moves up and down, the Naik Kelas report.
export const progress = {
  progressEnums: {
    certification: { nib: 'NIB', pirt: 'PIRT', halal: 'Halal', bpom: 'BPOM (izin edar)', sni: 'SNI', hki: 'HKI / merek', label_gizi: 'Label gizi' },
    channel: { offline: 'Offline (toko, pasar)', marketplace: 'Marketplace / daring', ekspor: 'Ekspor' },
    source: { survei: 'Survei petugas', laporan_mandiri: 'Laporan mandiri', dokumen: 'Dokumen (laporan keuangan, SPT)' },
    direction: { naik: 'Naik kelas', turun: 'Turun kelas', tetap: 'Tetap' },
  },
  progressFields: {
    date: 'Tanggal data',
    annualSales: 'Omzet tahunan (Rp)',
    capital: 'Modal usaha (Rp)',
    assets: 'Aset (Rp)',
    employees: 'Tenaga kerja',
    marketReach: 'Jangkauan pasar',
    certifications: 'Sertifikasi dimiliki',
    channels: 'Saluran penjualan',
    source: 'Sumber data',
    notes: 'Catatan',
    class: 'Kelas',
  },
  progressValidation: {
    figuresNeeded: 'Isi omzet tahunan atau modal usaha agar kelas dapat dihitung.',
    rangeReversed: 'Tanggal akhir periode tidak boleh sebelum tanggal awal.',
    umkmDeleted: 'UMKM ini sudah dihapus dari registri.',
    umkmFixed: 'Data perkembangan tidak dapat dipindahkan ke UMKM lain; hapus lalu catat di UMKM yang benar.',
    transitionInvalid: 'Perpindahan kelas "{transition}" tidak cocok dengan kelompok "{outcome}".',
  },
  progressEntity: { record: 'Data perkembangan' },
  // The note on the record a registration writes (migration 3 writes the same words).
  progressText: { registrationNote: 'Data registrasi' },
} as const;
