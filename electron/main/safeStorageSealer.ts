import { safeStorage } from 'electron';
import { messages } from '../../shared/i18n';
import type { SecretSealer } from '../core/db/connection/secretSealer';

const e = messages.connection.errors;

/**
 * Whether safeStorage really protects a secret here: the OS keeps its key (DPAPI on Windows, the
 * Keychain on macOS, a keyring on Linux). On Linux without a keyring Electron falls back to a
 * fixed, public password ('basic_text'), which is as good as clear text, so it counts as none.
 */
async function available(): Promise<boolean> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

/**
 * The desktop app's sealer for the PostgreSQL password: Electron's safeStorage, tied to this
 * Windows account. Without it, saving a password is refused with a message; it is never stored in clear.
 */
export const safeStorageSealer: SecretSealer = {
  kind: 'safeStorage',
  seal: async (text) => {
    if (!(await available())) throw new Error(e.sealUnavailable);
    return (await safeStorage.encryptStringAsync(text)).toString('base64');
  },
  open: async (sealed) => {
    try {
      return (await safeStorage.decryptStringAsync(Buffer.from(sealed, 'base64'))).result;
    } catch {
      // Another account's or another PC's value, or bytes changed by hand.
      throw new Error(e.sealBroken);
    }
  },
};
