import path from 'node:path';
import type { WorkbookSource } from './workbookSource';
import { localAttrs } from './xmlStream';

export interface SheetEntry {
  name: string;
  hidden: boolean;
  /** The worksheet part, e.g. xl/worksheets/sheet1.xml; null when the workbook names no worksheet for it. */
  part: string | null;
}

export interface WorkbookLayout {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

const REL_TYPE = {
  worksheet: /\/worksheet$/,
  sharedStrings: /\/sharedStrings$/,
  styles: /\/styles$/,
};

/** A relationship target as a part name: relative to xl/, or absolute from the package root. */
function partName(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return path.posix.normalize(path.posix.join('xl', target));
}

/** The sheets in the order the clerk sees them, with their state, and where the shared strings and styles live. */
export async function readLayout(src: WorkbookSource): Promise<WorkbookLayout> {
  const listed: Array<{ name: string; hidden: boolean; rid: string }> = [];
  let date1904 = false;
  await src.scan(
    'xl/workbook.xml',
    {
      open(name, attrs) {
        if (name === 'sheet') {
          const a = localAttrs(attrs);
          listed.push({ name: a.name ?? '', hidden: a.state !== undefined && a.state !== 'visible', rid: a.id ?? '' });
        } else if (name === 'workbookPr') {
          const v = attrs.date1904;
          date1904 = v === '1' || v === 'true';
        }
      },
      close() {},
      text() {},
    },
    true,
  );
  const rels = new Map<string, { type: string; part: string }>();
  await src.scan(
    'xl/_rels/workbook.xml.rels',
    {
      open(name, attrs) {
        if (name !== 'Relationship') return;
        const a = localAttrs(attrs);
        if (a.Id && a.Target && a.TargetMode !== 'External') rels.set(a.Id, { type: a.Type ?? '', part: partName(a.Target) });
      },
      close() {},
      text() {},
    },
    true,
  );
  const byType = (re: RegExp, fallback: string) => [...rels.values()].find((r) => re.test(r.type))?.part ?? (src.has(fallback) ? fallback : null);
  const sheets: SheetEntry[] = [];
  for (const s of listed) {
    const rel = rels.get(s.rid);
    // Chart sheets and dialog sheets hold no cells.
    if (rel && !REL_TYPE.worksheet.test(rel.type)) continue;
    sheets.push({ name: s.name, hidden: s.hidden, part: rel && src.has(rel.part) ? rel.part : null });
  }
  return {
    sheets,
    date1904,
    sharedStrings: byType(REL_TYPE.sharedStrings, 'xl/sharedStrings.xml'),
    styles: byType(REL_TYPE.styles, 'xl/styles.xml'),
  };
}

// Excel's built-in number formats that are dates or times (ids 14–22, 45–47), as exceljs reads them.
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code shows a date when, outside [..] and "..", it has a date or time letter (exceljs's rule). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

/** Which cell styles (the `s` index of a cell) show a date: such cells read as dates, not serial numbers. */
export async function readDateStyles(src: WorkbookSource, part: string | null): Promise<boolean[]> {
  if (!part) return [];
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await src.scan(
    part,
    {
      open(name, attrs) {
        if (name === 'numFmt') custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) xfFormats.push(Number(attrs.numFmtId ?? 0));
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    true,
  );
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_IDS.has(id);
  });
}
