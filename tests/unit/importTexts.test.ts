import { describe, expect, it } from 'vitest';
import { excelImport } from '../../shared/i18n/id/excelImport';
import { importEngine } from '../../shared/i18n/id/importEngine';
import { importPages } from '../../shared/i18n/id/importPages';

// The import wizard speaks as a clerk does: no words from the programmer's side of the screen.
const DEVELOPER_WORDS = [/sinonim/i, /\btepat\b/i, /transaksi/i, /basis data/i, /database/i, /pemetaan/i, /\bfuzzy\b/i, /\bxml\b/i, /\bsesi\b.*\bid\b/i];

function texts(node: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof node === 'string') out.push([path, node]);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) texts(v, path ? `${path}.${k}` : k, out);
  return out;
}

describe('the import wizard’s texts', () => {
  const all = texts({ ...importPages, ...excelImport, ...importEngine }, '', []);

  it('are read from the three areas the wizard shows', () => {
    expect(all.length).toBeGreaterThan(150);
    expect(all.map(([p]) => p)).toEqual(expect.arrayContaining(['importPages.matchedBy.synonym', 'importPages.commitConfirm', 'excelValue.moneyUnreadable']));
  });

  it('use no developer words ("sinonim", "tepat", "satu transaksi" and the like)', () => {
    const found = all.flatMap(([p, text]) => DEVELOPER_WORDS.filter((w) => w.test(text)).map((w) => `${p}: "${text}" (${w})`));
    expect(found).toEqual([]);
  });
});
