import { AppError } from '../../errors';
import type { AskHost } from '../../workers/hostProxies';
import type { SecretSealer } from './secretSealer';

/**
 * The desktop shell's sealer (Electron's safeStorage, electron/main/safeStorageSealer.ts), asked
 * from the core's worker thread. The shell's refusals arrive as their Indonesian message only.
 */
export function hostSealer(ask: AskHost): SecretSealer {
  const refused = (err: unknown) => {
    throw new AppError('UNAVAILABLE', err instanceof Error ? err.message : String(err));
  };
  return {
    kind: 'safeStorage',
    seal: (text) => ask('sealer:seal', { text }).catch(refused),
    open: (sealed) => ask('sealer:open', { sealed }).catch(refused),
  };
}

/** The shell's restart, asked from the worker: it answers at once and restarts a moment later. */
export const hostRelaunch =
  (ask: AskHost): (() => Promise<void>) =>
  async () =>
    void (await ask('app:relaunch', {}));
