// `npm run preview` and the e2e fixtures: the app in a browser, on 127.0.0.1 only.
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { defaultDatabaseFile } from '../../core/paths';
import { APP_VERSION } from '../../core/version';
import { startCoreWorker } from '../../core/workers/coreClient';
import { messages } from '../../../shared/i18n';
import { startHttpAdapter } from './server';

const { values } = parseArgs({
  options: { db: { type: 'string' }, pg: { type: 'string' }, port: { type: 'string' }, static: { type: 'string' } },
});
// The core in its own thread, as in the desktop app: this thread only serves pages and forwards calls.
// --pg (or KEMITRAAN_PG_URL): the office's shared PostgreSQL registry instead of the file.
const pgUrl = values.pg ?? (values.db ? undefined : process.env.KEMITRAAN_PG_URL || undefined);
const core = startCoreWorker({ file: values.db ?? defaultDatabaseFile(), pgUrl, appVersion: APP_VERSION, startup: 'plain' });
const start = await core.started;
if (start.state !== 'ready') {
  process.stderr.write(`${start.state === 'failed' ? start.message : start.state}\n`);
  process.exit(1);
}
core.onExit(() => process.exit(1));
const adapter = await startHttpAdapter({
  core,
  staticDir: values.static ?? process.env.RENDERER_OUT ?? path.resolve('dist', 'renderer'),
  port: values.port ? Number(values.port) : 0,
});
// Each link opens one tab, once (its secret is in the fragment, which no request carries); a line
// on stdin (Enter in the terminal, or the e2e fixture) prints another. The fixture reads these lines.
const printLink = () => process.stdout.write(`Kemitraan UMKM: ${adapter.url}#token=${adapter.newLink()}\n`);
printLink();
if (process.stdin.isTTY) process.stderr.write(`${messages.errors.previewLinkHint}\n`);
readline.createInterface({ input: process.stdin }).on('line', printLink);

const stop = async () => {
  await adapter.close();
  await core.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
