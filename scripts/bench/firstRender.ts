// First render (issue 12): from navigation to the registry table showing its first rows, in
// Chromium against the loopback adapter, beside a plain page making the same data call.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { buildCliIfStale, CLI_BUNDLE } from '../../tests/support/buildCli';
import { copyFixture, median, type BenchFixture } from './benchChild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BENCH_ADMIN = { username: 'benchadmin', fullName: 'Bench Admin', password: 'bench-first-render', role: 'admin' };
/** The registry's first query as RegistryPage sends it on #/umkm (no filters, by name, page 1). */
const REGISTRY_QUERY = { sort: 'businessName', order: 'asc', page: 1, pageSize: 50 };
const RUNS = 7;

/** The renderer as `npm run build` makes it, built afresh into the bench's own folder. */
function buildRenderer(workDir: string): string {
  const dir = path.join(workDir, 'renderer');
  const built = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: ROOT, env: { ...process.env, RENDERER_OUT: dir }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`vite build failed (${built.status}): ${built.stderr}`);
  return dir;
}

/** JS and CSS of the build (or of the files named), in KB as stored and gzipped. */
function assetKB(dir: string, files?: Iterable<string>): { kb: number; gzipKB: number } {
  const list = (files ? [...files] : fs.readdirSync(path.join(dir, 'assets')).map((f) => `assets/${f}`)).filter((f) => /\.(js|css)$/.test(f));
  const bytes = list.map((f) => fs.readFileSync(path.join(dir, f)));
  const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / 1024);
  return { kb: sum(bytes.map((b) => b.length)), gzipKB: sum(bytes.map((b) => zlib.gzipSync(b).length)) };
}

/** A copy of the fixture with an admin account the bench signs in as. */
function prepareDatabase(fx: BenchFixture): string {
  const file = copyFixture(fx, 'first-render');
  buildCliIfStale();
  const added = spawnSync(process.execPath, [CLI_BUNDLE, 'user', 'add', '--as-admin-offline', '--db', file, '--data', JSON.stringify(BENCH_ADMIN)], {
    cwd: ROOT,
    env: { ...process.env, KEMITRAAN_DATA_DIR: fx.workDir, KEMITRAAN_NEW_PASSWORD: BENCH_ADMIN.password },
    encoding: 'utf8',
  });
  if (added.status !== 0) throw new Error(`user add failed: ${added.stderr}`);
  return file;
}

function startServer(db: string, staticDir: string): Promise<{ url: string; link: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron', 'adapters', 'http', 'serve.ts'), '--db', db, '--static', staticDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 120_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /Kemitraan UMKM: (http:\/\/127\.0\.0\.1:\d+\/)#token=([A-Za-z0-9_-]+)\n/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, link: m[2]!, child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
}

/** Opens a tab with the server's one-time link (as the page does) and signs it in: the tab's credential. */
async function signIn(url: string, link: string): Promise<string> {
  const opened = (await (await fetch(new URL('tab', url), { method: 'POST', headers: { 'X-Kemitraan-Link': link } })).json()) as { ok: boolean; value?: { tab: string } };
  if (!opened.ok || !opened.value) throw new Error('POST /tab refused the link');
  const tab = opened.value.tab;
  const res = await fetch(new URL('api/auth%3Alogin', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kemitraan-Tab': tab },
    body: JSON.stringify({ username: BENCH_ADMIN.username, password: BENCH_ADMIN.password }),
  });
  const body = (await res.json()) as { ok: boolean; error?: { message: string } };
  if (!body.ok) throw new Error(`auth:login: ${body.error?.message}`);
  return tab;
}

/**
 * When the first row was painted, as the browser itself reports it (Element Timing): the row's
 * elements are marked as soon as it is in the page, and the time recorded is when the frame that
 * first shows them was presented. A requestAnimationFrame callback, used before, runs at the start
 * of that frame, ahead of its style, layout and paint, which for a page drawn at once are most of
 * the frame. A string, not a function: tsx's compiled functions call helpers the page does not have.
 */
const PAINT_TIMING = `
window.__markFirstRow = (row) => { for (const el of [row, ...row.querySelectorAll('*')]) el.setAttribute('elementtiming', 'first-row'); };
new PerformanceObserver((list) => {
  const times = list.getEntries().filter((e) => e.identifier === 'first-row').map((e) => e.renderTime || e.loadTime);
  if (times.length && window.__firstRows === undefined) window.__firstRows = Math.min(...times);
}).observe({ type: 'element', buffered: true });`;

