import type { Result } from '../../../shared/contract/errors';
import type { FileRef } from '../../../shared/contract/files';
import type { SessionRef } from '../auth/sessions';
import type { EventListener } from '../events';

/** A held file as the loopback adapter serves it for download. */
export interface HeldFileInfo {
  path: string;
  name: string;
  size: number;
}

/**
 * What an adapter (Electron IPC, loopback HTTP) needs of the core, wherever the core runs: in a
 * worker (the app, `npm run preview`) or in the same thread (the command-line tool, tests).
 */
export interface CoreGateway {
  call(channel: unknown, payload: unknown, session?: SessionRef): Promise<Result<unknown>>;
  /** The browser's stand-in for the open dialog: the bytes become a held file. */
  saveUpload(name: string, bytes: Uint8Array): Promise<FileRef>;
  /** The same for an upload the adapter already streamed to a file: the core takes the file over. */
  adoptUpload(name: string, tempPath: string): Promise<FileRef>;
  /** A held file by id, or null when there is none (the browser's stand-in for the save dialog). */
  heldFile(fileId: string): Promise<HeldFileInfo | null>;
  onEvent(listener: EventListener): () => void;
  close(): Promise<void>;
}
