import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { UmkmInput, fieldErrors } from '../../shared/contract';
import { messages } from '../../shared/i18n';
import { classify } from '../../shared/domain/classification';
import { KECAMATAN } from '../../shared/domain/regions';
import { todayIso } from '../../shared/format/date';
import { demoUmkm, type DemoUmkm } from '../../electron/core/services/demo/demoRegistry';
import { validUmkm } from '../support/tempDb';

const v = messages.validation;

/** The field map a refused input gives; fails the test if the input was accepted. */
function errorsOf(input: unknown): Record<string, string> {
  const r = UmkmInput.safeParse(input);
  if (r.success) throw new Error(`expected a refusal, got ${JSON.stringify(r.data)}`);
  return fieldErrors(r.error);
}

function parsed(input: unknown): z.output<typeof UmkmInput> {
  const r = UmkmInput.safeParse(input);
  if (!r.success) throw new Error(`expected success, got ${JSON.stringify(fieldErrors(r.error))}`);
  return r.data;
}

function tomorrowIso(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return todayIso(d);
}

describe('UmkmInput: a valid input', () => {
  it('parses and keeps what it was given', () => {
    const data = parsed(validUmkm());
    expect(data).toMatchObject({
      businessName: 'Amplang Kepiting Bu Sari',
      ownerName: 'Sari Rahmawati',
      nik: '6471054506880001',
      kecamatan: '64.71.05',
      kelurahan: '64.71.05.1002',
      sector: 'kuliner',
      annualSales: 350_000_000,
      capital: 80_000_000,
    });
  });

  it('fills the defaults: marketReach lokal, status aktif', () => {
    const data = parsed(validUmkm());
    expect(data.marketReach).toBe('lokal');
    expect(data.status).toBe('aktif');
  });

  it('normalises the phone to +62', () => {
    expect(parsed(validUmkm({ phone: '0812-3456-7890' })).phone).toBe('+6281234567890');
    expect(parsed(validUmkm({ phone: '(0542) 123456' })).phone).toBe('+62542123456');
  });

  it('turns kecamatan and kelurahan names into Kemendagri codes', () => {
    const data = parsed(validUmkm({ kecamatan: 'Bpp Selatan', kelurahan: 'Sungainangka' }));
    expect(data.kecamatan).toBe('64.71.05');
    expect(data.kelurahan).toBe('64.71.05.1010');
    const kota = parsed(validUmkm({ kecamatan: 'Kec. Balikpapan Kota', kelurahan: 'KLANDASAN ILIR' }));
    expect([kota.kecamatan, kota.kelurahan]).toEqual(['64.71.06', '64.71.06.1004']);
    const timur = parsed(validUmkm({ kecamatan: 'timur', kelurahan: 'Lemaru' }));
    expect([timur.kecamatan, timur.kelurahan]).toEqual(['64.71.01', '64.71.01.1002']);
  });

  it("reads '' in an optional field as no value", () => {
    const data = parsed(
      validUmkm({ nib: '', npwp: '', kbli: '', phone: '', email: '', products: '  ', notes: '', foundedYear: '', employees: '', capital: '', assets: '' }),
    );
    for (const key of ['nib', 'npwp', 'kbli', 'kbliVersion', 'phone', 'email', 'products', 'notes', 'foundedYear', 'employees', 'capital', 'assets'] as const) {
      expect(data[key], key).toBeUndefined();
    }
  });

  it('reads null in an optional field as no value', () => {
    const data = parsed(validUmkm({ nib: null, phone: null, capital: null }));
    expect(data.nib).toBeUndefined();
    expect(data.phone).toBeUndefined();
    expect(data.capital).toBeUndefined();
  });

  it('reads money typed with dots, spaces or Rp as whole rupiah', () => {
    const data = parsed(validUmkm({ annualSales: '1.500.000', capital: 'Rp 2 000 000', assets: 'Rp. 3.000.000' }));
    expect(data.annualSales).toBe(1_500_000);
    expect(data.capital).toBe(2_000_000);
    expect(data.assets).toBe(3_000_000);
  });

  it('strips separators from NIK, NIB and NPWP', () => {
    const data = parsed(validUmkm({ nik: '6471 0545 0688 0001', nib: '9120-0123-45678', npwp: '01.234.567.8-901.000' }));
    expect(data.nik).toBe('6471054506880001');
    expect(data.nib).toBe('9120012345678');
    expect(data.npwp).toBe('012345678901000');
  });

  it('lower-cases and trims the e-mail, trims text', () => {
    const data = parsed(validUmkm({ email: '  Bu.Sari@Contoh.ID ', businessName: '  Amplang Bu Sari  ' }));
    expect(data.email).toBe('bu.sari@contoh.id');
    expect(data.businessName).toBe('Amplang Bu Sari');
  });

  it('stores the KBLI version with the code (2020 unless given)', () => {
    expect(parsed(validUmkm({ kbli: '10792' })).kbliVersion).toBe('2020');
    expect(parsed(validUmkm({ kbli: '10792', kbliVersion: '2025' })).kbliVersion).toBe('2025');
    expect(parsed(validUmkm({ kbliVersion: '2025' })).kbliVersion).toBeUndefined();
  });

  it('accepts digits as text for whole-number fields', () => {
    const data = parsed(validUmkm({ employees: '12', foundedYear: '2010' }));
    expect(data.employees).toBe(12);
    expect(data.foundedYear).toBe(2010);
  });

  it('accepts a registration date of today or the past', () => {
    expect(parsed(validUmkm({ registeredAt: todayIso() })).registeredAt).toBe(todayIso());
    expect(parsed(validUmkm({ registeredAt: '2023-05-23' })).registeredAt).toBe('2023-05-23');
  });

  it('needs only one of sales and capital', () => {
    expect(parsed(validUmkm({ annualSales: undefined })).capital).toBe(80_000_000);
    expect(parsed(validUmkm({ capital: undefined })).annualSales).toBe(350_000_000);
    expect(parsed(validUmkm({ annualSales: 0, capital: undefined })).annualSales).toBe(0);
  });
});

