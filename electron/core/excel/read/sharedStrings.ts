import type { ContentBudget } from './contentBudget';
import { refuse } from './refuse';
import type { WorkbookSource } from './workbookSource';

/**
 * The shared-strings table: each entry's text, rich-text runs joined, phonetic guides (<rPh>) left
 * out as Excel shows them. Entries cost the budget as they are read, so a table of millions of
 * tiny strings is refused before it fills memory.
 */
export async function readSharedStrings(src: WorkbookSource, part: string | null, budget: ContentBudget): Promise<string[]> {
  const table: string[] = [];
  if (!part) return table;
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let text = '';
  await src.scan(part, {
    open(name) {
      if (name === 't') inT = inSi && phonetic === 0;
      else if (name === 'si') {
        inSi = true;
        text = '';
      } else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        inSi = false;
        // Holding the table costs a slot per entry besides its text; its use in cells is counted there.
        budget.add(8);
        table.push(text);
      }
    },
    text(t) {
      // A cell using a long entry is named where it is read (sheetParser); past any cell's limit, stop here.
      if (!inT) return;
      text += t;
      if (text.length > src.limits.maxCellChars) throw refuse('textTooLong', { file: src.fileName });
    },
    tooLong: () => refuse('textTooLong', { file: src.fileName }),
  });
  return table;
}
