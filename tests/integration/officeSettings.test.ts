// The office's settings (issue 11) through the handler table on a real database: defaults
// until an administrator sets them, a round trip of every field, admin only, the emblem checked
// by its bytes, the NIP stored as its 18 digits, and one audit row per save.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE, type AuditEntry, type OfficeSettings, type OfficeSettingsInput, type Result } from '../../shared/contract';
import { messages } from '../../shared/i18n';
import type { SessionRef } from '../../electron/core/auth/sessions';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { sessionAs } from '../support/auth';
import { queryRow } from '../support/dbQuery';
import { makePng } from '../support/png';
import { openAgain } from '../support/sameDatabase';
import { tempContext } from '../support/tempDb';

let t: Awaited<ReturnType<typeof tempContext>>;
let admin: SessionRef;
const o = messages.office;

beforeEach(async () => {
  t = await tempContext();
  admin = sessionAs(t.ctx, 'admin');
});
afterEach(async () => {
  await t.cleanup();
});

const ask = async <T>(channel: 'office:get' | 'office:set' | 'audit:list', payload: unknown, who: SessionRef = admin) => (await dispatch(channel, payload, t.ctx.core, who)) as Result<T>;
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.fields)}`);
  return r.value;
};

const PNG = makePng(48, 48);
const full = (overrides: Partial<OfficeSettingsInput> = {}): OfficeSettingsInput => ({
  government: 'PEMERINTAH KOTA BALIKPAPAN',
  officeName: 'DINAS KOPERASI, USAHA MIKRO, KECIL DAN MENENGAH DAN PERINDUSTRIAN',
  addressLines: ['Jl. Jenderal Sudirman No. 1', 'Balikpapan 76114'],
  phone: '(0542) 421 234',
  email: 'dkumkmp@balikpapan.go.id',
  website: 'dkumkmp.balikpapan.go.id',
  city: 'Balikpapan',
  emblem: { mime: 'image/png', base64: PNG.toString('base64') },
  signatoryPosition: 'Kepala Dinas',
  signatoryName: 'Dr. H. Heruressandy Mainsyah, S.E., M.Si.',
  signatoryRank: 'Pembina Utama Muda (IV/c)',
  signatoryNip: '197001011995031001',
  ...overrides,
});

describe('office settings', () => {
  it('a fresh database answers the defaults, to every role', async () => {
    expect(value(await ask<OfficeSettings>('office:get', {}))).toEqual(DEFAULT_OFFICE);
    expect(value(await ask<OfficeSettings>('office:get', {}, sessionAs(t.ctx, 'pimpinan')))).toMatchObject({ city: 'Balikpapan', emblem: null, addressLines: [] });
  });

  it('saves every field and gives them back, also after the database is opened again', async () => {
    const saved = value(await ask<OfficeSettings>('office:set', full()));
    expect(saved).toEqual(full());
    expect(value(await ask<OfficeSettings>('office:get', {}))).toEqual(full());
    // The database itself holds them: another connection to the same file or server database reads the same setting.
    const other = await openAgain(t.core.db);
    const stored = await queryRow<{ value: string }>(other, `SELECT value FROM setting WHERE key = 'office'`).finally(() => other.close());
    expect(JSON.parse(stored!.value)).toMatchObject({ signatoryNip: '197001011995031001', emblem: { mime: 'image/png' } });
    expect(Buffer.from(full().emblem!.base64, 'base64').equals(PNG)).toBe(true);
  });

  it('blank address inputs are not lines; a cleared optional field is stored as absent', async () => {
    value(await ask('office:set', full()));
    const saved = value(await ask<OfficeSettings>('office:set', full({ addressLines: ['Jl. Sudirman 1', '', '  '], phone: '', signatoryNip: '' })));
    expect(saved.addressLines).toEqual(['Jl. Sudirman 1']);
    expect(saved.phone).toBeUndefined();
    expect(saved.signatoryNip).toBeUndefined();
  });

  it('refuses an operator and a pimpinan, and writes nothing', async () => {
    for (const role of ['operator', 'pimpinan'] as const) {
      const r = await ask('office:set', full(), sessionAs(t.ctx, role));
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: `Peran ${messages.auth.roles[role]} tidak diizinkan untuk tindakan ini.` } });
    }
    expect(value(await ask<OfficeSettings>('office:get', {}))).toEqual(DEFAULT_OFFICE);
  });

  it('refuses a renamed file that is not an image, at the emblem, in Indonesian', async () => {
    const text = Buffer.from('Ini bukan gambar, hanya teks yang diberi nama lambang.png').toString('base64');
    const r = await ask('office:set', full({ emblem: { mime: 'image/png', base64: text } }));
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { emblem: o.emblemUnreadable } } });
    expect(o.emblemUnreadable).toBe('Berkas lambang tidak dapat dibaca sebagai gambar.');
    expect(value(await ask<OfficeSettings>('office:get', {})).emblem).toBeNull();
  });

  it('takes the type from the bytes: a PNG named .jpg is stored as a PNG', async () => {
    const saved = value(await ask<OfficeSettings>('office:set', full({ emblem: { mime: 'image/jpeg', base64: PNG.toString('base64') } })));
    expect(saved.emblem?.mime).toBe('image/png');
  });

  it('refuses another type and a file over 1 MB', async () => {
    const gif = await ask('office:set', full({ emblem: { mime: 'image/gif' as 'image/png', base64: PNG.toString('base64') } }));
    expect(gif).toMatchObject({ ok: false, error: { fields: { 'emblem.mime': o.emblemType } } });
    const big = Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]).toString('base64');
    const large = await ask('office:set', full({ emblem: { mime: 'image/png', base64: big } }));
    expect(large).toMatchObject({ ok: false, error: { fields: { 'emblem.base64': o.emblemTooLarge } } });
  });

  it('accepts a NIP typed with spaces and stores its 18 digits', async () => {
    const saved = value(await ask<OfficeSettings>('office:set', full({ signatoryNip: ' 19700101 199503 1 001 ' })));
    expect(saved.signatoryNip).toBe('197001011995031001');
    expect(value(await ask<OfficeSettings>('office:get', {})).signatoryNip).toBe('197001011995031001');
  });

  it.each([
    ['17 digits', '19700101 199503 1 00'],
    ['a letter', '19700101 199503 1 00A'],
    ['no such birth date', '19701301 199503 1 001'],
    ['appointment month 13', '19700101 199513 1 001'],
    ['sex digit 3', '19700101 199503 3 001'],
  ])('refuses a NIP with %s', async (_why, nip) => {
    const r = await ask('office:set', full({ signatoryNip: nip }));
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { signatoryNip: o.nipInvalid } } });
  });

  it('refuses a fourth address line and a bad e-mail', async () => {
    const r = await ask('office:set', full({ addressLines: ['a', 'b', 'c', 'd'], email: 'bukan-email' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(['addressLines', 'email']);
  });

  it('writes one audit row per save: settings_update on the database, field by field, the emblem as type and size', async () => {
    value(await ask('office:set', full()));
    value(await ask('office:set', full({ signatoryNip: '19800202 200501 2 002', emblem: null })));
    const rows = value(await ask<{ items: AuditEntry[] }>('audit:list', { action: 'settings_update' })).items;
    expect(rows).toHaveLength(2);
    const [latest, first] = rows as [AuditEntry, AuditEntry];
    expect(first).toMatchObject({ action: 'settings_update', entity: 'database', username: 'uji-admin', role: 'admin' });
    expect(first.changes.emblem![0]).toBeNull();
    expect(String(first.changes.emblem![1])).toMatch(/^Gambar PNG, [\d,]+ KB$/);
    expect(JSON.stringify(first.changes)).not.toContain(PNG.toString('base64').slice(0, 40));
    expect(latest.changes).toEqual({ signatoryNip: ['197001011995031001', '198002022005012002'], emblem: [first.changes.emblem![1], null] });
    expect(latest.summary).toBe('Pengaturan kantor diubah (2 isian)');
  });

  it('a stored value with one bad field keeps the others', async () => {
    value(await ask('office:set', full()));
    const raw = JSON.parse((await t.ctx.settings.get('office'))!) as Record<string, unknown>;
    await t.ctx.settings.set('office', JSON.stringify({ ...raw, signatoryNip: 'rusak', unknownField: 1 }));
    const got = value(await ask<OfficeSettings>('office:get', {}));
    expect(got.signatoryNip).toBeUndefined();
    expect(got.officeName).toBe(full().officeName);
    expect(got.emblem?.mime).toBe('image/png');
  });
});
