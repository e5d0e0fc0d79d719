import type { ImportFieldInfo, ImportIssue, ImportTarget } from '../../../../../shared/contract/excel';
import type { CellValue } from '../../read/types';

export interface ImportFieldDef {
  key: string;
  /** From messages. */
  label: string;
  required: boolean;
  kind: ImportFieldInfo['kind'];
  /** Other column names clerks use for it (matched after normalising case and abbreviations). */
  synonyms: string[];
}

export interface ImportTargetDef {
  target: ImportTarget;
  fields: ImportFieldDef[];
  /** Cells by field key -> contract input + reading issues. A blank cell is left out of the input. */
  toInput(cells: Record<string, CellValue>, opts: { date1904: boolean }): { input: Record<string, unknown>; issues: ImportIssue[] };
  /** Parsed (schema output) record as display text per field. */
  display(data: Record<string, unknown>): Record<string, string>;
}
