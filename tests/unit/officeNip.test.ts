// NIP as the office settings take and print it, and the emblem's type read from its bytes.
import { describe, expect, it } from 'vitest';
import { isNip } from '../../shared/contract/office';
import { emblemTypeOf } from '../../shared/domain/emblem';
import { formatNip, groupNipTyping } from '../../shared/format/nip';

describe('NIP', () => {
  it('prints 18 digits grouped as birth date, appointment, sex, serial', () => {
    expect(formatNip('197001011995031001')).toBe('19700101 199503 1 001');
    expect(formatNip('19700101 199503 1 001')).toBe('19700101 199503 1 001');
    expect(formatNip('12345')).toBe('12345');
    expect(formatNip(undefined)).toBe('');
  });

  it('groups while typed, drops what is not a digit, stops at 18 digits', () => {
    expect(groupNipTyping('1970')).toBe('1970');
    expect(groupNipTyping('197001011')).toBe('19700101 1');
    expect(groupNipTyping('19700101199503')).toBe('19700101 199503');
    expect(groupNipTyping('197001011995031')).toBe('19700101 199503 1');
    expect(groupNipTyping('19700101 199503 1 0019999')).toBe('19700101 199503 1 001');
    expect(groupNipTyping('1970-01-01x')).toBe('19700101');
    expect(groupNipTyping('')).toBe('');
  });

  it('accepts a real birth date, an appointment month 01–12 and sex 1 or 2', () => {
    expect(isNip('197001011995031001')).toBe(true);
    expect(isNip('198002292005122002')).toBe(true); // 29 February of a leap year
    expect(isNip('198102292005122002')).toBe(false);
    expect(isNip('197001011995001001')).toBe(false);
    expect(isNip('197001011995033001')).toBe(false); // sex digit 3
    expect(isNip('19700101199503100')).toBe(false);
  });
});

describe('emblem type', () => {
  it('is read from the signature, not the name', () => {
    expect(emblemTypeOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(emblemTypeOf(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('image/jpeg');
    expect(emblemTypeOf(new TextEncoder().encode('GIF89a......'))).toBeNull();
    expect(emblemTypeOf(new Uint8Array())).toBeNull();
  });
});
