import type { ParseArgsConfig } from 'node:util';
import type { Channel, Result } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import type { SessionRef } from '../core/auth/sessions';
import type { Core } from '../core/core';
import { seedDemoCommand, statsCommand } from './commands/app';
import { backupCommands } from './commands/backup';
import { exportCommands } from './commands/exportCommands';
import { partnershipCommands } from './commands/partnerships';
import { kegiatanCommands } from './commands/kegiatan';
import { progressCommands } from './commands/progress';
import { importCommands } from './commands/importCommands';
import { umkmCommands } from './commands/umkm';
import { riwayatCommand } from './commands/riwayat';
import { userCommands } from './commands/users';
import { officeCommands } from './commands/office';
import { bantuanCommands } from './commands/bantuan';
import { SERTIFIKAT_OPTIONS, sertifikatCommands } from './commands/sertifikat';
import { monevCommands } from './commands/monev';
import { lampiranCommands } from './commands/lampiran';
import { moveToPostgresCommand } from './commands/moveToPostgres';
import type { CliIo } from './io';

/** A repeatable option (--address) gives every value it was given, in order. */
export type Values = Record<string, string | boolean | string[] | undefined>;

/** What a multi-step command gets: calls through the handler table, the Core it runs on, and its session. */
export interface CliApi {
  call: (channel: Channel, payload: unknown) => Promise<Result<unknown>>;
  core: Core;
  /** The run's session (who --user or --as-admin-offline signed in): for work checked like a channel without being one. */
  session: SessionRef;
}

export interface CommandSpec {
  name: string;
  usage: string;
  /** How many words may follow the command (an ID); more is a usage error. */
  positionals?: number;
  /** Builds the channel call from the arguments; throws UsageError when they are off. */
  request: (rest: string[], values: Values, io: CliIo) => Promise<{ channel: Channel; payload: unknown }>;
  /**
   * Commands of several calls (import): given the request's payload, runs the calls itself and
   * returns the result to print, and the exit code when it is not 0.
   */
  run?: (request: { channel: Channel; payload: unknown }, api: CliApi, values: Values) => Promise<Result<unknown> & { exit?: number }>;
  /**
   * Commands that must work on a damaged database (check, restore): run instead of opening it
   * the usual way (which migrates), given the database file; printed like any other result.
   */
  offline?: (request: { channel: Channel; payload: unknown }, dbFile: string, values: Values, pgUrl?: string) => Promise<Result<unknown> & { exit?: number }>;
  /** Set when `offline` also serves a PostgreSQL registry (--pg, given as `pgUrl`); otherwise such a run is refused, saying so. */
  offlinePg?: boolean;
  /** --pg is where the command writes (move-to-postgres), not the registry it opens (--db or the app's file). */
  pgIsTarget?: boolean;
  /** The result is {file: FileRef}: copy that file to --out before printing. */
  writesOut?: boolean;
  /** May run without an account while the database has none (creating the first admin). */
  firstSetup?: boolean;
  /**
   * Plain-text rendering of the result (with --json the result is printed as it is). A method, so
   * each command names its own result type: the result is its channel's, as dispatch answered it.
   */
  text(value: unknown): string;
}

export const CLI_OPTIONS = {
  db: { type: 'string' },
  pg: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  data: { type: 'string' },
  search: { type: 'string' },
  kecamatan: { type: 'string' },
  kelurahan: { type: 'string' },
  sector: { type: 'string' },
  class: { type: 'string' },
  status: { type: 'string' },
  page: { type: 'string' },
  'page-size': { type: 'string' },
  umkm: { type: 'string' },
  kind: { type: 'string' },
  partner: { type: 'string' },
  komunitas: { type: 'string' },
  event: { type: 'string' },
  pattern: { type: 'string' },
  support: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  // No default: absent means "any", not "not due".
  due: { type: 'boolean' },
  'signed-at': { type: 'string' },
  'finished-at': { type: 'string' },
  reason: { type: 'string' },
  start: { type: 'string' },
  limit: { type: 'string' },
  // progress add
  date: { type: 'string' },
  sales: { type: 'string' },
  capital: { type: 'string' },
  assets: { type: 'string' },
  employees: { type: 'string' },
  reach: { type: 'string' },
  cert: { type: 'string' },
  channels: { type: 'string' },
  source: { type: 'string' },
  notes: { type: 'string' },
  // import / export
  out: { type: 'string' },
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
  target: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  errors: { type: 'string' },
  year: { type: 'string' },
  paper: { type: 'string' },
  // accounts (issue 6)
  user: { type: 'string' },
  'as-admin-offline': { type: 'boolean', default: false },
  // backups (issue 6)
  keep: { type: 'string' },
  'trust-source': { type: 'boolean', default: false },
  // office settings (issue 11)
  'office-name': { type: 'string' },
  government: { type: 'string' },
  address: { type: 'string', multiple: true },
  phone: { type: 'string' },
  email: { type: 'string' },
  website: { type: 'string' },
  city: { type: 'string' },
  emblem: { type: 'string' },
  'no-emblem': { type: 'boolean', default: false },
  position: { type: 'string' },
  name: { type: 'string' },
  rank: { type: 'string' },
  nip: { type: 'string' },
  // kegiatan attend (issue 15)
  day: { type: 'string' },
  peserta: { type: 'string' },
  // bantuan add / update (issue 15)
  item: { type: 'string' },
  value: { type: 'string' },
  programme: { type: 'string' },
  'handed-at': { type: 'string' },
  bast: { type: 'string' },
  confirm: { type: 'boolean', default: false },
  // monev and closing an agreement (issue 15)
  outcome: { type: 'string' },
  'outcome-notes': { type: 'string' },
  agreement: { type: 'string' },
  officer: { type: 'string' },
  method: { type: 'string' },
  product: { type: 'string', multiple: true },
  'next-step': { type: 'string' },
  overdue: { type: 'boolean' },
  // lampiran add (issue 15)
  category: { type: 'string' },
  caption: { type: 'string' },
  ...SERTIFIKAT_OPTIONS,
} satisfies ParseArgsConfig['options'];

export const COMMANDS: CommandSpec[] = [seedDemoCommand, statsCommand, ...umkmCommands, riwayatCommand, ...partnershipCommands, ...kegiatanCommands, ...progressCommands, ...importCommands, ...exportCommands, ...userCommands, ...backupCommands, ...officeCommands, ...sertifikatCommands, ...bantuanCommands, ...monevCommands, ...lampiranCommands, moveToPostgresCommand];

export const USAGE = fill(messages.cli.main.usage, { commands: COMMANDS.map((c) => `  ${c.usage}`).join('\n') });
