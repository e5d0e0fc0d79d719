// `sertifikat list|show|add|update|status|expiring|ready` (issue 15) on a demo database file, as a
// clerk types them: --json prints what the channel answered (compared with the service on the same
// file), plain text is Indonesian, refusals exit 1 with the field's own message, usage errors 2.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpiringItem, Page, ReadyItem, Sertifikat, SertifikatPage } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import { openDatabase, type Database } from '../../electron/core/db/openDatabase';
import type { Scope } from '../../electron/core/scope';
import { call } from '../support/call';
import { runCli, type CliRun } from '../support/cli';
import { contextFor } from '../support/tempDb';
import { tempDir } from '../support/tempDir';

let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let file: string;
let db: Database;
let ctx: Scope;
const cli = (args: string[]) => runCli(['--as-admin-offline', ...args, '--db', file], { dataDir });
const json = <T>(r: CliRun): T => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};
const t = messages.sertifikatCli;

beforeAll(async () => {
  tmp = tempDir('kemitraan-cli-sertifikat-');
  dataDir = path.join(tmp.dir, 'userdata');
  file = path.join(tmp.dir, 'demo.sqlite');
  expect((await cli(['seed-demo'])).code).toBe(0);
  db = await openDatabase({ file });
  ctx = contextFor(db, 'test');
}, 120_000);
afterAll(async () => {
  await db.close();
  tmp.remove();
});

describe('sertifikat on the command line', () => {
  it('list --status diajukan --json is the queue as the page reads it; plain text ends with the counts', async () => {
    const p = json<SertifikatPage>(await cli(['sertifikat', 'list', '--status', 'diajukan', '--json']));
    expect(p).toEqual(await call(ctx, 'sertifikat:list', { group: 'diajukan' }));
    expect(p.items.every((s) => s.status === 'diajukan' && s.ageDays !== null)).toBe(true);
    const plain = await cli(['sertifikat', 'list', '--kind', 'halal']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(messages.sertifikatEnums.kind.halal);
    expect(plain.stdout).toContain(`${messages.sertifikatEnums.group.diajukan} `);
  });

  it('add, update, status terbit and show, each audited as the admin working offline', async () => {
    const umkm = (await call(ctx, 'umkm:list', { pageSize: 1 })).items[0]!;
    const added = json<Sertifikat>(await cli(['sertifikat', 'add', '--umkm', String(umkm.id), '--kind', 'sni', '--status', 'diajukan', '--submitted-at', '2026-01-05', '--companion', 'Rudi Hartono', '--json']));
    expect(added).toMatchObject({ umkmId: umkm.id, kind: 'sni', status: 'diajukan', submittedAt: '2026-01-05', companion: 'Rudi Hartono' });
    const updated = json<Sertifikat>(await cli(['sertifikat', 'update', String(added.id), '--issuer', 'BSN', '--json']));
    expect(updated.issuer).toBe('BSN');
    const issued = json<Sertifikat>(await cli(['sertifikat', 'status', String(added.id), 'terbit', '--date', '2026-02-01', '--number', 'SNI-0001', '--valid-until', '2030-01-31', '--json']));
    expect(issued).toMatchObject({ status: 'terbit', issuedAt: '2026-02-01', number: 'SNI-0001', validUntil: '2030-01-31' });
    const shown = await cli(['sertifikat', 'show', String(added.id)]);
    expect(shown.stdout).toContain('SNI-0001');
    expect(shown.stdout).toContain('01/02/2026');
    const via = await ctx.tx.em.query(`SELECT via FROM audit_log WHERE entity = 'sertifikat' AND entity_id = ? ORDER BY id`, [added.id]);
    expect(via.map((r: { via: string }) => r.via)).toEqual(['offline-admin', 'offline-admin', 'offline-admin']);
  });

  it('refuses with the Indonesian message and exit 1; a bad --days is a usage error (exit 2)', async () => {
    const umkm = (await call(ctx, 'umkm:list', { pageSize: 1 })).items[0]!;
    const refused = await cli(['sertifikat', 'add', '--umkm', String(umkm.id), '--kind', 'halal', '--status', 'terbit']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(messages.sertifikatValidation.issuedAtNeeded);
    const days = await cli(['sertifikat', 'expiring', '--days', '45']);
    expect(days.code).toBe(2);
    expect(days.stderr).toContain(t.badDays);
    const noStatus = await cli(['sertifikat', 'status', '3']);
    expect(noStatus.code).toBe(2);
    expect(noStatus.stderr).toContain(fill(t.statusNeeded, { example: t.examples.status }));
  });

  it('expiring --days 90 and ready --json answer as their channels', async () => {
    const soon = json<Page<ExpiringItem>>(await cli(['sertifikat', 'expiring', '--days', '90', '--json']));
    expect(soon).toEqual(await call(ctx, 'sertifikat:expiring', { days: 90 }));
    expect(soon.total).toBeGreaterThan(0);
    const ready = json<Page<ReadyItem>>(await cli(['sertifikat', 'ready', '--json']));
    expect(ready).toEqual(await call(ctx, 'sertifikat:ready', {}));
    const plain = await cli(['sertifikat', 'ready']);
    expect(plain.stdout).toContain(t.readyWhat);
  });
});
