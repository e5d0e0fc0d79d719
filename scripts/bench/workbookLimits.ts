// The crafted workbooks of issue 12, each read in a child process of its own: refused (and how
// fast) or read, and the child's peak memory. Target: every one refused or read within 1 GB.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeLegalWorkbook, writeLyingWorkbook, writePlainWorkbook, writeWideColumnWorkbook, writeZipBomb } from '../../tests/support/hostileWorkbooks';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'workbookLimitsChild.ts');
const MB = 1024 * 1024;

export interface WorkbookRead {
  refused: boolean;
  ms: number;
  peakMB: number;
  /** Rows read, when read. */
  rows?: number;
  /** The clerk's message, when refused. */
  message?: string;
  fileMB: number;
  /** What the sheets inflate to. */
  xmlMB?: number;
}

export interface HostileWorkbookFigures {
  /** 1 MB holding 300 MB of sheet XML (the was 1.2 MB / 318 MB). */
  bomb: WorkbookRead;
  /** A value in column XFD on every one of 50,000 rows of 25 columns. */
  wideColumns: WorkbookRead;
  /** The bomb again, its directory claiming 40 KB: past the directory checks, stopped while inflating. */
  lyingDirectory: WorkbookRead;
  /** The largest workbook the limits let through (500,000 rows × 25 columns, about 480 MB of XML). */
  largestLegal?: WorkbookRead;
  /** The office's largest import, 200,000 rows × 25 columns as Excel writes them (about 200 MB of XML): the read every import pays. */
  typical200k?: WorkbookRead;
  /** The same child reading a three-row workbook: the floor under every peakMB above. */
  floor: WorkbookRead;
}

async function readInChild(file: string, extra: { xmlBytes?: number } = {}): Promise<WorkbookRead> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CHILD, file], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const r = JSON.parse(stdout.trim().split('\n').pop()!) as Omit<WorkbookRead, 'fileMB' | 'xmlMB'>;
  return { ...r, fileMB: +(fs.statSync(file).size / MB).toFixed(1), ...(extra.xmlBytes ? { xmlMB: Math.round(extra.xmlBytes / MB) } : {}) };
}

/**
 * Writes each crafted file into workDir and reads it the way the app does (readWorkbook: checks,
 * then the parse worker). `largestLegalRows: 0` leaves the slow one out (about a minute);
 * `typicalRows: 0` the 200,000-row read (about ten seconds).
 */
export async function measureHostileWorkbooks(workDir: string, opts: { largestLegalRows?: number; typicalRows?: number } = {}): Promise<HostileWorkbookFigures> {
  const at = (name: string) => path.join(workDir, name);
  writePlainWorkbook(at('floor.xlsx'));
  const floor = await readInChild(at('floor.xlsx'));
  const bombFile = writeZipBomb(at('bomb.xlsx'));
  const bomb = await readInChild(at('bomb.xlsx'), bombFile);
  writeWideColumnWorkbook(at('wide-columns.xlsx'), 50_000);
  const wideColumns = await readInChild(at('wide-columns.xlsx'));
  const liar = writeLyingWorkbook(at('lying-directory.xlsx'));
  const lyingDirectory = await readInChild(at('lying-directory.xlsx'), liar);
  let typical200k: WorkbookRead | undefined;
  const typicalRows = opts.typicalRows ?? 200_000;
  if (typicalRows > 0) {
    const typical = await writeLegalWorkbook(at('typical.xlsx'), typicalRows, 25, { level: 1 });
    typical200k = await readInChild(at('typical.xlsx'), typical);
    fs.rmSync(at('typical.xlsx'), { force: true });
  }
  const rows = opts.largestLegalRows ?? 500_000;
  let largestLegal: WorkbookRead | undefined;
  if (rows > 0) {
    const legal = await writeLegalWorkbook(at('largest-legal.xlsx'), rows, 25, { level: 1 });
    largestLegal = await readInChild(at('largest-legal.xlsx'), legal);
    fs.rmSync(at('largest-legal.xlsx'), { force: true });
  }
  return { bomb, wideColumns, lyingDirectory, ...(largestLegal ? { largestLegal } : {}), ...(typical200k ? { typical200k } : {}), floor };
}
