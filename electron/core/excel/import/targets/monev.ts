import { messages } from '../../../../../shared/i18n';
import { monevMethodChoice, monevSalesChoice, stockOutChoice } from '../values/monevChoices';
import { buildTarget } from './build';
import { choiceField, dateField, longTextField, moneyField, textField } from './fieldSpecs';
import { SYN, syn } from './synonyms';

const f = messages.monevFields;

/**
 * One visit and one of its products per row (MonevImportRow, shared/contract/monev.ts); the
 * agreement named by its number. Rows of the same visit (agreement, day, officer, method) become
 * one visit with their products.
 */
export const monevTarget = buildTarget('monev', [
  textField({
    key: 'kemitraanNumber',
    label: messages.kemitraanFields.number,
    required: true,
    synonyms: ['Nomor Perjanjian', 'No Perjanjian', 'No. Perjanjian', 'Nomor Kemitraan', 'No Kemitraan', 'Perjanjian', 'Kemitraan', 'Nomor PKS', 'No PKS', 'Agreement', 'Agreement number'],
  }),
  dateField({ key: 'date', label: f.date, required: true, synonyms: ['Tanggal', 'Tanggal Kunjungan', 'Tgl Monev', 'Tanggal Monitoring', 'Tgl Kunjungan', 'Tgl', 'Date', 'Visit date'] }),
  textField({ key: 'officer', label: f.officer, required: true, synonyms: ['Petugas Monev', 'Nama Petugas', 'Pendamping', 'Pegawai', 'Officer', 'Staff'] }),
  choiceField({ key: 'method', label: f.method, required: true, synonyms: ['Cara', 'Metode', 'Metode Monev', 'Jenis Monev', 'Media', 'Method'] }, monevMethodChoice),
  textField({ key: 'product', label: f.product, synonyms: ['Nama Produk', 'Produk UMKM', 'Barang', 'Product'] }),
  textField({ key: 'outlet', label: f.outlet, synonyms: ['Gerai', 'Outlet', 'Lokasi Pajang', 'Tempat Pajang', 'Toko', 'Store'] }),
  dateField({ key: 'since', label: f.since, synonyms: ['Sejak', 'Tanggal Pajang', 'Mulai Dipajang', 'Tgl Masuk', 'Since'] }),
  moneyField({ key: 'price', label: f.price, synonyms: ['Harga', 'Harga Jual', 'Harga Satuan', 'Price'] }),
  choiceField({ key: 'sales', label: f.sales, synonyms: ['Penjualan', 'Status Penjualan', 'Hasil Penjualan', 'Laku', 'Sales'] }, monevSalesChoice),
  choiceField({ key: 'stockOut', label: f.stockOut, synonyms: ['Stok Habis', 'Stok Kosong', 'Kehabisan Stok', 'Stock out'] }, stockOutChoice),
  longTextField({ key: 'feedback', label: f.feedback, synonyms: ['Masukan', 'Umpan Balik', 'Tanggapan Mitra', 'Feedback'] }),
  longTextField({ key: 'nextStep', label: f.nextStep, synonyms: ['Tindak Lanjut', 'Rencana Tindak Lanjut', 'RTL', 'Next step'] }),
  longTextField({ key: 'notes', label: f.notes, synonyms: syn(SYN.notes) }),
]);
