import type { OfficeSettings } from '../../../../../shared/contract';
import { formatLongDate } from '../../../../../shared/format/date';
import { formatNip } from '../../../../../shared/format/nip';
import { fill, messages } from '../../../../../shared/i18n';
import type { SheetPlan } from './sheetPlan';

const t = messages.exportText;

/**
 * The signatory's block on the right: place and date ("Balikpapan, 7 Desember 2026"), position,
 * room to sign, the name (bold, underlined; a dotted line to fill in by hand when unset), rank
 * and NIP. Returns its first and last rows.
 */
export function planSignOff(plan: SheetPlan, office: OfficeSettings, today: string, columns: [number, number]): { firstRow: number; lastRow: number } {
  const line = (text: string, opts: { bold?: boolean; underline?: boolean; height?: number } = {}) =>
    plan.add({
      cells: [
        ...Array<undefined>(columns[0] - 1),
        { value: text, font: { bold: opts.bold ?? false, underline: opts.underline ?? false }, alignment: { horizontal: 'center', vertical: 'top', wrapText: true } },
      ],
      merge: columns,
      ...(opts.height ? { height: opts.height } : {}),
    });
  const firstRow = plan.blank(14);
  line(fill(t.signPlace, { city: office.city, date: formatLongDate(today) }));
  line(office.signatoryPosition);
  plan.blank(62);
  if (office.signatoryName) line(office.signatoryName, { bold: true, underline: true });
  else line(t.signName);
  if (office.signatoryRank) line(office.signatoryRank);
  const lastRow = line(office.signatoryNip ? fill(t.signNip, { nip: formatNip(office.signatoryNip) }) : t.signNipBlank);
  return { firstRow, lastRow };
}