describe('UmkmInput: refusals name the field in Indonesian', () => {
  it.each([
    ['nik', { nik: '123' }, v.nik.format],
    ['nik', { nik: '6471057203880001' }, v.nik.birthDate],
    ['nik', { nik: '6471051203880000' }, v.nik.sequence],
    ['nik', { nik: '0071051203880001' }, v.nik.province],
    ['nik', { nik: '6.47105E+15' }, v.nik.format],
    ['nib', { nib: '12345' }, v.nib],
    ['npwp', { npwp: '1234' }, v.npwp],
    ['kbli', { kbli: '123' }, v.kbli],
    ['phone', { phone: 'nomor saya' }, v.phone.format],
    ['phone', { phone: '0812' }, v.phone.length],
    ['email', { email: 'bukan-email' }, v.invalidEmail],
    ['kecamatan', { kecamatan: 'Samarinda Ulu' }, v.kecamatan],
    ['kelurahan', { kelurahan: 'Kampung Baru' }, v.kelurahan],
    ['annualSales', { annualSales: -1 }, v.money],
    ['annualSales', { annualSales: '-1.000.000' }, v.money],
    ['capital', { capital: 1.5 }, v.money],
    ['capital', { capital: 'satu juta' }, v.money],
    ['registeredAt', { registeredAt: '2023-02-29' }, v.date],
    ['registeredAt', { registeredAt: '23/05/2023' }, v.date],
    ['foundedYear', { foundedYear: 1800 }, v.foundedYear],
    ['foundedYear', { foundedYear: new Date().getFullYear() + 1 }, v.foundedYear],
    ['businessName', { businessName: undefined }, v.required],
    ['businessName', { businessName: 'A' }, 'Minimal 2 karakter.'],
    ['address', { address: 'x'.repeat(501) }, 'Maksimal 500 karakter.'],
    ['sector', { sector: 'tambang' }, v.invalidChoice],
    ['status', { status: 'mati' }, v.invalidChoice],
    ['employees', { employees: -1 }, 'Tidak boleh kurang dari 0.'],
  ] as const)('%s: %j', (path, change, message) => {
    const fields = errorsOf(validUmkm(change));
    expect(fields).toEqual({ [path]: message });
  });

  it('refuses a registration date in the future', () => {
    expect(errorsOf(validUmkm({ registeredAt: tomorrowIso() }))).toEqual({ registeredAt: v.dateInFuture });
  });

  it('refuses a kelurahan of another kecamatan, naming both', () => {
    const fields = errorsOf(validUmkm({ kecamatan: '64.71.05', kelurahan: 'Manggar' }));
    expect(fields).toEqual({ kelurahan: 'Kelurahan Manggar tidak termasuk Kecamatan Balikpapan Selatan.' });
    // Also when the kelurahan is given by its code.
    expect(errorsOf(validUmkm({ kecamatan: 'Bpp Kota', kelurahan: '64.71.05.1002' }))).toEqual({
      kelurahan: 'Kelurahan Sepinggan tidak termasuk Kecamatan Balikpapan Kota.',
    });
  });

  it('refuses a record with neither sales nor capital, at path annualSales', () => {
    expect(errorsOf(validUmkm({ annualSales: undefined, capital: undefined }))).toEqual({ annualSales: v.moneyNeeded });
    expect(errorsOf(validUmkm({ annualSales: '', capital: '' }))).toEqual({ annualSales: v.moneyNeeded });
    expect(errorsOf(validUmkm({ annualSales: null, capital: null }))).toEqual({ annualSales: v.moneyNeeded });
  });

  it('refuses an unknown key, naming it', () => {
    const fields = errorsOf(validUmkm({ omzet: 5 }));
    expect(Object.values(fields)).toEqual(['Isian "omzet" tidak dikenal.']);
  });

  it('refuses a class given by the caller (it is always computed)', () => {
    const fields = errorsOf(validUmkm({ class: 'mikro' }));
    expect(Object.values(fields).join(' ')).toContain('"class"');
  });

  it('reports every bad field at once', () => {
    const fields = errorsOf(validUmkm({ nik: '1', nib: '2', email: 'x' }));
    expect(Object.keys(fields).sort()).toEqual(['email', 'nib', 'nik']);
  });

  it('says "Wajib diisi." for each missing required text field', () => {
    const fields = errorsOf({});
    for (const key of ['businessName', 'ownerName', 'nik', 'address', 'kecamatan', 'kelurahan']) expect(fields[key], key).toBe(v.required);
  });
});

