import { fill, messages } from '../../../../shared/i18n';
import { AppError } from '../../errors';
import type { StoredPostgres } from './connectionSettings';
import type { SecretSealer } from './secretSealer';

const c = messages.connection;

/**
 * The saved password in clear, for a connection about to be made (never kept longer): null when
 * none is saved. A password sealed by another kind of sealer (the desktop app's safeStorage, read
 * by the command-line tool) or that no longer opens throws an AppError saying to save it again.
 */
export async function openPassword(stored: StoredPostgres, sealer: SecretSealer, file: string): Promise<string | null> {
  if (stored.password === undefined) return null;
  if (stored.sealedBy === undefined) throw new AppError('UNAVAILABLE', c.errors.sealBroken);
  if (stored.sealedBy !== sealer.kind) throw new AppError('UNAVAILABLE', fill(c.errors.sealedElsewhere, { file, by: c.sealers[stored.sealedBy] }));
  return sealer.open(stored.password);
}
