import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { matchColumns, normaliseHeader } from '../../electron/core/excel/import/columnMatch';
import { IMPORT_TARGET_DEFS } from '../../electron/core/excel/import/targets';
import { TEMPLATE_EXAMPLES } from '../../electron/core/excel/template/examples';
import { IMPORT_TARGETS } from '../../shared/contract/excel';
import { KomunitasInput } from '../../shared/contract/komunitas';
import { MitraInput } from '../../shared/contract/mitra';
import { ClassRecordInput } from '../../shared/contract/progress';
import { BantuanFields, BantuanInput } from '../../shared/contract/bantuan';
import { MonevImportRow } from '../../shared/contract/monev';
import { SertifikatFields, SertifikatInput } from '../../shared/contract/sertifikat';
import { UMKM_INPUT_FIELDS, UmkmInput } from '../../shared/contract/umkm';

const umkm = IMPORT_TARGET_DEFS.umkm;
const fieldOf = (headers: string[], def = umkm) => {
  const { mapping } = matchColumns(headers, def);
  const byCol: Record<number, string> = {};
  for (const [k, c] of Object.entries(mapping)) byCol[c] = k;
  return headers.map((_, i) => byCol[i] ?? null);
};

describe('normaliseHeader', () => {
  it('folds case, punctuation, currency and the usual abbreviations', () => {
    expect(normaliseHeader('No. HP/WA')).toBe('nomor hp whatsapp');
    expect(normaliseHeader('Nomor HP WA')).toBe('nomor hp whatsapp');
    expect(normaliseHeader('Jml TK')).toBe('jumlah tk');
    expect(normaliseHeader('Tgl. Daftar')).toBe('tanggal daftar');
    expect(normaliseHeader('Omzet/Tahun (Rp)')).toBe('omzet tahun');
    expect(normaliseHeader('Omset per tahun')).toBe('omzet per tahun');
    expect(normaliseHeader('E-mail')).toBe('email');
  });
});

describe('target definitions', () => {
  const shapes: Record<string, Record<string, z.ZodType>> = {
    umkm: (UmkmInput as unknown as { in: { shape: Record<string, z.ZodType> } }).in.shape,
    mitra: MitraInput.shape,
    komunitas: KomunitasInput.shape,
    progress: ClassRecordInput.shape,
    bantuan: BantuanFields.shape,
    monev: MonevImportRow.shape,
    sertifikat: SertifikatFields.shape,
  };

  it('umkm has exactly the UMKM input fields', () => {
    expect(umkm.fields.map((f) => f.key)).toEqual(UMKM_INPUT_FIELDS);
  });

  it('the other targets leave out what the import cannot give', () => {
    expect(IMPORT_TARGET_DEFS.mitra.fields.map((f) => f.key)).toEqual(Object.keys(MitraInput.shape));
    expect(IMPORT_TARGET_DEFS.komunitas.fields.map((f) => f.key)).toEqual(Object.keys(KomunitasInput.shape).filter((k) => k !== 'memberIds' && k !== 'leaderUmkmId'));
    expect(IMPORT_TARGET_DEFS.progress.fields.map((f) => f.key)).toEqual(['nik', 'nib', ...Object.keys(ClassRecordInput.shape).filter((k) => k !== 'umkmId')]);
  });

  it.each(IMPORT_TARGETS)('%s: "required" agrees with the schema', (target) => {
    for (const f of IMPORT_TARGET_DEFS[target].fields) {
      const schema = shapes[target]![f.key];
      if (!schema) continue; // progress nik/nib: resolved to umkmId by the engine
      expect([f.key, f.required]).toEqual([f.key, !schema.safeParse(undefined).success]);
    }
    expect(IMPORT_TARGET_DEFS.progress.fields.find((f) => f.key === 'nik')?.required).toBe(true);
  });

  it.each(IMPORT_TARGETS)('%s: the template examples read into input the schema accepts', (target) => {
    const def = IMPORT_TARGET_DEFS[target];
    const { input, issues } = def.toInput(TEMPLATE_EXAMPLES[target], { date1904: false });
    expect(issues).toEqual([]);
    const { nik: _n, nib: _b, ...rest } = input;
    const parsed =
      target === 'umkm'
        ? UmkmInput.safeParse(input)
        : target === 'mitra'
          ? MitraInput.safeParse(input)
          : target === 'komunitas'
            ? KomunitasInput.safeParse(input)
            : target === 'sertifikat'
              ? SertifikatInput.safeParse({ ...rest, umkmId: 1 })
              : target === 'bantuan'
              ? BantuanInput.safeParse({ ...rest, umkmId: 1 })
              : target === 'monev'
                ? MonevImportRow.safeParse({ ...Object.fromEntries(Object.entries(rest).filter(([k]) => k !== 'kemitraanNumber')), kemitraanId: 1 })
                : ClassRecordInput.safeParse({ ...rest, umkmId: 1 });
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const shown = def.display(parsed.data as Record<string, unknown>);
    expect(Object.keys(shown)).toEqual(def.fields.map((f) => f.key));
  });

  it('display shows stored values the way clerks read them', () => {
    const parsed = UmkmInput.parse(umkm.toInput(TEMPLATE_EXAMPLES.umkm, { date1904: false }).input);
    const shown = umkm.display(parsed as Record<string, unknown>);
    expect(shown).toMatchObject({
      kecamatan: 'Balikpapan Selatan',
      kelurahan: 'Sepinggan',
      sector: 'Kuliner',
      annualSales: 'Rp 350.000.000',
      registeredAt: '23/05/2023',
      phone: '0812-3456-7890',
      npwp: '12.345.678.9-012.345',
      notes: '',
    });
  });

  it('toInput leaves blank cells out and reports each unreadable cell against its field', () => {
    const { input, issues } = umkm.toInput({ businessName: '  ', ownerName: '-', nik: 6471054506880000, annualSales: 'banyak', kecamatan: 'Bpp Selatan', kelurahan: 'Sepinggan' }, { date1904: false });
    expect(input).toEqual({ kecamatan: '64.71.05', kelurahan: '64.71.05.1002' });
    expect(issues.map((i) => [i.field, i.level])).toEqual([
      ['nik', 'error'],
      ['annualSales', 'error'],
    ]);
  });
});

