// One read of one workbook, in a process of its own so its peak memory (maxRSS, the parse worker
// included) is the read's own. Prints one JSON line: refused or rows, the message, ms, peakMB.
import { readWorkbook } from '../../electron/core/excel/read/readWorkbook';

const file = process.argv[2]!;
const t = performance.now();
let result: { refused: boolean; rows?: number; code?: string; message?: string };
try {
  const wb = await readWorkbook(file);
  result = { refused: false, rows: wb.sheets.reduce((n, s) => n + s.rows.length, 0) };
} catch (err) {
  const e = err as { code?: string; message?: string };
  result = { refused: e.code === 'BAD_FILE', code: e.code, message: e.message };
}
const ms = Math.round(performance.now() - t);
process.stdout.write(`${JSON.stringify({ ...result, ms, peakMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
