import { describe, expect, it } from 'vitest';
import { displayPhone, normalisePhone } from '../../shared/domain/phone';

const ok = (value: string) => ({ ok: true, value });
const bad = (problem: 'format' | 'length') => ({ ok: false, problem });

describe('normalisePhone', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['+62-812-3456-7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['62 812 3456 7890', '+6281234567890'],
    ['0812.3456.7890', '+6281234567890'],
    ['  081234567890  ', '+6281234567890'],
    ['(0542) 123456', '+62542123456'],
    ['0542-7201234', '+625427201234'],
  ])('%s → %s', (raw, expected) => {
    expect(normalisePhone(raw)).toEqual(ok(expected));
  });

  it('accepts mobiles of 10 to 13 digits including the leading 0', () => {
    expect(normalisePhone('0812345678')).toEqual(ok('+62812345678')); // 10
    expect(normalisePhone('08123456789')).toEqual(ok('+628123456789')); // 11
    expect(normalisePhone('081234567890')).toEqual(ok('+6281234567890')); // 12
    expect(normalisePhone('0812345678901')).toEqual(ok('+62812345678901')); // 13
    expect(normalisePhone('+62812345678901')).toEqual(ok('+62812345678901')); // 13 written with +62
  });

  it('refuses mobiles that are too short or too long', () => {
    expect(normalisePhone('081234567')).toEqual(bad('length')); // 9
    expect(normalisePhone('08123456789012')).toEqual(bad('length')); // 14
    expect(normalisePhone('+6281234567')).toEqual(bad('length')); // 9 in 0-form
    expect(normalisePhone('+628123456789012')).toEqual(bad('length')); // 14 in 0-form
  });

  it('refuses a landline that is too short', () => {
    expect(normalisePhone('0542-123')).toEqual(bad('length'));
  });

  it.each(['abc', '', '   ', '+62', '0000', '812345678', '+1 555 1234567', '0812-3456-789O', '++6281234567890'])(
    'refuses garbage %j with problem format',
    (raw) => {
      expect(normalisePhone(raw)).toEqual(bad('format'));
    },
  );
});

describe('displayPhone', () => {
  it('shows a stored mobile as 0812-3456-7890', () => {
    expect(displayPhone('+6281234567890')).toBe('0812-3456-7890');
    expect(displayPhone('+62812345678901')).toBe('0812-3456-78901');
  });

  it('shows a Balikpapan landline with its area code in brackets', () => {
    expect(displayPhone('+62542123456')).toBe('(0542) 123456');
  });

  it('round-trips what normalisePhone stores', () => {
    const r = normalisePhone('0812-3456-7890');
    expect(r.ok && displayPhone(r.value)).toBe('0812-3456-7890');
  });

  it('leaves a value that is not +62 as it is', () => {
    expect(displayPhone('0812')).toBe('0812');
    expect(displayPhone('+15551234567')).toBe('+15551234567');
  });
});
