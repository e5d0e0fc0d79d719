import { fill, messages } from '../../../../shared/i18n';
import { AppError } from '../../errors';

// What the pg driver and the network say when the server went away between two calls (the pool
// reconnects by itself on the next call once the server is back).
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
// SQLSTATE class 08 (connection exception) and 57P01..57P03 (the server shutting down or starting).
const SERVER = /^(08|57P0[123])/;

export function isConnectionLost(err: unknown): boolean {
  const e = err as { code?: unknown; driverError?: { code?: unknown }; message?: unknown } | undefined;
  const code = String(e?.code ?? e?.driverError?.code ?? '');
  if (NETWORK.has(code) || SERVER.test(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(String(e?.message ?? ''));
}

/** The clerk's reading of it: nothing of this call was saved (its transaction never committed). */
export const connectionLostError = (server: string): AppError => new AppError('DB_CONNECTION', fill(messages.connection.errors.lost, { server }));
