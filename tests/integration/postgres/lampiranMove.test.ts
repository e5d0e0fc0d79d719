// Moving a SQLite registry with attachments to the office's PostgreSQL server: the bytes in the
// folder beside the file go into the server's lampiran_isi in the move's one transaction, each
// checked; a damaged one refuses the move and leaves the server empty (env KEMITRAAN_TEST_PG).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lampiran, Result } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { Core } from '../../../electron/core/core';
import { sha256Of } from '../../../electron/core/db/lampiranStore';
import { openPostgres } from '../../../electron/core/db/postgres/openPostgres';
import { lampiranFilePath, lampiranFolderOf } from '../../../electron/core/db/sqlite/lampiranFiles';
import { dispatch } from '../../../electron/core/dispatch/dispatch';
import { call } from '../../support/call';
import { signedIn } from '../../support/auth';
import { countRows } from '../../support/dbQuery';
import { addUmkm } from '../../support/partnerships';
import { makePdf } from '../../support/pdf';
import { makePng } from '../../support/png';
import { freshPgDatabase, PG_SKIP_REASON, pgUrl } from '../../support/pgTest';
import { scopeOf, tempContext } from '../../support/tempDb';

const url = pgUrl();
if (!url) console.warn(PG_SKIP_REASON);

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

describe.skipIf(!url)('moving attachments to the server', () => {
  let t: Awaited<ReturnType<typeof tempContext>>;
  const drops: Array<() => Promise<void>> = [];
  beforeEach(async () => {
    t = await tempContext({}, 'sqlite');
  });
  afterEach(async () => {
    await t.cleanup();
    for (const drop of drops.splice(0)) await drop();
  });

  async function attach(): Promise<{ photo: Lampiran; letter: Lampiran; png: Buffer; pdf: Buffer }> {
    const u = await addUmkm(t.ctx);
    const png = makePng(30, 30);
    const pdf = makePdf('MoU kemitraan');
    const file = (name: string, bytes: Buffer) => {
      const p = path.join(t.dir, name);
      fs.writeFileSync(p, bytes);
      return t.ctx.files.register(p).fileId;
    };
    const photo = await call(t.ctx, 'lampiran:add', { owner: 'umkm', ownerId: u.id, fileId: file('foto.png', png), category: 'foto_produk' });
    const letter = await call(t.ctx, 'lampiran:add', { owner: 'umkm', ownerId: u.id, fileId: file('mou.pdf', pdf), category: 'mou' });
    return { photo, letter, png, pdf };
  }

  it('carries every attachment\'s bytes, which the server then serves', async () => {
    const { photo, letter, png, pdf } = await attach();
    await call(t.ctx, 'lampiran:delete', { id: letter.id });
    const admin = await signedIn(t.ctx, 'admin', 'admin');
    const target = await freshPgDatabase();
    drops.push(target.drop);
    value(await dispatch('registry:moveToPostgres', { url: target.url }, t.core, admin));

    const pg = await openPostgres({ url: target.url, poolSize: 2 });
    const core = new Core(pg, { appVersion: 'test' });
    drops.unshift(() => core.close());
    const ctx = scopeOf(core);
    expect(await countRows(pg, 'lampiran_isi')).toBe(2);
    expect((await call(ctx, 'lampiran:thumbnail', { id: photo.id })).dataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);
    expect(sha256Of(png)).toBe(photo.sha256);
    // The deleted one came too: restored from the bin on the server, it opens.
    const trashAdmin = await signedIn(ctx, 'admin', 'admin-server');
    value(await dispatch('trash:restore', { kind: 'lampiran', id: letter.id }, core, trashAdmin));
    const opened = await call(ctx, 'lampiran:open', { id: letter.id });
    expect(fs.readFileSync(core.files.get(opened.file.fileId).path).equals(pdf)).toBe(true);
  });

  it('refuses the move when a file in the folder no longer matches its checksum, leaving the server empty', async () => {
    const { photo } = await attach();
    fs.writeFileSync(lampiranFilePath(lampiranFolderOf(t.file), photo.sha256), 'rusak');
    const admin = await signedIn(t.ctx, 'admin', 'admin');
    const target = await freshPgDatabase();
    drops.push(target.drop);
    const r = await dispatch('registry:moveToPostgres', { url: target.url }, t.core, admin);
    expect(r.ok || r.error.message).toBe(fill(messages.lampiran.errors.damaged, { name: 'foto.png' }));
    const pg = await openPostgres({ url: target.url, poolSize: 1 });
    try {
      expect(await countRows(pg, 'umkm')).toBe(0);
      expect(await countRows(pg, 'lampiran_isi')).toBe(0);
    } finally {
      await pg.close();
    }
  });
});
