import { type ConnectionFailure, type PostgresSettings } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { AppError } from '../../errors';

const e = messages.connection.errors;
const cert = messages.connection.certificate;

/** What a failure's message names: the server's settings, never its password. */
export type ConnectionParams = Pick<PostgresSettings, 'host' | 'port' | 'database' | 'user'>;

/** A connection that failed (DB_CONNECTION), with why: the settings page and the opener say it alike. */
export class ConnectionError extends AppError {
  constructor(
    readonly reason: ConnectionFailure,
    message: string,
  ) {
    super('DB_CONNECTION', message);
    this.name = 'ConnectionError';
  }
}

const MESSAGES: Record<Exclude<ConnectionFailure, 'settingsFile'>, string> = {
  unreachable: e.unreachable,
  wrongPassword: e.wrongPassword,
  notAllowed: e.notAllowed,
  tlsRequired: e.tlsRequired,
  databaseMissing: e.databaseMissing,
  tlsUnsupported: e.tlsUnsupported,
  tlsCertificate: e.tlsCertificate,
  tooOld: e.tooOld,
  noTrigram: e.noTrigram,
  other: e.other,
};

/** The failure `reason` said for these settings; `extra` fills {version} and {detail}. */
export function connectionFailure(reason: Exclude<ConnectionFailure, 'settingsFile'>, params: ConnectionParams, extra: Record<string, string> = {}): ConnectionError {
  const { host, port, database, user } = params;
  return new ConnectionError(reason, fill(MESSAGES[reason], { host, port, database, user, detail: '', ...extra }));
}

// The operating system's words for a server that is not there or does not answer.
const UNREACHABLE = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'ECONNRESET', 'EPIPE', 'EADDRNOTAVAIL']);

const CERT_SELF_SIGNED = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT']);
const CERT_DATES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
const CERT_OTHER = new Set(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_SIGNATURE_FAILURE', 'CERT_UNTRUSTED', 'CERT_REJECTED', 'CERT_REVOKED', 'INVALID_CA']);

interface DriverError {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
}

/** The error's own code, or (Node's attempts at each address of a name) the first attempt's. */
function codeOf(err: DriverError): string {
  if (typeof err.code === 'string') return err.code;
  const first = Array.isArray(err.errors) ? (err.errors[0] as DriverError | undefined) : undefined;
  return typeof first?.code === 'string' ? first.code : '';
}

function certificateDetail(code: string): string | null {
  if (CERT_SELF_SIGNED.has(code)) return cert.selfSigned;
  if (CERT_DATES.has(code)) return cert.expired;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return cert.wrongName;
  if (CERT_OTHER.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) return cert.untrusted;
  return null;
}

/**
 * What the pg driver (or the network under it) said, as the clerk should read it, for the settings
 * tried. Each failure has its `reason`: unreachable, a refused name or password, a missing database,
 * TLS refused either way, and anything else with the driver's own words as its detail.
 */
export function connectionError(err: unknown, params: ConnectionParams): ConnectionError {
  if (err instanceof ConnectionError) return err;
  const d = (err ?? {}) as DriverError;
  const code = codeOf(d);
  const text = typeof d.message === 'string' ? d.message : String(err);
  // SQLSTATE: the server answered and refused.
  if (code === '28P01') return connectionFailure('wrongPassword', params);
  if (code === '28000') {
    // pg_hba.conf: "no pg_hba.conf entry for host …, no encryption" asks for TLS; otherwise this PC or user is not let in.
    if (/no encryption|SSL off/i.test(text)) return connectionFailure('tlsRequired', params);
    if (/pg_hba\.conf/i.test(text)) return connectionFailure('notAllowed', params);
    return connectionFailure('wrongPassword', params);
  }
  if (code === '3D000') return connectionFailure('databaseMissing', params);
  if (/does not support SSL/i.test(text)) return connectionFailure('tlsUnsupported', params);
  const certProblem = certificateDetail(code);
  if (certProblem) return connectionFailure('tlsCertificate', params, { detail: certProblem });
  if (UNREACHABLE.has(code)) return connectionFailure('unreachable', params);
  // The driver's own timeout, and a server that hung up before it answered.
  if (/timeout|timed out|Connection terminated/i.test(text)) return connectionFailure('unreachable', params);
  return connectionFailure('other', params, { detail: text.slice(0, 300) });
}
