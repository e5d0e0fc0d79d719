// How the PostgreSQL password is kept on disk: sealed for this account, never in clear.

/** Who sealed a password: Electron's safeStorage (the desktop app) or the key file (the command-line tool, the preview). */
export const SEALER_KINDS = ['safeStorage', 'keyFile'] as const;
export type SealerKind = (typeof SEALER_KINDS)[number];

/**
 * Seals a secret for this account and opens it again. Asynchronous because the desktop app's
 * sealer (Electron's safeStorage) lives in the main process while the core runs in a worker thread:
 * each use is a message to main and back (shellProxies.ts). Both throw an AppError with a message for
 * the clerk when the secret cannot be sealed safely or opened; never a clear-text fallback.
 */
export interface SecretSealer {
  readonly kind: SealerKind;
  /** The text sealed, as base64. */
  seal(text: string): Promise<string>;
  /** The text a `seal` of the same kind (and account) made. */
  open(sealed: string): Promise<string>;
}
