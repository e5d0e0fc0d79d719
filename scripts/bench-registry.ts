// How the registry answers at city scale: `npm run bench:registry -- [--umkm 200000] [--rounds 5] [--db FILE]`.
// Seeds a temp database through the demo path and closes it (or takes --db, e.g. one made by
// `seed-demo --umkm 200000`), then times what the registry screen sends (search while typing,
// filters and sorts, the next page, the last page, a jump to the middle) through the handler
// table with a signed-in session, on the database as the app opens it (PRAGMA optimize at open,
// no ANALYZE of our own). Prints p50 and p95 per request and per group (scripts/bench/queries.ts).
import { parseArgs } from 'node:util';
import { printCases, seededFixture } from './bench/queriesCli';

const { values } = parseArgs({ options: { umkm: { type: 'string', default: '200000' }, rounds: { type: 'string', default: '5' }, db: { type: 'string' } } });
const fx = await seededFixture(Number(values.umkm), values.db);
try {
  await printCases(fx.file, Number(values.umkm), ['search', 'paging', 'jumps'], Number(values.rounds));
} finally {
  fx.cleanup();
}
