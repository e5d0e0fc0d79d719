// `npm run preview` and the e2e fixtures: the app in a browser, on 127.0.0.1 only.
import crypto from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Core } from '../../core/core';
import { openDatabase } from '../../core/db/openDatabase';
import { defaultDatabaseFile } from '../../core/paths';
import { APP_VERSION } from '../../core/version';
import { startHttpAdapter } from './server';

const { values } = parseArgs({
  options: { db: { type: 'string' }, port: { type: 'string' }, static: { type: 'string' } },
});
const db = await openDatabase({ file: values.db ?? defaultDatabaseFile() });
const adapter = await startHttpAdapter({
  core: new Core(db, { appVersion: APP_VERSION }),
  staticDir: values.static ?? process.env.RENDERER_OUT ?? path.resolve('dist', 'renderer'),
  token: crypto.randomBytes(24).toString('hex'),
  port: values.port ? Number(values.port) : 0,
});
// The e2e fixture reads this line to find the server.
process.stdout.write(`Kemitraan UMKM: ${adapter.url}\n`);

const stop = async () => {
  await adapter.close();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