describe('fieldErrors', () => {
  it('flattens issues to path → first message, with nested paths joined by dots and the root as _', () => {
    const r = UmkmInput.safeParse(validUmkm({ nik: '1', extra: true }));
    expect(r.success).toBe(false);
    if (r.success) return;
    const fields = fieldErrors(r.error);
    expect(fields.nik).toBe(v.nik.format);
    expect(fields._).toBe('Isian "extra" tidak dikenal.');
  });

  it('keeps the first message when a path has several issues', () => {
    const fake = {
      issues: [
        { code: 'custom', path: ['supports', 0, 'value'], message: 'pertama' },
        { code: 'custom', path: ['supports', 0, 'value'], message: 'kedua' },
        { code: 'custom', path: [], message: 'akar' },
      ],
    } as unknown as z.ZodError;
    expect(fieldErrors(fake)).toEqual({ 'supports.0.value': 'pertama', _: 'akar' });
  });
});

describe('demo registry (demoUmkm)', () => {
  const asInput = (row: DemoUmkm): Record<string, unknown> => {
    const { class: _c, classBasis: _b, ...rest } = row;
    return rest;
  };

  it('is deterministic: the same rows twice', () => {
    const a = [...demoUmkm(200)];
    const b = [...demoUmkm(200)];
    expect(a).toHaveLength(200);
    expect(b).toEqual(a);
    // A different seed gives a different registry, so the equality above is not trivial.
    expect([...demoUmkm(200, 1)]).not.toEqual(a);
  });

  it('the first rows do not change when more are asked for', () => {
    expect([...demoUmkm(1000)].slice(0, 60)).toEqual([...demoUmkm(60)]);
  });

  it('every row passes UmkmInput unchanged, and its stored class is classify() of the row', () => {
    for (const row of demoUmkm(200)) {
      const r = UmkmInput.safeParse(asInput(row));
      if (!r.success) throw new Error(`${row.nik}: ${JSON.stringify(fieldErrors(r.error))}`);
      expect(r.data.kecamatan).toBe(row.kecamatan);
      expect(r.data.kelurahan).toBe(row.kelurahan);
      expect(r.data.phone).toBe(row.phone);
      expect(r.data.nik).toBe(row.nik);
      expect(classify(r.data)).toEqual({ class: row.class, basis: row.classBasis });
    }
  });

  it('has unique NIKs (and NIBs) over 5000 rows', () => {
    const rows = [...demoUmkm(5000)];
    expect(new Set(rows.map((r) => r.nik)).size).toBe(5000);
    const nibs = rows.map((r) => r.nib).filter((n): n is string => n !== null);
    expect(new Set(nibs).size).toBe(nibs.length);
  });

  it('puts all six kecamatan in the first 60 (the temu kemitraan size)', () => {
    const codes = new Set([...demoUmkm(60)].map((r) => r.kecamatan));
    expect([...codes].sort()).toEqual(KECAMATAN.map((k) => k.code));
  });

  it('has several classes and both bases, with sales as the usual basis', () => {
    const rows = [...demoUmkm(500)];
    const classes = new Set(rows.map((r) => r.class));
    expect(classes.has('mikro') && classes.has('kecil') && classes.has('menengah')).toBe(true);
    const bySales = rows.filter((r) => r.classBasis === 'penjualan').length;
    expect(bySales).toBeGreaterThan(rows.length / 2);
    expect(rows.some((r) => r.classBasis === 'modal' && r.annualSales === null)).toBe(true);
  });
});
