// One measurement of the Excel benchmarks in its own process (run by benchChild.ts's runChild):
// the argument is a JSON object naming the phase, the database copy and the file. Prints one
// JSON line: the figures, the wall time `ms` of the measured path only (the process's start and
// the database's opening are left out on both sides), and `peakMB`, this process's maxRSS.
import type { Channel } from '../../shared/contract';

type Args = { phase: string; db: string; file: string; [k: string]: string | number };
const args = JSON.parse(process.argv[2]!) as Args;

/** The core over the database copy, and one signed-in clerk's calls through the handler table. */
async function openCore(db: string, role: 'operator' | 'admin' = 'operator') {
  const { openDatabase } = await import('../../electron/core/db/openDatabase');
  const { Core } = await import('../../electron/core/core');
  const { dispatch } = await import('../../electron/core/dispatch/dispatch');
  const core = new Core(await openDatabase({ file: db }), { appVersion: 'bench' });
  // Bound as a sign-in binds it (no KDF run): the same path the window's calls take.
  core.auth.sessions.bind('bench', { userId: null, username: 'bench', role, via: 'app' }, { fullName: 'Bench', lockable: false });
  const call = async <T>(channel: Channel, input: unknown): Promise<T> => {
    const r = await dispatch(channel, input, core, { key: 'bench', via: 'app' });
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  return { core, call };
}

async function importPhase(): Promise<Record<string, number>> {
  const { core, call } = await openCore(args.db);
  const t0 = performance.now();
  const fileId = core.files.register(args.file).fileId;
  const wb = await call<{ sessionId: string; defaultSheet: string }>('import:open', { fileId, target: 'umkm' });
  const tOpen = performance.now();
  const layout = await call<{ headerRow: number; mapping: Record<string, number> }>('import:sheet', { sessionId: wb.sessionId, sheet: wb.defaultSheet });
  const choices = { sessionId: wb.sessionId, sheet: wb.defaultSheet, headerRow: layout.headerRow, mapping: layout.mapping, edits: [], dropped: [] };
  const preview = await call<{ counts: { rows: number } }>('import:preview', { ...choices, filter: 'all', page: 1, pageSize: 50 });
  const tPreview = performance.now();
  const summary = await call<{ imported: number; refused: number }>('import:commit', { ...choices, dryRun: false });
  const tEnd = performance.now();
  await core.close();
  return { rows: preview.counts.rows, imported: summary.imported, refused: summary.refused, openMs: tOpen - t0, previewMs: tPreview - tOpen, commitMs: tEnd - tPreview, ms: tEnd - t0 };
}

/**
 * The import's floor: exceljs's streaming reader (the app's options) and one prepared INSERT per
 * row as it is read, in one transaction, the search index's triggers lifted and the new rows
 * indexed in one statement (as the app does), values taken as they come (codes looked up, class
 * by the PP 7/2021 rule), no check, no preview, no audit, no class records.
 */
async function importBaseline(): Promise<Record<string, number>> {
  const ExcelJS = (await import('exceljs')).default;
  const Sqlite = (await import('better-sqlite3')).default;
  const { KECAMATAN } = await import('../../shared/domain/regions');
  const { classify } = await import('../../shared/domain/classification');
  const { messages } = await import('../../shared/i18n');
  const { IMPORT_TARGET_DEFS } = await import('../../electron/core/excel/import/targets');
  const raw = new Sqlite(args.db);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  // The page cache the app's import sets aside for the same rows (sqliteBulk's appendCacheKiB).
  const { appendCacheKiB } = await import('../../electron/core/db/sqlite/sqliteBulk');
  raw.pragma(`cache_size = ${-Math.max(2000, appendCacheKiB(Number(args.rows)))}`);
  const t0 = performance.now();
  const code = (table: Record<string, string>) => new Map(Object.entries(table).map(([k, v]) => [v, k]));
  const kec = new Map(KECAMATAN.map((k) => [k.name, k.code]));
  const kel = new Map(KECAMATAN.flatMap((k) => k.kelurahan.map((l) => [`${k.code}|${l.name}`, l.code] as const)));
  const sector = code(messages.enums.sector);
  const reach = code(messages.enums.marketReach);
  const status = code(messages.enums.status);
  const byLabel = new Map(IMPORT_TARGET_DEFS.umkm.fields.map((f) => [f.label, f.key]));
  const cols = ['business_name', 'owner_name', 'nik', 'nib', 'npwp', 'address', 'kecamatan', 'kelurahan', 'sector', 'phone', 'email', 'founded_year', 'employees', 'capital', 'annual_sales', 'assets', 'products', 'market_reach', 'status', 'registered_at', 'class', 'class_basis', 'created_at', 'updated_at'];
  const insert = raw.prepare(`INSERT INTO umkm (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  const now = new Date().toISOString();
  raw.exec('BEGIN');
  const triggers = raw.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'umkm' AND name LIKE 'umkm_fts_%'`).all() as Array<{ name: string; sql: string }>;
  const { maxId } = raw.prepare(`SELECT coalesce(max(id), 0) AS maxId FROM umkm`).get() as { maxId: number };
  for (const t of triggers) raw.exec(`DROP TRIGGER "${t.name}"`);
  let n = 0;
  let writeMs = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(args.file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  for await (const ws of reader) {
    let at: Record<string, number> = {};
    for await (const row of ws) {
      const v = row.values as unknown[];
      if (row.number === 1) {
        at = Object.fromEntries(v.flatMap((h, i) => (byLabel.has(String(h)) ? [[byLabel.get(String(h))!, i]] : [])));
        continue;
      }
      const get = (k: string) => (at[k] === undefined ? null : (v[at[k]!] ?? null));
      const text = (k: string) => (get(k) === null ? null : String(get(k)));
      const num = (k: string) => (typeof get(k) === 'number' ? (get(k) as number) : null);
      const k = kec.get(String(get('kecamatan')))!;
      const sales = num('annualSales');
      const capital = num('capital');
      const c = classify({ annualSales: sales, capital })!;
      const date = get('registeredAt') as Date;
      const w = performance.now();
      insert.run([
        text('businessName'), text('ownerName'), text('nik'), text('nib'), text('npwp'), text('address'), k, kel.get(`${k}|${String(get('kelurahan'))}`)!,
        sector.get(String(get('sector'))), text('phone'), text('email'), num('foundedYear'), num('employees'), capital, sales, num('assets'), text('products'),
        reach.get(String(get('marketReach'))), status.get(String(get('status'))), date.toISOString().slice(0, 10), c.class, c.basis, now, now,
      ]);
      writeMs += performance.now() - w;
      n++;
    }
    break;
  }
  const w = performance.now();
  raw.prepare(`INSERT INTO umkm_fts(rowid, business_name, owner_name, nik, nib) SELECT id, business_name, owner_name, nik, coalesce(nib, '') FROM umkm WHERE id > ?`).run(maxId);
  for (const t of triggers) raw.exec(t.sql);
  raw.exec('COMMIT');
  const ms = performance.now() - t0;
  writeMs += performance.now() - w;
  raw.close();
  // writeMs: the INSERTs, the search index and the commit; the rest of ms is reading the workbook.
  return { rows: n, imported: n, ms, writeMs };
}

/** One export through the handler table, copied out of the file store to `args.file`. */
async function exportPhase(channel: 'export:list' | 'export:report', input: unknown): Promise<Record<string, number>> {
  const fs = await import('node:fs');
  const { core, call } = await openCore(args.db);
  const t0 = performance.now();
  const r = await call<{ file: { fileId: string }; rows: number }>(channel, input);
  const ms = performance.now() - t0;
  fs.copyFileSync(core.files.get(r.file.fileId).path, args.file);
  await core.close();
  return { rows: r.rows, ms, bytes: fs.statSync(args.file).size };
}

async function registryPhase(): Promise<Record<string, number>> {
  return exportPhase('export:list', { list: 'umkm', query: {} });
}

/** The report for the demo's newest year (its records end there), on A4. */
async function reportPhase(): Promise<Record<string, number>> {
  const { demoBaseYear } = await import('../../electron/core/services/demo/demoProgress');
  const year = demoBaseYear();
  return exportPhase('export:report', { from: `${year}-01-01`, to: `${year}-12-31`, paper: 'A4' });
}

/**
 * The exports' floor: iterate() over the whole registry in one read snapshot, each UMKM's cells of
 * the registry export (its 20 columns' values) added as a plain row to exceljs's streaming writer
 * with its default options, and committed.
 */
async function exportBaseline(): Promise<Record<string, number>> {
  const fs = await import('node:fs');
  const ExcelJS = (await import('exceljs')).default;
  const { openDatabase } = await import('../../electron/core/db/openDatabase');
  const { Core } = await import('../../electron/core/core');
  const { UmkmListQuery } = await import('../../shared/contract');
  const { UMKM_COLUMNS } = await import('../../electron/core/excel/export/umkmExport');
  const { excelDate } = await import('../../electron/core/excel/export/cellFormats');
  const core = new Core(await openDatabase({ file: args.db }), { appVersion: 'bench' });
  const t0 = performance.now();
  const rows = await core.snapshot(async (s) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: args.file });
    const ws = wb.addWorksheet('UMKM');
    ws.addRow(UMKM_COLUMNS.map((c) => c.header)).commit();
    let n = 0;
    for await (const chunk of s.umkm.iterate(UmkmListQuery.parse({}))) {
      for (const u of chunk) ws.addRow(UMKM_COLUMNS.map((c) => (c.kind === 'date' ? excelDate(c.value(u) as string) : (c.value(u) ?? null)))).commit();
      n += chunk.length;
    }
    ws.commit();
    await wb.commit();
    return n;
  });
  const ms = performance.now() - t0;
  await core.close();
  return { rows, ms, bytes: fs.statSync(args.file).size };
}

const PHASES: Record<string, () => Promise<Record<string, number>>> = { import: importPhase, importBaseline, registry: registryPhase, report: reportPhase, exportBaseline };

const phase = PHASES[args.phase];
if (!phase) throw new Error(`Unknown phase ${args.phase}`);
const cpu = process.cpuUsage();
const result = await phase();
const used = process.cpuUsage(cpu);
// cpuMs: this process's CPU time over the whole phase, a figure the machine's load disturbs less than the wall time.
console.log(JSON.stringify({ ...result, cpuMs: Math.round((used.user + used.system) / 1000), peakMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
