import type { ImportIssue, ImportTarget } from '../../../../../shared/contract/excel';
import { isBlankCell } from '../values/result';
import type { FieldSpec } from './fieldSpecs';
import type { ImportTargetDef } from './types';

export interface BuiltTargetDef extends ImportTargetDef {
  specs: FieldSpec[];
}

/** A target from its field specs: cells are read in field order, blanks left out. */
export function buildTarget(target: ImportTarget, specs: FieldSpec[]): BuiltTargetDef {
  return {
    target,
    specs,
    fields: specs.map(({ key, label, required, kind, synonyms }) => ({ key, label, required, kind, synonyms })),
    toInput(cells, opts) {
      const input: Record<string, unknown> = {};
      const issues: ImportIssue[] = [];
      for (const spec of specs) {
        if (!(spec.key in cells)) continue;
        const cell = cells[spec.key];
        if (cell === undefined || isBlankCell(cell)) continue;
        const r = spec.read(cell, { date1904: opts.date1904, input });
        if (r.ok) {
          if (r.value === '' || (Array.isArray(r.value) && r.value.length === 0)) continue;
          input[spec.key] = r.value;
          if (r.warning) issues.push({ field: spec.key, level: 'warning', message: r.warning });
        } else issues.push({ field: spec.key, level: 'error', message: r.message });
      }
      return { input, issues };
    },
    display(data) {
      const out: Record<string, string> = {};
      for (const spec of specs) {
        const v = data[spec.key];
        out[spec.key] = v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) ? '' : spec.show(v);
      }
      return out;
    },
  };
}
