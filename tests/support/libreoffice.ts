import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// LibreOffice headless as the second, independent reader of our workbooks (../shared/EXCEL.md §4).
// Each run gets its own profile (a second soffice on a shared profile exits at once), and the
// profile says whether Calc recalculates the formulas on load (its own figures) or keeps the
// results stored in the file (what a reader that does not recalculate shows).

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p)) ?? null;

// comma, double quote, UTF-8, from row 1, default language, no quoting, numbers as numbers,
// raw values (not as shown), no formulas, no trimming, every sheet to <file>-<Sheet>.csv.
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function profile(dir: string, recalc: boolean): string {
  const user = path.join(dir, 'user');
  fs.mkdirSync(user, { recursive: true });
  // OOXMLRecalcMode: 0 always recalculate, 1 never.
  fs.writeFileSync(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${recalc ? 0 : 1}</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}`;
}

/** Parses one CSV line LibreOffice wrote (double-quoted fields may hold commas and quotes). */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * Converts every sheet of `xlsx` to CSV with LibreOffice and returns sheet name -> rows of cells.
 * `recalc`: let Calc compute every formula itself (true) or keep the stored results (false).
 */
export function sheetsAsCsv(xlsx: string, workDir: string, opts: { recalc: boolean }): Map<string, string[][]> {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) is not installed');
  const outDir = fs.mkdtempSync(path.join(workDir, 'csv-'));
  const profileDir = fs.mkdtempSync(path.join(workDir, 'lo-profile-'));
  execFileSync(SOFFICE, [`-env:UserInstallation=${profile(profileDir, opts.recalc)}`, '--headless', '--norestore', '--convert-to', CSV_FILTER, '--outdir', outDir, xlsx], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  const base = path.basename(xlsx, path.extname(xlsx));
  const sheets = new Map<string, string[][]>();
  for (const f of fs.readdirSync(outDir)) {
    if (!f.startsWith(`${base}-`) || !f.endsWith('.csv')) continue;
    const text = fs.readFileSync(path.join(outDir, f), 'utf8');
    // Our cells hold no line breaks, so a line is a row.
    sheets.set(f.slice(base.length + 1, -4), text.split(/\r?\n/).filter((l, i, all) => l !== '' || i < all.length - 1).map(parseCsvLine));
  }
  return sheets;
}

/**
 * Tests that need LibreOffice skip where it is missing (never on CI, which installs it), and say
 * why in their name, so a newcomer's run shows what to install instead of passing in silence.
 */
export const SKIP_WITHOUT_SOFFICE = !SOFFICE && !process.env.CI;
export function needsLibreOffice(title: string): string {
  return SOFFICE ? title : `${title} [dilewati: LibreOffice tidak terpasang — apt-get install libreoffice-calc]`;
}

/** Prints `file` (every sheet) to PDF with LibreOffice, as a PC prints it; returns the PDF's path. */
export function printToPdf(file: string, workDir: string): string {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) is not installed');
  const outDir = fs.mkdtempSync(path.join(workDir, 'pdf-'));
  const profileDir = fs.mkdtempSync(path.join(workDir, 'lo-profile-'));
  execFileSync(SOFFICE, [`-env:UserInstallation=${profile(profileDir, false)}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, file], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  return path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
}

/** The text of each page of a PDF, laid out as printed (pdftotext -layout). */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  const pages = text.split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
  return pages;
}

/** Each page's size in points, width × height (pdfinfo). */
export function pdfPageSizes(pdf: string): Array<{ width: number; height: number }> {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** The heights of the words on each page, in points (pdftotext -bbox): the printed text size. */
export function pdfWordHeights(pdf: string): number[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((m) => Number(m[2]) - Number(m[1])));
}

/** Renders page `page` (1-based) of a PDF to `png` at `dpi` (pdftoppm). */
export function pdfPageToPng(pdf: string, page: number, png: string, dpi = 60): void {
  fs.mkdirSync(path.dirname(png), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, png.replace(/\.png$/, '')], { stdio: 'pipe' });
}
