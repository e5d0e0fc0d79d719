import { z } from 'zod';
import { entry, handedOver, read, step, write } from './entry';
import { id, optionalText } from './fields';
import { fileId, type FileRef } from './files';
import { LAMPIRAN_CATEGORIES, LAMPIRAN_OWNERS, type LampiranCategory, type LampiranMime, type LampiranOwner } from '../domain/lampiran';

export type { LampiranOwner, LampiranCategory } from '../domain/lampiran';

// Attachments (issue 15): scans and photos on any record, their bytes kept apart from the rows.

const owner = z.enum(LAMPIRAN_OWNERS);
const category = z.enum(LAMPIRAN_CATEGORIES);

/** The attachments of one record. */
export const LampiranListInput = z.strictObject({ owner, ownerId: id });
export type LampiranListInput = z.input<typeof LampiranListInput>;
export type LampiranListQuery = z.output<typeof LampiranListInput>;

/** A file the clerk chose (by its id, never a path) attached to a record. */
export const LampiranAddInput = z.strictObject({
  owner,
  ownerId: id,
  fileId,
  category,
  caption: optionalText(300),
});
export type LampiranAddInput = z.input<typeof LampiranAddInput>;
export type LampiranAddData = z.output<typeof LampiranAddInput>;

export const LampiranIdInput = z.strictObject({ id });

export interface Lampiran {
  id: number;
  owner: LampiranOwner;
  ownerId: number;
  category: LampiranCategory;
  fileName: string;
  mime: LampiranMime;
  size: number;
  sha256: string;
  caption: string | null;
  /** ISO instant (UTC). */
  createdAt: string;
  createdBy: string | null;
  /** An image small enough to be shown as a thumbnail (lampiran:thumbnail). */
  hasThumbnail: boolean;
}

export interface LampiranThumbnail {
  /** data:image/…;base64,… or null when the file is no image or too large to send whole. */
  dataUrl: string | null;
}

/** An attachment's checked bytes as a file main holds: shown by the system viewer (lampiran:view) or downloaded. */
export interface LampiranOpenResult {
  file: FileRef;
}

/** A file lampiran:open wrote, to be shown with the computer's own viewer (the desktop app only). */
export const LampiranViewInput = z.strictObject({ fileId });

export const lampiranEntries = {
  'lampiran:list': entry<Lampiran[]>()(LampiranListInput, read()),
  'lampiran:add': entry<Lampiran>()(LampiranAddInput, write('lampiran', 'create')),
  'lampiran:delete': entry<{ id: number }>()(LampiranIdInput, write('lampiran', 'delete')),
  'lampiran:thumbnail': entry<LampiranThumbnail>()(LampiranIdInput, step()),
  // The attachment leaves the app as a file: its line in the audit trail is written first (a KTP is personal data).
  'lampiran:open': entry<LampiranOpenResult>()(LampiranIdInput, handedOver()),
  'lampiran:view': entry<{ opened: true }>()(LampiranViewInput, step()),
};
