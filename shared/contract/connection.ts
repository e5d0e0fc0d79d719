import { z } from 'zod';
import { messages } from '../i18n';
import { EmptyInput } from './app';
import { entry, read, roles, step } from './entry';

// Which database the app opens: SQLite on this PC (the default) or the office's PostgreSQL server
// (issue 14). The choice lives in a small file beside the default database (koneksi.json), never in
// a database, and takes effect when the app is started again.

const c = messages.connection;
const v = messages.validation;

export const CONNECTION_ENGINES = ['sqlite', 'postgres'] as const;
export type ConnectionEngine = (typeof CONNECTION_ENGINES)[number];

export const DEFAULT_PG_PORT = 5432;

/** Why a connection failed, for the page and for the lead's opener (connectionErrors.ts). */
export const CONNECTION_FAILURES = [
  'unreachable',
  'wrongPassword',
  'notAllowed',
  'tlsRequired',
  'databaseMissing',
  'tlsUnsupported',
  'tlsCertificate',
  'tooOld',
  'noTrigram',
  'settingsFile',
  'other',
] as const;
export type ConnectionFailure = (typeof CONNECTION_FAILURES)[number];

const blankToUndefined = (x: unknown) => (typeof x === 'string' && x.trim() === '' ? undefined : x === null ? undefined : x);

// A host name (letters, digits, dots, dashes) or an IPv4/IPv6 address: not an address with a
// scheme (postgres://) or a port, which have fields of their own.
const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const IPV6 = /^\[?([0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f.]*\]?$/;

/** The server's name or address as the driver takes it (an IPv6 address without its brackets). */
export const pgHost = z
  .string({ error: c.validation.host })
  .trim()
  .max(253, { error: c.validation.host })
  .refine((h) => HOST_NAME.test(h) || IPV6.test(h), { error: c.validation.host })
  .transform((h) => h.replace(/^\[(.*)\]$/, '$1'));

export const pgPort = z
  .number({ error: c.validation.port })
  .int({ error: c.validation.port })
  .min(1, { error: c.validation.port })
  .max(65535, { error: c.validation.port });

/** Bytes of `s` in UTF-8, as PostgreSQL counts a name's length. */
function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** A database or role name: PostgreSQL keeps 63 bytes of a name; no control characters. */
const pgName = z
  .string()
  .trim()
  .min(1)
  .refine((s) => utf8Length(s) <= 63 && !/\p{Cc}/u.test(s), { error: c.validation.name });

/** The server's settings, without its password (what koneksi.json and connection:get hold). */
export const PostgresSettings = z.object({
  host: pgHost,
  port: pgPort.default(DEFAULT_PG_PORT),
  database: pgName,
  user: pgName,
  tls: z.boolean().default(false),
});
export type PostgresSettings = z.output<typeof PostgresSettings>;

const portTyped = z.preprocess((x) => {
  const b = blankToUndefined(x);
  return typeof b === 'string' && /^\s*\d+\s*$/.test(b) ? Number(b) : b;
}, pgPort.optional());

/**
 * The form's settings, for connection:test and connection:save. With PostgreSQL, host, database and
 * user are needed, and a password typed or `keepPassword` (the one saved with the current
 * settings); with SQLite the other fields are ignored.
 */
export const ConnectionInput = z
  .strictObject({
    engine: z.enum(CONNECTION_ENGINES),
    host: z.preprocess(blankToUndefined, pgHost.optional()),
    port: portTyped,
    database: z.preprocess(blankToUndefined, pgName.optional()),
    user: z.preprocess(blankToUndefined, pgName.optional()),
    /** As typed: never trimmed (a space may be part of it), never stored or logged in clear. */
    password: z
      .string()
      .max(1024)
      .refine((p) => !p.includes('\u0000'), { error: v.invalidType })
      .optional(),
    keepPassword: z.boolean().default(false),
    tls: z.boolean().default(false),
  })
  .superRefine((s, ctx) => {
    if (s.engine !== 'postgres') return;
    if (s.host === undefined) ctx.addIssue({ code: 'custom', path: ['host'], message: c.validation.host });
    if (s.database === undefined) ctx.addIssue({ code: 'custom', path: ['database'], message: v.required });
    if (s.user === undefined) ctx.addIssue({ code: 'custom', path: ['user'], message: v.required });
    if (!s.keepPassword && !s.password) ctx.addIssue({ code: 'custom', path: ['password'], message: c.validation.passwordNeeded });
  });
export type ConnectionInput = z.input<typeof ConnectionInput>;
export type ParsedConnectionInput = z.output<typeof ConnectionInput>;

/** What connection:get answers: the saved choice without its password, and what runs now. */
export interface ConnectionView {
  /** The engine koneksi.json names (the next start opens it); 'sqlite' without a file. */
  engine: ConnectionEngine;
  /** The PostgreSQL server saved, when the file names one. */
  postgres: PostgresSettings | null;
  /** Whether a (sealed) password is saved with it. */
  hasPassword: boolean;
  /** The engine this running app opened. */
  running: ConnectionEngine;
  /** koneksi.json could not be read: why (the app will not start on it until it is saved anew or removed). */
  problem: string | null;
  /** The settings file's path and the SQLite file used without PostgreSQL, shown to the admin. */
  file: string;
  sqliteFile: string;
  /** Whether this shell can restart the app (the desktop app; not the browser preview). */
  canRelaunch: boolean;
}

/** connection:test: the server answered, or why not (a failed test is an answer, not an error). */
export type ConnectionTestResult =
  | { connected: true; serverVersion: string }
  | { connected: false; reason: ConnectionFailure; message: string };

export interface ConnectionSaved {
  engine: ConnectionEngine;
  /** The PostgreSQL server's version when one was tested and saved. */
  serverVersion: string | null;
  /** The app opens the new choice only when it starts again. */
  restartNeeded: true;
}

export const connectionEntries = {
  'connection:get': entry<ConnectionView>()(EmptyInput, read(roles.admin)),
  'connection:test': entry<ConnectionTestResult>()(ConnectionInput, step(roles.admin)),
  // Tests the server first (outside the write lock: a test may wait 5 s), then writes koneksi.json
  // and its audit line itself, without the password (connectionService.ts).
  'connection:save': entry<ConnectionSaved>()(ConnectionInput, { roles: roles.admin, mode: 'read' as const, refresh: false as const, audit: 'self' as const }),
  /** Restarts the desktop app (after a saved connection); the browser preview answers UNAVAILABLE. */
  'app:relaunch': entry<{ relaunching: true }>()(EmptyInput, step(roles.admin)),
};
