// Opening an attachment in the desktop app: the core decides what to open (the live attachment's
// checked bytes, written into its own temp folder under the attachment's name) and the shell only
// hands that path to the OS with shell.openPath. The `electron` module is the one stand-in here;
// the database, the store and the core are real.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fill, messages } from '../../shared/i18n';
import { call } from '../support/call';
import { addUmkm, thrown } from '../support/partnerships';
import { makePdf } from '../support/pdf';
import { tempContext } from '../support/tempDb';

const opened = vi.hoisted(() => ({ paths: [] as string[], answer: '' }));
vi.mock('electron', () => {
  const shell = { openPath: async (p: string) => (opened.paths.push(p), opened.answer) };
  return { shell, default: { shell } };
});

const { openWithSystemViewer } = await import('../../electron/main/systemViewer');

let t: Awaited<ReturnType<typeof tempContext>>;
beforeEach(async () => {
  t = await tempContext({}, 'sqlite');
  opened.paths = [];
  opened.answer = '';
  t.core.dialogs = { chooseOpen: async () => null, chooseSave: async () => null, openWithViewer: openWithSystemViewer };
});
afterEach(async () => {
  await t.cleanup();
});

describe('opening an attachment with the system viewer', () => {
  it('hands the OS the checked copy in the core\'s temp folder, never the stored file or a path the page named', async () => {
    const u = await addUmkm(t.ctx);
    const pdf = makePdf('Berita acara serah terima');
    const src = path.join(t.dir, 'BAST mesin sealer.pdf');
    fs.writeFileSync(src, pdf);
    const item = await call(t.ctx, 'lampiran:add', { owner: 'umkm', ownerId: u.id, fileId: t.ctx.files.register(src).fileId, category: 'bast' });
    fs.rmSync(src);

    const { file } = await call(t.ctx, 'lampiran:open', { id: item.id });
    expect(await call(t.ctx, 'lampiran:view', { fileId: file.fileId })).toEqual({ opened: true });
    expect(opened.paths).toHaveLength(1);
    const shown = opened.paths[0]!;
    expect(shown.startsWith(fs.realpathSync(os.tmpdir())) || shown.startsWith(os.tmpdir())).toBe(true);
    expect(shown).not.toContain(path.join(t.dir, 'lampiran'));
    expect(path.extname(shown)).toBe('.pdf');
    expect(fs.readFileSync(shown).equals(pdf)).toBe(true);
  });

  it('says in Indonesian when the OS has no viewer for it, with the OS\'s reason', async () => {
    const u = await addUmkm(t.ctx);
    const src = path.join(t.dir, 'MoU.pdf');
    fs.writeFileSync(src, makePdf());
    const item = await call(t.ctx, 'lampiran:add', { owner: 'umkm', ownerId: u.id, fileId: t.ctx.files.register(src).fileId, category: 'mou' });
    opened.answer = 'Failed to open path';
    const { file } = await call(t.ctx, 'lampiran:open', { id: item.id });
    const err = await thrown(() => call(t.ctx, 'lampiran:view', { fileId: file.fileId }));
    expect(err.code).toBe('UNAVAILABLE');
    expect(err.message).toBe(fill(messages.lampiran.errors.viewerFailed, { name: 'MoU.pdf', reason: 'Failed to open path' }));
  });
});
