// `bantuan list|show|add|update|delete|check` as a child process on a real database file: an
// operator records assistance, the repeat warning refuses a save until --confirm (exit 1, the
// Indonesian message), --json answers the records, and mistakes in the call are usage errors (2).
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bantuan, BantuanCheck, BantuanPage } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { runCli, type CliRun } from '../support/cli';
import { call } from '../support/call';
import { contextFor, validUmkm } from '../support/tempDb';
import { tempDir } from '../support/tempDir';

let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let db: string;
let umkmId: number;
const OPERATOR = { KEMITRAAN_PASSWORD: 'sandi-operator-1' };

const cli = (args: string[], env: Record<string, string> = {}) => runCli([...args, '--db', db], { dataDir, env, timeoutMs: 60_000 });
const asOperator = (args: string[]) => cli([...args, '--user', 'operator'], OPERATOR);
const ok = <T>(r: CliRun): T => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};

beforeAll(async () => {
  tmp = tempDir('kemitraan-cli-bantuan-');
  dataDir = path.join(tmp.dir, 'userdata');
  db = path.join(tmp.dir, 'kantor.sqlite');
  const d = await openDatabase({ file: db });
  const ctx = contextFor(d);
  const accounts = ctx.auth.accounts(d.dataSource.manager);
  await accounts.setupFirstAdmin({ username: 'admin', fullName: 'Admin Kantor', password: 'sandi-admin-kantor' });
  await accounts.create({ username: 'operator', fullName: 'Operator Satu', role: 'operator', password: OPERATOR.KEMITRAAN_PASSWORD });
  umkmId = (await call(ctx, 'umkm:create', validUmkm())).id;
  await d.close();
}, 120_000);
afterAll(() => tmp.remove());

describe('bantuan commands', () => {
  it('add records an assistance; a second of the same kind and source is refused until --confirm', async () => {
    const first = ok<Bantuan>(
      await asOperator(['bantuan', 'add', String(umkmId), '--kind', 'peralatan', '--source', 'apbd', '--item', 'Mesin sealer', '--value', '3.500.000', '--year', '2025', '--handed-at', '2025-03-14', '--bast', 'BAST/027/2025', '--json']),
    );
    expect(first).toMatchObject({ umkmId, kind: 'peralatan', fundSource: 'apbd', item: 'Mesin sealer', value: 3_500_000, handedAt: '2025-03-14', handoverNumber: 'BAST/027/2025', confirmedWarnings: [] });

    const again = ['bantuan', 'add', String(umkmId), '--kind', 'peralatan', '--source', 'apbd', '--item', 'Etalase kaca', '--year', '2026'];
    const refused = await asOperator(again);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(fill(messages.bantuanValidation.needsConfirmation, { warnings: messages.bantuanWarning.short.repeat }));
    expect(refused.stderr).toContain(messages.bantuanCli.confirmHint);

    const check = ok<BantuanCheck>(await cli(['bantuan', 'check', String(umkmId), '--kind', 'peralatan', '--source', 'apbd', '--year', '2026', '--json']));
    expect(check).toMatchObject({ warnings: ['repeat'], repeatMonths: 24, repeats: [{ id: first.id }] });
    const checkText = await cli(['bantuan', 'check', String(umkmId), '--kind', 'peralatan', '--source', 'apbd', '--year', '2026']);
    expect(checkText.stdout).toContain(fill(messages.bantuanCli.warningsFound, { months: 24 }));
    expect(checkText.stdout).toContain('Mesin sealer · 14/03/2025 · Rp 3.500.000 · BAST/027/2025');

    const confirmed = ok<Bantuan>(await asOperator([...again, '--confirm', '--json']));
    expect(confirmed.confirmedWarnings).toEqual(['repeat']);
  });

  it('list filters and totals by source; show, update and delete', async () => {
    const list = ok<BantuanPage>(await cli(['bantuan', 'list', '--source', 'apbd', '--json']));
    expect(list.total).toBe(2);
    expect(list.totals.find((t) => t.fundSource === 'apbd')).toMatchObject({ count: 2, value: 3_500_000, unknown: 1 });
    const plain = await cli(['bantuan', 'list']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(fill(messages.bantuanCli.listFooter, { shown: 2, total: 2, value: '3.500.000' }));

    const id = list.items.find((b) => b.item === 'Etalase kaca')!.id;
    const updated = ok<Bantuan>(await asOperator(['bantuan', 'update', String(id), '--value', '1750000', '--notes', 'Diterima pemilik', '--json']));
    expect(updated).toMatchObject({ value: 1_750_000, notes: 'Diterima pemilik', version: 2 });
    const shown = await cli(['bantuan', 'show', String(id)]);
    expect(shown.stdout).toContain('Rp 1.750.000');
    const out = path.join(tmp.dir, 'bantuan-apbd.xlsx');
    const exported = await cli(['bantuan', 'export', '--source', 'apbd', '--out', out]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const items: unknown[] = [];
    wb.getWorksheet(messages.bantuanExport.sheet)!.eachRow((r) => r.eachCell((c) => items.push(c.value)));
    expect(items).toEqual(expect.arrayContaining(['Mesin sealer', 'Etalase kaca', 1_750_000]));
    expect((await cli(['bantuan', 'export', '--source', 'apbd'])).code).toBe(2);
    ok(await asOperator(['bantuan', 'delete', String(id), '--json']));
    expect(ok<BantuanPage>(await cli(['bantuan', 'list', '--json'])).total).toBe(1);
  });

  it('refuses bad values with the option named (1) and bad calls with usage (2), as is a write without an account', async () => {
    const bad = await asOperator(['bantuan', 'add', String(umkmId), '--kind', 'peralatan', '--source', 'apbd', '--item', 'Sealer', '--year', '2024', '--handed-at', '2025-01-01']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`--year: ${messages.bantuanValidation.yearMismatch}`);
    const kind = await cli(['bantuan', 'list', '--kind', 'uang']);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain(fill(messages.bantuanCli.badKind, { value: 'uang', options: 'peralatan, modal, kemasan, sewa_stand, lainnya' }));
    const noSource = await cli(['bantuan', 'check', String(umkmId), '--kind', 'modal']);
    expect(noSource.code).toBe(2);
    const anonymous = await cli(['bantuan', 'add', String(umkmId), '--kind', 'modal', '--source', 'apbd', '--item', 'Modal', '--year', '2025']);
    expect(anonymous.code).toBe(2);
  });
});
