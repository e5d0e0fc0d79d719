import path from 'node:path';
import { messages } from '../../../../shared/i18n';
import { writeConnection } from './connectionFile';
import { SQLITE_CONNECTION } from './connectionSettings';

/** What the clerk may do when the office's server cannot be reached at start (the shell asks, in this order). */
export const CONNECTION_FAILURE_CHOICES = ['retry', 'useSqlite', 'quit'] as const;
export type ConnectionFailureChoice = (typeof CONNECTION_FAILURE_CHOICES)[number];

/** The question's buttons, in CONNECTION_FAILURE_CHOICES order, and its detail line. */
export const connectionFailureQuestion = () => ({
  buttons: CONNECTION_FAILURE_CHOICES.map((c) => messages.connection.startup[c]),
  detail: messages.connection.startup.detail,
});

/**
 * Carries out the choice: 'useSqlite' points this PC back at its own SQLite file (koneksi.json says
 * so; the shared registry is untouched and can be chosen again under Pengaturan → Basis data).
 * Answers whether the app should start again.
 */
export function applyConnectionFailureChoice(choice: ConnectionFailureChoice, databaseFile: string): boolean {
  if (choice === 'useSqlite') writeConnection(path.dirname(path.resolve(databaseFile)), SQLITE_CONNECTION);
  return choice !== 'quit';
}
