// Column names seen in the department's and partners' sheets, Indonesian first, then English.
// They are matched after normalising case, punctuation and abbreviations (columnMatch.ts).
export const SYN = {
  nik: ['NIK', 'No. NIK', 'NIK Pemilik', 'NIK KTP', 'No. KTP', 'Nomor KTP', 'KTP', 'Nomor Induk Kependudukan', 'NIK Pemilik Usaha', 'ID number', 'National ID'],
  nib: ['NIB', 'No. NIB', 'Nomor Induk Berusaha', 'NIB OSS', 'Business ID number'],
  npwp: ['NPWP', 'No. NPWP', 'Nomor Pokok Wajib Pajak', 'Tax ID', 'Tax number'],
  address: ['Alamat', 'Alamat Usaha', 'Alamat Lengkap', 'Alamat Tempat Usaha', 'Lokasi Usaha', 'Alamat Kantor', 'Address', 'Business address'],
  kecamatan: ['Kecamatan', 'Kec.', 'Kec', 'Kecamatan Usaha', 'Wilayah Kecamatan', 'District'],
  kelurahan: ['Kelurahan', 'Kel.', 'Kel./Desa', 'Kelurahan/Desa', 'Desa/Kelurahan', 'Desa', 'Village', 'Urban village', 'Sub-district'],
  phone: [
    'Telepon', 'Telp', 'No. Telp', 'No. Telepon', 'Nomor Telepon', 'No. HP', 'No. HP/WA', 'HP/WA', 'HP', 'No. WA', 'WA', 'WhatsApp', 'Nomor HP',
    'No. Handphone', 'Handphone', 'Telp/HP', 'Kontak', 'No. Kontak', 'Phone', 'Phone number', 'Mobile',
  ],
  email: ['Email', 'E-mail', 'Alamat Email', 'Surel'],
  notes: ['Catatan', 'Keterangan', 'Ket.', 'Ket', 'Notes', 'Remarks', 'Note'],
  annualSales: [
    'Omzet', 'Omset', 'Omzet/Tahun', 'Omzet/Tahun (Rp)', 'Omzet per Tahun', 'Omset per tahun', 'Omzet Tahunan', 'Omset Tahunan', 'Omzet Setahun',
    'Hasil Penjualan Tahunan', 'Penjualan per Tahun', 'Penjualan Tahunan', 'Penjualan', 'Pendapatan per Tahun', 'Annual turnover', 'Turnover',
    'Annual sales', 'Revenue', 'Sales',
  ],
  capital: ['Modal', 'Modal Usaha', 'Modal Usaha (Rp)', 'Modal (Rp)', 'Modal Awal', 'Capital', 'Business capital'],
  assets: ['Aset', 'Asset', 'Aset (Rp)', 'Nilai Aset', 'Total Aset', 'Jumlah Aset', 'Kekayaan Bersih', 'Assets'],
  employees: [
    'Jml TK', 'Jumlah TK', 'Jumlah Tenaga Kerja', 'Tenaga Kerja', 'TK', 'Jumlah Karyawan', 'Karyawan', 'Jumlah Pekerja', 'Pekerja', 'Tenaga Kerja (orang)',
    'Employees', 'Number of employees', 'Staff',
  ],
  marketReach: ['Jangkauan Pasar', 'Jangkauan', 'Wilayah Pemasaran', 'Daerah Pemasaran', 'Cakupan Pasar', 'Pemasaran', 'Pasar', 'Market reach', 'Market'],
  status: ['Status', 'Status Usaha', 'Status Aktif', 'Keaktifan', 'Active'],
} as const;

export const syn = (...lists: ReadonlyArray<readonly string[]>): string[] => lists.flat();