/** A page with no framework: it makes the registry's call and draws the rows in a plain table. */
function baselineHtml(tab: string): string {
  return `<!doctype html><html><body><table id="t"></table><script>${PAINT_TIMING}
fetch('./api/umkm%3Alist', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Kemitraan-Tab': ${JSON.stringify(tab)} }, body: ${JSON.stringify(JSON.stringify(REGISTRY_QUERY))} })
  .then((r) => r.json())
  .then((b) => {
    const t = document.getElementById('t');
    for (const u of b.value.items) { const tr = t.insertRow(); for (const v of [u.businessName, u.nik, u.ownerName, u.kecamatanName]) tr.insertCell().textContent = v; }
    window.__markFirstRow(t.rows[0]);
  });
</script></body></html>`;
}

/** Marks the first registry row for PAINT_TIMING as soon as it is in the page, before it is painted. */
const WATCH_ROWS = `${PAINT_TIMING}
new MutationObserver((_, observer) => {
  const row = document.querySelector('.ant-table-tbody tr.ant-table-row');
  if (!row) return;
  observer.disconnect();
  window.__markFirstRow(row);
}).observe(document, { childList: true, subtree: true });`;

/** The time WATCH_ROWS (or the plain page) recorded, in ms since navigation started. */
async function firstRows(page: Page): Promise<number> {
  // A function, not a string: the app's Content-Security-Policy refuses string evaluation.
  const handle = await page.waitForFunction(() => (globalThis as unknown as { __firstRows?: number }).__firstRows, undefined, { timeout: 60_000, polling: 50 });
  return (await handle.jsonValue()) as number;
}

interface Run {
  ms: number;
  files: string[];
}

async function timeApp(browser: Browser, url: string, tab: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  // As tests/support/e2e.ts does: the page is the tab the bench signed in.
  await context.addInitScript({ content: `sessionStorage.setItem('kemitraan-tab', ${JSON.stringify(tab)});${WATCH_ROWS}` });
  const page = await context.newPage();
  const files: string[] = [];
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (/\.(js|css)$/.test(p)) files.push(p.replace(/^\//, ''));
  });
  await page.goto(`${url}#/umkm`);
  const value = await firstRows(page);
  await context.close();
  return { ms: value, files };
}

async function timeBaseline(browser: Browser, url: string, tab: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  // Served from the adapter's origin (so the call is same-origin), the page itself from memory.
  await page.route(`${url}baseline.html`, (route) => route.fulfill({ contentType: 'text/html', body: baselineHtml(tab) }));
  await page.goto(`${url}baseline.html`);
  const value = await firstRows(page);
  await context.close();
  return value;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Medians of paired runs (a plain page, then the app, each in a fresh browser context, so nothing
 * is cached), after one unmeasured warm-up of each. bundleKB: all JS and CSS of the build;
 * initialKB: the JS and CSS the first screen (#/umkm) loaded; the same gzipped beside them.
 */
export async function measureFirstRender(
  fx: BenchFixture,
): Promise<{ firstRenderMs: number; baselineMs: number; bundleKB: number; initialKB: number; bundleGzipKB: number; initialGzipKB: number }> {
  const staticDir = buildRenderer(fx.workDir);
  const db = prepareDatabase(fx);
  const server = await startServer(db, staticDir);
  let browser: Browser | undefined;
  try {
    const tab = await signIn(server.url, server.link);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    await timeBaseline(browser, server.url, tab);
    let files: string[] = (await timeApp(browser, server.url, tab)).files;
    const app: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      base.push(await timeBaseline(browser, server.url, tab));
      const run = await timeApp(browser, server.url, tab);
      app.push(run.ms);
      files = run.files;
    }
    const bundle = assetKB(staticDir);
    const initial = assetKB(staticDir, new Set(files));
    return {
      firstRenderMs: Math.round(median(app)),
      baselineMs: Math.round(median(base)),
      bundleKB: bundle.kb,
      initialKB: initial.kb,
      bundleGzipKB: bundle.gzipKB,
      initialGzipKB: initial.gzipKB,
    };
  } finally {
    await browser?.close();
    await stop(server.child);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
    fs.rmSync(staticDir, { recursive: true, force: true });
  }
}
