import { describe, expect, it } from 'vitest';
import { KECAMATAN, findKecamatan, findKelurahan, kecamatanName, kelurahanName, regionKey } from '../../shared/domain/regions';

describe('KECAMATAN table', () => {
  it('has the 6 kecamatan and 34 kelurahan of Kota Balikpapan', () => {
    expect(KECAMATAN).toHaveLength(6);
    expect(KECAMATAN.flatMap((k) => k.kelurahan)).toHaveLength(34);
    expect(KECAMATAN.map((k) => k.kelurahan.length)).toEqual([4, 6, 6, 6, 7, 5]);
  });

  it('uses Kemendagri codes (64.71.05 is Selatan; BPS 6471010 order is not used)', () => {
    expect(KECAMATAN.map((k) => [k.code, k.name])).toEqual([
      ['64.71.01', 'Balikpapan Timur'],
      ['64.71.02', 'Balikpapan Barat'],
      ['64.71.03', 'Balikpapan Utara'],
      ['64.71.04', 'Balikpapan Tengah'],
      ['64.71.05', 'Balikpapan Selatan'],
      ['64.71.06', 'Balikpapan Kota'],
    ]);
  });

  it('every kelurahan code is its kecamatan code plus a 4-digit suffix, and codes are unique', () => {
    const codes = KECAMATAN.flatMap((k) => k.kelurahan.map((l) => l.code));
    expect(new Set(codes).size).toBe(34);
    for (const k of KECAMATAN) for (const l of k.kelurahan) expect(l.code).toMatch(new RegExp(`^${k.code.replace(/\./g, '\\.')}\\.\\d{4}$`));
  });

  it('has the Selatan suffixes as Kemendagri numbers them (with gaps)', () => {
    const selatan = KECAMATAN.find((k) => k.code === '64.71.05')!;
    expect(selatan.kelurahan.map((l) => l.code.slice(-4))).toEqual(['1002', '1006', '1008', '1009', '1010', '1011', '1012']);
  });
});

describe('findKecamatan', () => {
  it.each([
    ['64.71.05', '64.71.05'],
    [' 64.71.01 ', '64.71.01'],
    ['Balikpapan Selatan', '64.71.05'],
    ['Bpp Selatan', '64.71.05'],
    ['Bpp. Tengah', '64.71.04'],
    ['Kec. Balikpapan Kota', '64.71.06'],
    ['Kecamatan Balikpapan Utara', '64.71.03'],
    ['BALIKPAPAN BARAT', '64.71.02'],
    ['balikpapan timur', '64.71.01'],
    ['Selatan', '64.71.05'],
    ['Kota', '64.71.06'],
    ['BalikpapanTengah', '64.71.04'],
  ])('%j → %s', (input, code) => {
    expect(findKecamatan(input)?.code).toBe(code);
  });

  it.each(['', 'Balikpapan', 'Samarinda Ulu', '64.72.01', '6471010', 'Tenggara'])('%j is not a kecamatan', (input) => {
    expect(findKecamatan(input)).toBeUndefined();
  });
});

describe('findKelurahan', () => {
  it('finds by code', () => {
    expect(findKelurahan('64.71.05.1010')).toMatchObject({ code: '64.71.05.1010', name: 'Sungai Nangka', kecamatanCode: '64.71.05' });
  });

  it.each([
    ['Sungai Nangka', '64.71.05.1010'],
    ['Sungainangka', '64.71.05.1010'],
    ['Muararapak', '64.71.03.1004'],
    ['Muara Rapak', '64.71.03.1004'],
    ['Gunungsamarinda', '64.71.03.1002'],
    ['Gunung Samarinda Baru', '64.71.03.1005'],
    ['Gunungbahagia', '64.71.05.1006'],
    ['Mekarsari', '64.71.04.1005'],
    ['Gunungsari Ulu', '64.71.04.1001'],
    ['LEMARU', '64.71.01.1002'],
    ['Lemaru', '64.71.01.1002'],
    ['Lamaru', '64.71.01.1002'],
    ['Kel. Lemaru', '64.71.01.1002'],
    ['Kelurahan Damai', '64.71.06.1005'],
    ['damai baru', '64.71.05.1011'],
  ])('%j → %s', (input, code) => {
    expect(findKelurahan(input)?.code).toBe(code);
  });

  it('scopes to a kecamatan when one is given', () => {
    expect(findKelurahan('Sepinggan', '64.71.05')?.code).toBe('64.71.05.1002');
    expect(findKelurahan('Sepinggan', '64.71.01')).toBeUndefined();
    expect(findKelurahan('Manggar', '64.71.01')?.kecamatanCode).toBe('64.71.01');
    expect(findKelurahan('Manggar', '64.71.06')).toBeUndefined();
  });

  it('does not confuse Damai with Damai Baru or Damai Bahagia', () => {
    expect(findKelurahan('Damai')?.code).toBe('64.71.06.1005');
    expect(findKelurahan('Damai', '64.71.05')).toBeUndefined();
  });

  it.each(['', 'Sepinggan Lama', 'Kelurahan', 'Lemaru Baru'])('%j is not a kelurahan', (input) => {
    expect(findKelurahan(input)).toBeUndefined();
  });
});

describe('names from codes', () => {
  it('kecamatanName and kelurahanName resolve codes and pass anything else through', () => {
    expect(kecamatanName('64.71.05')).toBe('Balikpapan Selatan');
    expect(kelurahanName('64.71.01.1002')).toBe('Lamaru');
    expect(kecamatanName('99.99.99')).toBe('99.99.99');
    expect(kelurahanName('x')).toBe('x');
  });

  it('regionKey folds case, prefixes, Bpp and spaces', () => {
    expect(regionKey('Kec. Bpp Selatan')).toBe('balikpapanselatan');
    expect(regionKey('SUNGAI  NANGKA')).toBe('sungainangka');
  });
});
