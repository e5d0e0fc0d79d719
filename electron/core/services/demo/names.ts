import type { Sector } from '../../../../shared/domain/sectors';

// Names in the style of Balikpapan's UMKM: Banjar, Bugis, Jawa, Dayak and Kutai families,
// and the city's products (amplang, kerupuk ikan, batik Kaltim, manik-manik, madu kelulut).
export const FIRST_NAMES_F = [
  'Siti', 'Nur', 'Dewi', 'Rina', 'Wahyuni', 'Fitri', 'Aisyah', 'Ratna', 'Sri', 'Yuliana', 'Hajjah Rahmah', 'Masitah', 'Noor', 'Andi Fatimah',
  'Rosmiati', 'Herlina', 'Kartini', 'Mariani', 'Suryani', 'Lestari', 'Indah', 'Ayu', 'Nurhayati', 'Hartini',
] as const;
export const FIRST_NAMES_M = [
  'Muhammad', 'Ahmad', 'Rizky', 'Andi', 'Budi', 'Agus', 'Syamsul', 'Hendra', 'Fajar', 'Arif', 'Yusuf', 'Rahmat', 'Daeng Rahman', 'Irwan',
  'Joko', 'Slamet', 'Bambang', 'Hasan', 'Gusti', 'Fauzan', 'Yohanes', 'Samuel', 'Iwan', 'Dedi',
] as const;
export const FAMILY_NAMES = [
  'Rahmawati', 'Hidayat', 'Saputra', 'Pratama', 'Wijaya', 'Setiawan', 'Kurniawan', 'Santoso', 'Lestari', 'Hasanah', 'Nurdin', 'Syahrani',
  'Mahmud', 'Amir', 'Aminah', 'Baharuddin', 'Ramli', 'Sinaga', 'Lumban', 'Paembonan', 'Anwar', 'Effendi', 'Gunawan', 'Hakim',
] as const;

export const PRODUCTS: Record<Sector, readonly string[]> = {
  kuliner: [
    'Amplang Kepiting', 'Kerupuk Ikan Tenggiri', 'Kue Bingka', 'Lempok Durian', 'Sambal Raja', 'Soto Banjar', 'Nasi Kuning', 'Abon Ikan',
    'Kopi Robusta Kaltim', 'Madu Kelulut', 'Keripik Pisang', 'Roti Gambang', 'Bolu Pandan', 'Dodol Rumput Laut', 'Ayam Bakar Taliwang',
    'Kue Basah', 'Terasi Udang', 'Stik Bawang',
  ],
  fesyen: ['Batik Kaltim', 'Sasirangan', 'Tenun Ulap Doyo', 'Busana Muslim', 'Konveksi Seragam', 'Tas Rajut', 'Hijab Etnik'],
  kriya: ['Manik-manik Dayak', 'Anyaman Rotan', 'Ukiran Kayu Ulin', 'Kerajinan Kerang', 'Souvenir Beruang Madu', 'Lampion Bambu', 'Batu Akik'],
  jasa: ['Laundry Kiloan', 'Servis Elektronik', 'Salon Muslimah', 'Jasa Katering', 'Percetakan Digital', 'Bengkel Motor', 'Jasa Desain Grafis'],
  perdagangan: ['Toko Kelontong', 'Grosir Sembako', 'Toko Oleh-oleh', 'Distributor Air Galon', 'Toko Bangunan', 'Warung Sayur'],
  industri_pengolahan: ['Pengolahan Ikan Asin', 'Tahu Tempe', 'Air Minum Isi Ulang', 'Sabun Herbal', 'Pupuk Organik', 'Minyak Kelapa'],
  pertanian_perikanan: ['Budidaya Lele', 'Hidroponik Sayur', 'Kepiting Soka', 'Ternak Ayam Kampung', 'Budidaya Rumput Laut', 'Jamur Tiram'],
  lainnya: ['Daur Ulang Plastik', 'Bank Sampah', 'Kursus Komputer', 'Tanaman Hias'],
};

export const BRAND_STYLES = ['{p} {n}', '{p} Bu {n}', '{p} Pak {n}', '{p} {k}', 'UD {n} {p}', 'CV {p} {k}', '{p} Cap {n}', 'Rumah {p} {n}'] as const;

export const STREETS = [
  'Jl. Jenderal Sudirman', 'Jl. MT Haryono', 'Jl. Ahmad Yani', 'Jl. Soekarno-Hatta', 'Jl. Mulawarman', 'Jl. Letjen S. Parman', 'Jl. Marsma R. Iswahyudi',
  'Jl. Pupuk Raya', 'Jl. Syarifuddin Yoes', 'Jl. Gunung Malang', 'Jl. Prapatan Dalam', 'Jl. Indrakila', 'Jl. Ruhui Rahayu', 'Jl. Manunggal',
  'Jl. Mayjen Sutoyo', 'Jl. Kolonel Syarifudin Yoes', 'Jl. Batu Ampar', 'Jl. Manggar Raya',
] as const;