describe('matchColumns', () => {
  it('maps the abbreviated headers of kecamatan offices', () => {
    const headers = ['No', 'Nama Usaha', 'NAMA PEMILIK', 'No. NIK', 'Kec.', 'Kel./Desa', 'Omzet/Tahun (Rp)', 'Jml TK', 'No. HP/WA', 'Tgl Daftar', 'Jenis Usaha', 'Alamat Usaha'];
    expect(fieldOf(headers)).toEqual([null, 'businessName', 'ownerName', 'nik', 'kecamatan', 'kelurahan', 'annualSales', 'employees', 'phone', 'registeredAt', 'sector', 'address']);
    const { matchedBy } = matchColumns(headers, umkm);
    expect(matchedBy.nik).toBe('synonym');
  });

  it('maps other common spellings', () => {
    const headers = ['NIK Pemilik', 'Omset per tahun', 'Jumlah Tenaga Kerja', 'Modal Usaha', 'Aset', 'Telp', 'Sektor', 'Produk', 'Tahun Berdiri', 'Kel.'];
    expect(fieldOf(headers)).toEqual(['nik', 'annualSales', 'employees', 'capital', 'assets', 'phone', 'sector', 'products', 'foundedYear', 'kelurahan']);
  });

  it('maps English headers', () => {
    const headers = ['Business name', 'Owner', 'District', 'Annual turnover', 'Employees', 'Phone', 'Address', 'Village'];
    expect(fieldOf(headers)).toEqual(['businessName', 'ownerName', 'kecamatan', 'annualSales', 'employees', 'phone', 'address', 'kelurahan']);
  });

  it('maps the own labels exactly', () => {
    const headers = umkm.fields.map((f) => f.label);
    const { mapping, matchedBy } = matchColumns(headers, umkm);
    expect(Object.keys(mapping)).toHaveLength(umkm.fields.length);
    expect(new Set(Object.values(matchedBy))).toEqual(new Set(['exact']));
  });

  it('never maps a row-number column to NIK or NIB', () => {
    for (const no of ['No', 'No.', 'NO', 'Nomor', 'No Urut', 'No. Urut']) {
      const { mapping } = matchColumns([no, 'Nama Usaha'], umkm);
      expect(Object.values(mapping)).not.toContain(0);
    }
    expect(fieldOf(['No', 'NIK'])).toEqual([null, 'nik']);
  });

  it('finds near spellings and headers that hold a name plus more', () => {
    const { mapping, matchedBy } = matchColumns(['Nama Usha', 'Alamt Usaha', 'Omzet 2023', 'Nama Pemilik Usaha'], umkm);
    expect(mapping).toMatchObject({ businessName: 0, address: 1, annualSales: 2, ownerName: 3 });
    expect(matchedBy).toMatchObject({ businessName: 'fuzzy', address: 'fuzzy', annualSales: 'fuzzy', ownerName: 'synonym' });
  });

  it('gives each column one field and each field one column, the better fit winning', () => {
    const { mapping } = matchColumns(['Telp', 'No. HP', 'Nama', 'Nama Usaha'], umkm);
    expect(mapping.phone).toBe(0);
    expect(mapping.businessName).toBe(3);
    expect(mapping.ownerName).toBe(2);
    expect(Object.values(mapping)).toHaveLength(new Set(Object.values(mapping)).size);
  });

  it('leaves unrelated columns unmapped', () => {
    expect(fieldOf(['Foto', 'Koordinat GPS', 'Paraf'])).toEqual([null, null, null]);
  });

  it('maps mitra, komunitas and progress sheets', () => {
    expect(fieldOf(['Nama Perusahaan', 'Jenis Mitra', 'Contact Person', 'Telp', 'Sektor Diminati', 'Dukungan'], IMPORT_TARGET_DEFS.mitra)).toEqual([
      'name', 'kind', 'contactName', 'phone', 'interestSectors', 'offers',
    ]);
    expect(fieldOf(['Nama Komunitas', 'Kecamatan', 'Ketua', 'No. HP'], IMPORT_TARGET_DEFS.komunitas)).toEqual(['name', 'kecamatan', 'leaderName', 'phone']);
    expect(fieldOf(['NIK', 'Tanggal Data', 'Omzet per Tahun', 'Sertifikasi', 'Sumber Data'], IMPORT_TARGET_DEFS.progress)).toEqual([
      'nik', 'date', 'annualSales', 'certifications', 'source',
    ]);
  });
});
