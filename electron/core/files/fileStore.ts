import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileRef } from '../../../shared/contract/files';
import { messages } from '../../../shared/i18n';
import { AppError } from '../errors';

interface Held {
  path: string;
  name: string;
  /** Files main wrote itself live in its own folder and are removed with it. */
  owned: boolean;
}

/**
 * The files main holds for the renderer, named by random ids: the renderer can never make main
 * read or write a path of its choosing. Chosen files stay where they are; outgoing files (exports)
 * and uploads are written to a private temp folder that close() removes.
 */
export class FileStore {
  private readonly held = new Map<string, Held>();
  private dir: string | undefined;

  constructor(private readonly parent: string = os.tmpdir()) {}

  /** A file the clerk chose (native dialog, command line). */
  register(filePath: string, name = path.basename(filePath)): FileRef {
    const id = newId();
    this.held.set(id, { path: filePath, name, owned: false });
    return this.ref(id);
  }

  /** Bytes the clerk uploaded through the loopback adapter. */
  saveUpload(name: string, bytes: Buffer): FileRef {
    const id = newId();
    const file = path.join(this.folder(), `${id}${safeExt(name)}`);
    fs.writeFileSync(file, bytes);
    this.held.set(id, { path: file, name: safeName(name), owned: true });
    return this.ref(id);
  }

  /**
   * A file the loopback adapter streamed an upload into: moved into this store's folder (copied
   * when the two are on different disks), so it is removed with the store like any upload.
   */
  adoptUpload(name: string, tempPath: string): FileRef {
    const id = newId();
    const file = path.join(this.folder(), `${id}${safeExt(name)}`);
    try {
      fs.renameSync(tempPath, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
      fs.copyFileSync(tempPath, file);
      fs.rmSync(tempPath, { force: true });
    }
    this.held.set(id, { path: file, name: safeName(name), owned: true });
    return this.ref(id);
  }

  /** A path to write an export to; `ref()` once it is complete. */
  outgoing(name: string): { fileId: string; path: string; done: () => FileRef } {
    const id = newId();
    const file = path.join(this.folder(), `${id}${safeExt(name)}`);
    return {
      fileId: id,
      path: file,
      done: () => {
        this.held.set(id, { path: file, name: safeName(name), owned: true });
        return this.ref(id);
      },
    };
  }

  get(fileId: string): Held & { size: number } {
    const h = this.held.get(fileId);
    if (!h || !fs.existsSync(h.path)) throw new AppError('NOT_FOUND', messages.errors.fileGone);
    return { ...h, size: fs.statSync(h.path).size };
  }

  ref(fileId: string): FileRef {
    const h = this.get(fileId);
    return { fileId, name: h.name, size: h.size };
  }

  close(): void {
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
    this.held.clear();
  }

  private folder(): string {
    this.dir ??= fs.mkdtempSync(path.join(this.parent, 'kemitraan-files-'));
    return this.dir;
  }
}

const newId = () => crypto.randomBytes(16).toString('hex');
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not carry
const safeName = (name: string) => path.basename(name).replace(/[\\/:*?"<>|\x00-\x1f]/g, '_').slice(0, 150) || 'berkas';
const safeExt = (name: string) => (/^\.[a-z0-9]{1,5}$/i.test(path.extname(name)) ? path.extname(name).toLowerCase() : '');
