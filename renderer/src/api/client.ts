import type { Channel, InputOf, OutputOf } from '../../../shared/contract';
import type { AppErrorData } from '../../../shared/contract/errors';
import { invoke } from './transport';

/** A refused call, carrying the contract's error (code, Indonesian message, field errors). */
export class ApiError extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
  }
}

// Main refused a call because the session ended or locked: the auth gate listens and shows the
// sign-in or lock screen, whichever page made the call.
const authListeners = new Set<(code: 'UNAUTHENTICATED' | 'SESSION_LOCKED') => void>();
export function onAuthError(listener: (code: 'UNAUTHENTICATED' | 'SESSION_LOCKED') => void): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}

/** The renderer's only way to main: typed by the contract, errors thrown as ApiError. */
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) {
    const code = result.error.code;
    if ((code === 'UNAUTHENTICATED' || code === 'SESSION_LOCKED') && !channel.startsWith('auth:')) for (const l of authListeners) l(code);
    throw new ApiError(result.error);
  }
  return result.value as OutputOf<C>;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
