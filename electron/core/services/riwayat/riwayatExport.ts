import type { RiwayatItem, Umkm, UmkmRiwayat } from '../../../../shared/contract';
import type { RiwayatKind } from '../../../../shared/domain/riwayat';
import { formatDate, todayIso } from '../../../../shared/format/date';
import { riwayatText } from '../../../../shared/format/riwayatText';
import { fill, messages } from '../../../../shared/i18n';
import { writeListWorkbook, type ListColumn } from '../../excel/export/listWorkbook';

const t = messages.riwayatText;
const c = t.columns;

type Line = RiwayatItem & { text: ReturnType<typeof riwayatText> };

const COLUMNS: Array<ListColumn<Line>> = [
  { header: c.date, width: 12, kind: 'date', value: (i) => i.date },
  { header: c.kind, width: 12, kind: 'text', value: (i) => t.kinds[i.kind] },
  { header: c.what, width: 40, wrap: true, kind: 'text', value: (i) => i.text.title },
  { header: c.detail, width: 60, wrap: true, kind: 'text', value: (i) => i.text.detail },
  { header: c.value, width: 16, kind: 'money', value: (i) => i.text.value },
];

/** Riwayat-12-2026-12-08.xlsx: whose history, and when it was written. */
export const riwayatFileName = (umkmId: number, today = todayIso()) => fill(t.fileName, { id: umkmId, date: today });

/** One UMKM's history as a list workbook (title, the UMKM, the print date, the kinds chosen), newest first. */
export function exportRiwayat(file: string, history: UmkmRiwayat, umkm: Pick<Umkm, 'id' | 'businessName' | 'nik'>, kinds?: readonly RiwayatKind[], today = todayIso()): Promise<number> {
  const lines: Line[] = history.items.map((i) => ({ ...i, text: riwayatText(i) }));
  const chosen = kinds && kinds.length ? kinds.map((k) => t.kinds[k]).join(', ') : t.filterAll;
  return writeListWorkbook(file, {
    sheetName: t.sheet,
    title: fill(t.fileTitle, { name: umkm.businessName }),
    titleLines: [
      fill(t.fileTitle, { name: umkm.businessName }),
      messages.exportText.departmentLine,
      fill(t.umkmLine, { name: umkm.businessName, id: umkm.id, nik: umkm.nik }),
      fill(messages.exportText.printedOn, { date: formatDate(today) }),
      fill(t.kindsLine, { kinds: chosen }),
    ],
    filters: '',
    columns: COLUMNS,
    rows: () => [lines],
    today,
  });
}
