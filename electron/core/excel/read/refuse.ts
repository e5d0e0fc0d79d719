import { fill, messages } from '../../../../shared/i18n';
import { AppError } from '../../errors';

export type ExcelFileMessage = keyof typeof messages.excelFile;

/** A workbook refused, in the words the clerk reads (messages.excelFile). */
export function refuse(key: ExcelFileMessage, params: Record<string, string | number>): AppError {
  return new AppError('BAD_FILE', fill(messages.excelFile[key], params));
}

/** Megabytes as the clerk reads them: 318,4 → "318". */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? String(Math.round(mb)) : mb.toFixed(1).replace('.', ',');
}
