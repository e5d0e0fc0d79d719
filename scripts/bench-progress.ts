// How the dashboard and the Naik Kelas page answer at city scale: `npm run bench:progress -- [--umkm 200000] [--rounds 5] [--db FILE]`.
// Seeds a temp database through the demo path and closes it (or takes --db), then times the
// dashboard (stats:summary, progress:overview), the report for every year of the data and its
// lists, by kecamatan, sector and community, and over several years, through the handler table
// with a signed-in session, on the database as the app opens it (PRAGMA optimize at open, no
// ANALYZE of our own). Prints p50 and p95 per request and per group (scripts/bench/queries.ts).
import { parseArgs } from 'node:util';
import { printCases, seededFixture } from './bench/queriesCli';

const { values } = parseArgs({ options: { umkm: { type: 'string', default: '200000' }, rounds: { type: 'string', default: '5' }, db: { type: 'string' } } });
const fx = await seededFixture(Number(values.umkm), values.db);
try {
  await printCases(fx.file, Number(values.umkm), ['aggregates', 'periods'], Number(values.rounds));
} finally {
  fx.cleanup();
}
