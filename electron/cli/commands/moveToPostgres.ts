import type { MoveResult } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import type { CommandSpec } from '../commands';
import { UsageError } from '../io';

const t = messages.transfer;

/** The counts as a two-column table: each table in the clerk's words, its rows right-aligned. */
function countsTable(v: MoveResult): string {
  const rows = v.tables.map((r) => [`${t.tables[r.table] ?? r.table}${r.kind === 'summary' ? ` ${t.cli.summaryMark}` : ''}`, r.rows.toLocaleString('id-ID')] as const);
  const width = Math.max(t.cli.head.length, ...rows.map(([name]) => name.length));
  const digits = Math.max(t.cli.rowsHead.length, ...rows.map(([, n]) => n.length));
  const line = (name: string, n: string) => `${name.padEnd(width)}  ${n.padStart(digits)}`;
  return [line(t.cli.head, t.cli.rowsHead), ...rows.map(([name, n]) => line(name, n))].join('\n');
}

// The same channel as the connection page's button, from the registry --db names (or the app's own
// file) to the empty PostgreSQL database of --pg.
export const moveToPostgresCommand: CommandSpec = {
  name: 'move-to-postgres',
  usage: t.cli.usage,
  pgIsTarget: true,
  request: async (_rest, values) => {
    if (typeof values.pg !== 'string' || values.pg === '') throw new UsageError(t.cli.pgNeeded);
    return { channel: 'registry:moveToPostgres', payload: { url: values.pg } };
  },
  text: (v: MoveResult) => `${fill(t.cli.moved, { server: v.server, rows: v.rows.toLocaleString('id-ID'), tables: v.tables.filter((r) => r.kind === 'base').length })}\n${countsTable(v)}\n`,
};
