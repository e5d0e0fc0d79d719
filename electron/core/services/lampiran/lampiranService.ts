import fs from 'node:fs';
import path from 'node:path';
import { IsNull, type EntityManager } from 'typeorm';
import type { Lampiran, LampiranAddData, LampiranListQuery, LampiranOpenResult, LampiranThumbnail } from '../../../../shared/contract';
import { isImage, LAMPIRAN_EXT, LAMPIRAN_THUMB_MAX_BYTES, type LampiranOwner } from '../../../../shared/domain/lampiran';
import { fill, messages } from '../../../../shared/i18n';
import { LampiranEntity, type LampiranRow } from '../../db/entities/lampiran';
import { sha256Of, type LampiranStore } from '../../db/lampiranStore';
import { AppError } from '../../errors';
import type { Dialogs } from '../../files/dialogs';
import type { FileStore } from '../../files/fileStore';
import { nowIso } from '../queryHelpers';
import { exifThumbnail } from '../../lampiran/exifThumbnail';
import { checkAttachmentFile } from './lampiranFile';
import { ownerIsLive } from './lampiranOwners';

const e = messages.lampiran.errors;

/** Attachments listed on a record at most (a record's page shows them all; 500 is far above any real one). */
const LIST_LIMIT = 500;

export function toLampiran(r: LampiranRow): Lampiran {
  return {
    id: r.id,
    owner: r.ownerKind,
    ownerId: r.ownerId,
    category: r.category,
    fileName: r.fileName,
    mime: r.mime,
    size: r.size,
    sha256: r.sha256,
    caption: r.caption,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    // Small images are sent whole; a larger JPEG shows the small copy its camera put in it (if any).
    hasThumbnail: isImage(r.mime) && (r.size <= LAMPIRAN_THUMB_MAX_BYTES || r.mime === 'image/jpeg'),
  };
}

/**
 * Scans and photos on any record. The row says what the clerk sees; the bytes go to the engine's
 * store under their SHA-256 (db/lampiranStore.ts) in the same call, and every read checks them.
 */
export class LampiranService {
  constructor(
    private readonly em: EntityManager,
    private readonly store: LampiranStore,
  ) {}

  async list(q: LampiranListQuery): Promise<Lampiran[]> {
    const rows = await this.em.find(LampiranEntity, {
      where: { ownerKind: q.owner, ownerId: q.ownerId, deletedAt: IsNull() },
      order: { id: 'DESC' },
      take: LIST_LIMIT,
    });
    return rows.map(toLampiran);
  }

  async get(id: number): Promise<Lampiran> {
    return toLampiran(await this.live(id));
  }

  /** A file the clerk chose, attached to a live record; refused whole (nothing stored) when the file or the record is not fit. */
  async add(input: LampiranAddData & { filePath: string; name: string }, by: string | null): Promise<Lampiran> {
    const owner: LampiranOwner = input.owner;
    if (!(await ownerIsLive(this.em, owner, input.ownerId))) {
      throw new AppError('NOT_FOUND', fill(e.ownerMissing, { owner: messages.lampiran.owners[owner] }));
    }
    const file = checkAttachmentFile(input.filePath, input.name);
    const sha256 = sha256Of(file.bytes);
    await this.store.put(this.em, sha256, file.bytes);
    const now = nowIso();
    const saved = await this.em.save(
      LampiranEntity,
      this.em.create(LampiranEntity, {
        ownerKind: owner,
        ownerId: input.ownerId,
        category: input.category,
        fileName: file.fileName,
        mime: file.mime,
        size: file.bytes.length,
        sha256,
        caption: input.caption?.trim() || null,
        createdAt: now,
        createdBy: by,
        updatedAt: now,
        updatedBy: by,
        deletedAt: null,
      }),
    );
    return toLampiran(saved);
  }

  /** Into the recycle bin (an admin restores or purges it there). */
  async remove(id: number, by: string | null): Promise<{ id: number }> {
    await this.live(id);
    const now = nowIso();
    await this.em.update(LampiranEntity, { id }, { deletedAt: now, updatedAt: now, updatedBy: by });
    return { id };
  }

  /** The checked bytes of a live attachment, or a clear refusal when they are damaged or gone. */
  async bytes(id: number): Promise<{ row: LampiranRow; bytes: Buffer }> {
    const row = await this.live(id);
    const bytes = await this.store.get(this.em, row.sha256);
    if (!(bytes instanceof Buffer)) throw new AppError('BAD_FILE', fill(e.damaged, { name: row.fileName }));
    return { row, bytes };
  }

  /**
   * A small image sent whole for its thumbnail, a large JPEG's own EXIF thumbnail (a few KB); null
   * for a PDF or a large photo without one. Never more than LAMPIRAN_THUMB_MAX_BYTES crosses.
   */
  async thumbnail(id: number): Promise<LampiranThumbnail> {
    const row = await this.live(id);
    if (!toLampiran(row).hasThumbnail) return { dataUrl: null };
    const { bytes } = await this.bytes(id);
    if (bytes.length <= LAMPIRAN_THUMB_MAX_BYTES) return { dataUrl: `data:${row.mime};base64,${bytes.toString('base64')}` };
    const small = exifThumbnail(bytes);
    return { dataUrl: small && small.length <= LAMPIRAN_THUMB_MAX_BYTES ? `data:image/jpeg;base64,${small.toString('base64')}` : null };
  }

  /**
   * Opening: the checked bytes written to the core's own temp folder under the attachment's name,
   * as a file main holds; the desktop app then has it shown (showInViewer), the browser preview
   * downloads it, the command line copies it to --out.
   */
  async open(id: number, files: FileStore): Promise<LampiranOpenResult> {
    const { row, bytes } = await this.bytes(id);
    const out = files.outgoing(row.fileName);
    await fs.promises.writeFile(out.path, bytes);
    return { file: out.done() };
  }

  private async live(id: number): Promise<LampiranRow> {
    const row = await this.em.findOne(LampiranEntity, { where: { id, deletedAt: IsNull() } });
    if (!row) throw new AppError('NOT_FOUND', e.notFound);
    return row;
  }
}

/**
 * What the shell may be asked to open: only a file main wrote itself (an attachment lampiran:open
 * made, in its own temp folder) of a type the viewer shows; never a file the clerk chose or a path
 * the page names. The shell then only hands that path to the OS (electron/main/systemViewer.ts).
 */
export async function showInViewer(fileId: string, files: FileStore, dialogs: Dialogs | undefined): Promise<{ opened: true }> {
  if (!dialogs?.openWithViewer) throw new AppError('UNAVAILABLE', messages.errors.desktopOnly);
  const held = files.get(fileId);
  if (!held.owned || !VIEWABLE.has(path.extname(held.path).toLowerCase())) throw new AppError('NOT_FOUND', messages.errors.fileGone);
  const outcome = await dialogs.openWithViewer(held.path);
  if (!outcome.opened) throw new AppError('UNAVAILABLE', fill(e.viewerFailed, { name: held.name, reason: outcome.reason }));
  return { opened: true };
}

const VIEWABLE = new Set(Object.values(LAMPIRAN_EXT).concat('.jpeg'));
