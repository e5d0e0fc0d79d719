import { describe, expect, it } from 'vitest';
import { checkKbli, checkNib, checkNik, checkNpwp, digitsOnly, formatNpwp, nikSex } from '../../shared/domain/identifiers';

// 64 71 05 | 12 03 88 | 0001: a man born 12 March 1988, first registered in Balikpapan Selatan.
const MALE = '6471051203880001';
// Day 45 = 5 + 40: a woman born 5 June 1988.
const FEMALE = '6471054506880001';

describe('checkNik', () => {
  it('accepts valid male and female NIKs', () => {
    expect(checkNik(MALE)).toBeNull();
    expect(checkNik(FEMALE)).toBeNull();
  });

  it('accepts a NIK from another city or province (people move; it stays)', () => {
    expect(checkNik('3273011506900002')).toBeNull(); // Kota Bandung
    expect(checkNik('6472014101950003')).toBeNull(); // Kota Samarinda, woman born 1 Jan 1995
    expect(checkNik('1171020202020202')).toBeNull(); // Banda Aceh
  });

  it('refuses the wrong length', () => {
    expect(checkNik('647105120388001')).toBe('format'); // 15
    expect(checkNik('64710512038800011')).toBe('format'); // 17
    expect(checkNik('')).toBe('format');
  });

  it('refuses letters', () => {
    expect(checkNik('64710512O3880001')).toBe('format'); // letter O for zero
    expect(checkNik('647105120388000A')).toBe('format');
  });

  it('refuses a NIK that Excel turned into a number (6.47105E+15)', () => {
    expect(checkNik('6.47105E+15')).toBe('format');
    expect(checkNik('6,47105E+15')).toBe('format');
  });

  it('refuses an unknown province code', () => {
    expect(checkNik('0071051203880001')).toBe('province');
    expect(checkNik('1071051203880001')).toBe('province');
    expect(checkNik('2071051203880001')).toBe('province');
    expect(checkNik('9971051203880001')).toBe('province');
  });

  it('refuses regency or kecamatan 00', () => {
    expect(checkNik('6400051203880001')).toBe('region');
    expect(checkNik('6471001203880001')).toBe('region');
  });

  it('refuses impossible birth dates', () => {
    expect(checkNik('6471053203880001')).toBe('birthDate'); // day 32
    expect(checkNik('6471054003880001')).toBe('birthDate'); // day 40 is neither a man's nor a woman's day
    expect(checkNik('6471057203880001')).toBe('birthDate'); // day 72 = woman's 32
    expect(checkNik('6471050003880001')).toBe('birthDate'); // day 00
    expect(checkNik('6471051213880001')).toBe('birthDate'); // month 13
    expect(checkNik('6471051200880001')).toBe('birthDate'); // month 00
    expect(checkNik('6471053002880001')).toBe('birthDate'); // 30 February
    expect(checkNik('6471057002880001')).toBe('birthDate'); // woman, 30 February
    expect(checkNik('6471053104880001')).toBe('birthDate'); // 31 April
  });

  it('accepts the last day of each month and 29 February (the year has no century)', () => {
    expect(checkNik('6471053101880001')).toBeNull(); // 31 Jan
    expect(checkNik('6471052902880001')).toBeNull(); // 29 Feb
    expect(checkNik('6471056902880001')).toBeNull(); // woman, 29 Feb
    expect(checkNik('6471053004880001')).toBeNull(); // 30 Apr
    expect(checkNik('6471057112880001')).toBeNull(); // woman, 31 Dec
  });

  it('refuses sequence 0000', () => {
    expect(checkNik('6471051203880000')).toBe('sequence');
  });

  it('strips spaces, dots, dashes and slashes before checking', () => {
    expect(checkNik('6471 0512 0388 0001')).toBeNull();
    expect(checkNik('64.71.05.120388.0001')).toBeNull();
    expect(checkNik(' 6471-0512-0388-0001 ')).toBeNull();
    expect(digitsOnly('64.71.05 120388-0001')).toBe(MALE);
  });
});

describe('nikSex', () => {
  it('reads the sex from the birth day', () => {
    expect(nikSex(MALE)).toBe('L');
    expect(nikSex(FEMALE)).toBe('P');
    expect(nikSex('6471 0541 0190 0001')).toBe('P'); // day 41 = woman born the 1st
    expect(nikSex('6471053101900001')).toBe('L'); // day 31 = man
  });

  it('is null for an invalid NIK', () => {
    expect(nikSex('123')).toBeNull();
    expect(nikSex('6471057203880001')).toBeNull();
  });
});

describe('checkNib', () => {
  it('accepts 13 digits, formatted or not', () => {
    expect(checkNib('9120012345678')).toBe(true);
    expect(checkNib('9120 0123 45678')).toBe(true);
    expect(checkNib('0220001234567')).toBe(true);
  });

  it('refuses other lengths, letters and all zeros', () => {
    expect(checkNib('912001234567')).toBe(false); // 12
    expect(checkNib('91200123456789')).toBe(false); // 14
    expect(checkNib('912001234567X')).toBe(false);
    expect(checkNib('0000000000000')).toBe(false);
    expect(checkNib('')).toBe(false);
  });
});

describe('checkNpwp', () => {
  it('accepts the old 15 digits, plain or formatted', () => {
    expect(checkNpwp('012345678901000')).toBe(true);
    expect(checkNpwp('01.234.567.8-901.000')).toBe(true);
  });

  it('accepts the 16-digit form (NIK, or 0 before the old 15)', () => {
    expect(checkNpwp('0012345678901000')).toBe(true);
    expect(checkNpwp('6471051203880001')).toBe(true);
  });

  it('refuses other lengths and letters', () => {
    expect(checkNpwp('01234567890100')).toBe(false); // 14
    expect(checkNpwp('00123456789010001')).toBe(false); // 17
    expect(checkNpwp('01.234.567.8-901.00A')).toBe(false);
  });
});

describe('formatNpwp', () => {
  it('writes 15 digits as 99.999.999.9-999.999', () => {
    expect(formatNpwp('012345678901000')).toBe('01.234.567.8-901.000');
    expect(formatNpwp('01.234.567.8-901.000')).toBe('01.234.567.8-901.000');
  });

  it('leaves the 16-digit form as bare digits', () => {
    expect(formatNpwp('0012 3456 7890 1000')).toBe('0012345678901000');
  });
});

describe('checkKbli', () => {
  it('accepts 5 digits', () => {
    expect(checkKbli('10792')).toBe(true);
    expect(checkKbli(' 47111 ')).toBe(true);
  });

  it('refuses other lengths and letters', () => {
    expect(checkKbli('1079')).toBe(false);
    expect(checkKbli('107921')).toBe(false);
    expect(checkKbli('1079A')).toBe(false);
    expect(checkKbli('')).toBe(false);
  });
});
