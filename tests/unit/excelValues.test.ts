import { describe, expect, it } from 'vitest';
import { cellText } from '../../electron/core/excel/read/cellText';
import { parseDate, serialToIso } from '../../electron/core/excel/import/values/date';
import { parseInteger, parseYear } from '../../electron/core/excel/import/values/integer';
import { parseMoney } from '../../electron/core/excel/import/values/money';
import { parseIdentifier, parseNik } from '../../electron/core/excel/import/values/nik';
import { parsePhone } from '../../electron/core/excel/import/values/phone';
import { parseKecamatan, parseKelurahan } from '../../electron/core/excel/import/values/region';
import { certificationChoice, marketReachChoice, mitraKindChoice, sectorChoice, supportChoice, umkmStatusChoice } from '../../electron/core/excel/import/values/choices';
import { parseLongText, parseText } from '../../electron/core/excel/import/values/text';
import type { ParseResult } from '../../electron/core/excel/import/values/result';

const value = <T>(r: ParseResult<T>): T => {
  if (!r.ok) throw new Error(`expected ok, got: ${r.message}`);
  return r.value;
};
const message = (r: ParseResult<unknown>): string => {
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.value)}`);
  return r.message;
};
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('cellText', () => {
  it('prints numbers in full, never with an exponent', () => {
    expect(cellText(6471054506880001)).toBe('6471054506880001');
    expect(cellText(1.5e15)).toBe('1500000000000000');
    expect(cellText(6.47105e15)).toBe('6471050000000000');
    expect(cellText(1e21)).toBe('1000000000000000000000');
    expect(cellText(0.1 + 0.2)).toBe('0,3');
    expect(cellText(1.5)).toBe('1,5');
  });
  it('shows dates as DD/MM/YYYY from their UTC fields', () => {
    expect(cellText(utc(2023, 5, 23))).toBe('23/05/2023');
    expect(cellText(new Date(Date.UTC(2023, 4, 23, 17, 5)))).toBe('23/05/2023 17:05');
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('TRUE');
  });
});

describe('parseMoney', () => {
  it.each([
    [1_500_000, 1_500_000],
    ['Rp 1.500.000', 1_500_000],
    ['1.500.000,00', 1_500_000],
    ['Rp1,5 jt', 1_500_000],
    ['1,5 juta', 1_500_000],
    ['2 M', 2_000_000_000],
    ['2 miliar', 2_000_000_000],
    ['Rp 2,5 M', 2_500_000_000],
    ['750 rb', 750_000],
    ['Rp. 25.000.000,-', 25_000_000],
    ['1.500.000.000', 1_500_000_000],
    ['1500000', 1_500_000],
    ['IDR 3.000.000', 3_000_000],
    ['1,250,000', 1_250_000],
    ['0', 0],
  ])('reads %j as %d', (input, expected) => {
    expect(value(parseMoney(input))).toBe(expected);
  });

  it('refuses negative amounts', () => {
    expect(message(parseMoney(-5))).toMatch(/negatif/);
    expect(message(parseMoney('-1.500.000'))).toMatch(/negatif/);
    expect(message(parseMoney('(1.500.000)'))).toMatch(/negatif/);
  });

  it('refuses ambiguous and unreadable text with a reason', () => {
    expect(message(parseMoney('1,500'))).toMatch(/meragukan/);
    expect(message(parseMoney('sepuluh juta'))).toMatch(/tidak dapat dibaca/);
    expect(message(parseMoney('10-20 juta'))).toMatch(/tidak dapat dibaca/);
    expect(message(parseMoney('2 X'))).toMatch(/tidak dapat dibaca/);
    expect(message(parseMoney('1,5'))).toMatch(/bukan rupiah utuh/);
    expect(message(parseMoney(utc(2023, 1, 1)))).toMatch(/bukan tanggal/);
    expect(message(parseMoney('#N/A'))).toMatch(/galat Excel #N\/A/);
  });

  it('rounds sen away with a warning', () => {
    const r = parseMoney(1_500_000.4);
    expect(r).toMatchObject({ ok: true, value: 1_500_000 });
    expect(r.ok && r.warning).toMatch(/dibulatkan/);
  });
});

describe('parseDate', () => {
  const o = { date1904: false };
  it.each([
    [45069, '2023-05-23'],
    [utc(2023, 5, 23), '2023-05-23'],
    ['23/05/2023', '2023-05-23'],
    ['23-05-2023', '2023-05-23'],
    ['23-Mei-2023', '2023-05-23'],
    ['23 Mei 2023', '2023-05-23'],
    ['23 Agustus 2023', '2023-08-23'],
    ['23 Agt 2023', '2023-08-23'],
    ['1 Des 2022', '2022-12-01'],
    ['23 May 2023', '2023-05-23'],
    ['May 23, 2023', '2023-05-23'],
    ['2023-05-23', '2023-05-23'],
    ['23.05.2023', '2023-05-23'],
    ['23/05/2023 00:00:00', '2023-05-23'],
    ['45069', '2023-05-23'],
    [20230523, '2023-05-23'],
    [1, '1900-01-01'],
    [61, '1900-03-01'],
  ])('reads %j as %s', (input, expected) => {
    expect(value(parseDate(input, o))).toBe(expected);
  });

  it('honours the 1904 date system for serials', () => {
    expect(value(parseDate(43607, { date1904: true }))).toBe('2023-05-23');
    expect(serialToIso(0, true)).toBe('1904-01-01');
  });

  it('refuses impossible dates', () => {
    expect(message(parseDate('31/02/2023', o))).toMatch(/tidak ada di kalender/);
    expect(message(parseDate('29-02-2023', o))).toMatch(/tidak ada/);
    expect(value(parseDate('29/02/2024', o))).toBe('2024-02-29');
    expect(message(parseDate('32 Mei 2023', o))).toMatch(/tidak ada/);
  });

  it('warns on two-digit years and month-first dates', () => {
    const r = parseDate('23/05/23', o);
    expect(r).toMatchObject({ ok: true, value: '2023-05-23' });
    expect(r.ok && r.warning).toMatch(/dua digit/);
    const us = parseDate('05/23/2023', o);
    expect(us).toMatchObject({ ok: true, value: '2023-05-23' });
    expect(us.ok && us.warning).toMatch(/bulan lebih dulu/);
  });

  it('refuses text that is no date, and a bare year', () => {
    expect(message(parseDate('kemarin', o))).toMatch(/tidak dapat dibaca/);
    expect(message(parseDate(2023, o))).toMatch(/tampaknya tahun/);
    expect(message(parseDate(true, o))).toMatch(/bukan tanggal/);
  });
});

describe('parseNik', () => {
  it('accepts 16 digits written as text, spaces and dots stripped', () => {
    expect(value(parseNik('6471054506880001'))).toBe('6471054506880001');
    expect(value(parseNik('6471 0545 0688 0001'))).toBe('6471054506880001');
    expect(value(parseNik('64.71.05.450688.0001'))).toBe('6471054506880001');
    expect(value(parseNik("'6471054506880001"))).toBe('6471054506880001');
  });

  it('never accepts a NIK stored as a number, and says which digits Excel kept', () => {
    expect(message(parseNik(6471054506880000))).toBe(
      'NIK tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang (terbaca 6471054506880000). Format kolom NIK sebagai Teks lalu ketik ulang.',
    );
    // Even one that happens to be exact in JS: Excel would have cut it.
    expect(message(parseNik(6471054506880001))).toMatch(/terbaca 6471054506880001/);
    expect(message(parseNik(647105450688001))).toMatch(/tersimpan sebagai angka/);
  });

  it('refuses scientific-notation text the same way', () => {
    expect(message(parseNik('6.47105E+15'))).toMatch(/terbaca 6471050000000000\)/);
    expect(message(parseNik('6,47105E+15'))).toMatch(/tersimpan sebagai angka/);
  });

  it('leaves the NIK rules to the schema (a short number is passed on as digits)', () => {
    expect(value(parseNik(12345))).toBe('12345');
  });

  it('keeps NIB numbers (13 digits fit in Excel) but refuses a 16-digit NPWP number', () => {
    expect(value(parseIdentifier(1234567890123, 'NIB'))).toBe('1234567890123');
    expect(message(parseIdentifier(1234567890123456, 'NPWP'))).toMatch(/^NPWP tersimpan sebagai angka/);
    const kbli = parseIdentifier(1111, 'Kode KBLI', 5);
    expect(kbli).toMatchObject({ ok: true, value: '01111' });
  });
});

describe('parsePhone', () => {
  it('normalises the usual spellings', () => {
    expect(value(parsePhone('0812-3456-7890'))).toBe('+6281234567890');
    expect(value(parsePhone('+62 812 3456 7890'))).toBe('+6281234567890');
    expect(value(parsePhone('(0542) 733123'))).toBe('+62542733123');
  });

  it('gives a number cell its lost leading 0 back, with a warning', () => {
    const r = parsePhone(81234567890);
    expect(r).toMatchObject({ ok: true, value: '+6281234567890' });
    expect(r.ok && r.warning).toMatch(/kehilangan angka 0/);
    expect(value(parsePhone(6281234567890))).toBe('+6281234567890');
  });

  it('takes the first of several numbers, with a warning', () => {
    const r = parsePhone('0812 5555 1212 / 0813 6666 1313');
    expect(r).toMatchObject({ ok: true, value: '+6281255551212' });
    expect(r.ok && r.warning).toMatch(/lebih dari satu nomor/);
  });

  it('refuses what is no phone number', () => {
    expect(message(parsePhone('tidak ada'))).toMatch(/diawali 0, 62/);
    expect(message(parsePhone('0812'))).toMatch(/Panjang nomor/);
  });
});

describe('parseKecamatan / parseKelurahan', () => {
  it.each([
    ['Bpp Selatan', '64.71.05'],
    ['BPP. SELATAN', '64.71.05'],
    ['Kec. Balikpapan Kota', '64.71.06'],
    ['Kecamatan Balikpapan Utara', '64.71.03'],
    ['balikpapan tengah', '64.71.04'],
    ['64.71.02', '64.71.02'],
    ['Timur', '64.71.01'],
  ])('reads %j exactly', (input, code) => {
    const r = parseKecamatan(input);
    expect(r).toEqual({ ok: true, value: code });
  });

  it('reads a typo within two edits, naming the match', () => {
    const r = parseKecamatan('Balikpapn Barat');
    expect(r).toMatchObject({ ok: true, value: '64.71.02' });
    expect(r.ok && r.warning).toBe('"Balikpapn Barat" dibaca sebagai Kecamatan Balikpapan Barat.');
    expect(value(parseKecamatan('Balikpapan Selatn'))).toBe('64.71.05');
  });

  it('refuses a kecamatan outside the city', () => {
    expect(message(parseKecamatan('Samarinda Ulu'))).toBe('Kecamatan "Samarinda Ulu" tidak dikenal di Kota Balikpapan.');
  });

  it('reads kelurahan with their abbreviations, within the kecamatan first', () => {
    expect(value(parseKelurahan('Kel. Gn. Sari Ilir', '64.71.04'))).toBe('64.71.04.1002');
    expect(value(parseKelurahan('Gn Samarinda Baru'))).toBe('64.71.03.1005');
    expect(value(parseKelurahan('Sei Nangka', '64.71.05'))).toBe('64.71.05.1010');
    expect(value(parseKelurahan('Lemaru'))).toBe('64.71.01.1002');
    const typo = parseKelurahan('Sepinggn Raya', '64.71.05');
    expect(typo).toMatchObject({ ok: true, value: '64.71.05.1009' });
    expect(typo.ok && typo.warning).toMatch(/Kelurahan Sepinggan Raya/);
  });

  it('returns a kelurahan of another kecamatan for the schema to name the mismatch', () => {
    expect(value(parseKelurahan('Prapatan', '64.71.05'))).toBe('64.71.06.1001');
  });

  it('refuses unknown kelurahan', () => {
    expect(message(parseKelurahan('Antah Berantah'))).toMatch(/tidak dikenal/);
  });
});

describe('choices', () => {
  it('reads sectors by label, code, synonym and near spelling', () => {
    expect(value(sectorChoice.parse('Kuliner'))).toBe('kuliner');
    expect(value(sectorChoice.parse('industri_pengolahan'))).toBe('industri_pengolahan');
    expect(value(sectorChoice.parse('  INDUSTRI   PENGOLAHAN '))).toBe('industri_pengolahan');
    expect(value(sectorChoice.parse('Makanan dan Minuman'))).toBe('kuliner');
    expect(value(sectorChoice.parse('Fashion'))).toBe('fesyen');
    expect(value(sectorChoice.parse('Kerajinan'))).toBe('kriya');
    const near = sectorChoice.parse('Kulinerr');
    expect(near).toMatchObject({ ok: true, value: 'kuliner' });
    expect(near.ok && near.warning).toMatch(/dibaca sebagai "Kuliner"/);
    expect(message(sectorChoice.parse('Salon'))).toMatch(/bukan pilihan yang dikenal. Pilihan: Kuliner, Fesyen/);
  });

  it('reads the other enums', () => {
    expect(value(marketReachChoice.parse('Regional'))).toBe('regional');
    expect(value(marketReachChoice.parse('Regional (Kaltim)'))).toBe('regional');
    expect(value(marketReachChoice.parse('Ekspor'))).toBe('internasional');
    expect(value(umkmStatusChoice.parse('Tidak Aktif'))).toBe('tidak_aktif');
    expect(value(umkmStatusChoice.parse('nonaktif'))).toBe('tidak_aktif');
    expect(value(mitraKindChoice.parse('BUMN'))).toBe('bumn_bumd');
    expect(value(mitraKindChoice.parse('Mal'))).toBe('mall');
    expect(value(mitraKindChoice.parse('minimarket'))).toBe('swalayan');
  });

  it('reads lists separated by commas or semicolons, labels with a slash kept whole', () => {
    expect(value(sectorChoice.parseList('Kuliner, Fesyen; Kriya'))).toEqual(['kuliner', 'fesyen', 'kriya']);
    expect(value(sectorChoice.parseList('Pertanian dan perikanan'))).toEqual(['pertanian_perikanan']);
    expect(value(supportChoice.parseList('Pemasaran / akses pasar, Pelatihan'))).toEqual(['pemasaran', 'pelatihan']);
    expect(value(sectorChoice.parseList('Kuliner/Fesyen'))).toEqual(['kuliner', 'fesyen']);
    expect(value(certificationChoice.parseList('PIRT, Halal, P-IRT'))).toEqual(['pirt', 'halal']);
    expect(message(sectorChoice.parseList('Kuliner, Otomotif'))).toMatch(/Tidak dikenal: "Otomotif"/);
  });
});

describe('integers, years and text', () => {
  it('reads head counts', () => {
    expect(value(parseInteger(12))).toBe(12);
    expect(value(parseInteger('12 orang'))).toBe(12);
    expect(value(parseInteger('3 org'))).toBe(3);
    expect(value(parseInteger('1.200'))).toBe(1200);
    expect(message(parseInteger(-2))).toMatch(/negatif/);
    expect(message(parseInteger(2.5))).toMatch(/bilangan bulat/);
    expect(message(parseInteger('banyak'))).toMatch(/tidak dapat dibaca/);
  });

  it('reads years', () => {
    expect(value(parseYear(2015))).toBe(2015);
    expect(value(parseYear('Th. 2015'))).toBe(2015);
    const fromDate = parseYear(utc(2015, 3, 1));
    expect(fromDate).toMatchObject({ ok: true, value: 2015 });
    expect(fromDate.ok && fromDate.warning).toMatch(/tahunnya/);
    expect(message(parseYear('15'))).toMatch(/empat digit/);
  });

  it('trims and collapses text', () => {
    expect(value(parseText('  Amplang   Kepiting\u00a0 Bu Sari '))).toBe('Amplang Kepiting Bu Sari');
    expect(value(parseText(12345))).toBe('12345');
    expect(value(parseLongText('Jl. Mulawarman\nRT 05'))).toBe('Jl. Mulawarman, RT 05');
    expect(message(parseText('#REF!'))).toMatch(/galat Excel/);
  });
});
