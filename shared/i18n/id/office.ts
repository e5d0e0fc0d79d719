// The office's settings: letterhead and signatory (issue 11).
export const office = {
  office: {
    defaults: {
      government: 'PEMERINTAH KOTA BALIKPAPAN',
      officeName: 'DINAS KOPERASI, USAHA MIKRO, KECIL DAN MENENGAH DAN PERINDUSTRIAN',
      city: 'Balikpapan',
      signatoryPosition: 'Kepala Dinas Koperasi, UMKM dan Perindustrian Kota Balikpapan',
    },
    emblemType: 'Lambang harus berkas PNG atau JPEG.',
    emblemTooLarge: 'Berkas lambang terlalu besar (paling besar 1 MB).',
    emblemUnreadable: 'Berkas lambang tidak dapat dibaca sebagai gambar.',
    nipInvalid: 'NIP harus 18 angka, misalnya 19700101 199503 1 001.',
  },
};
