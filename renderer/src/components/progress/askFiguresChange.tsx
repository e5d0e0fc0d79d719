import { Button, Flex, type App } from 'antd';
import { formatDate } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';

const fm = messages.form;

/** What the clerk meant by new figures in the UMKM form. */
export type FiguresChange = 'correct' | 'newRecord';

/**
 * Asks whether figures typed in the UMKM form correct its latest record (dated `latestDate`) or
 * are a new record (a new year's figures, which keep the history and count as a move). Resolves
 * null when the clerk closes the question: nothing is saved, the form stays as typed.
 */
export function askFiguresChange(modal: ReturnType<typeof App.useApp>['modal'], latestDate: string): Promise<FiguresChange | null> {
  return new Promise((resolve) => {
    const date = formatDate(latestDate);
    const answer = (a: FiguresChange | null) => {
      resolve(a);
      dialog.destroy();
    };
    const dialog = modal.confirm({
      title: fm.figuresChangedTitle,
      content: fill(fm.figuresChangedText, { date }),
      width: 560,
      closable: true,
      onCancel: () => resolve(null),
      footer: (
        <Flex gap={8} justify="flex-end" wrap style={{ marginTop: 16 }}>
          <Button onClick={() => answer(null)}>{messages.pc.cancel}</Button>
          <Button onClick={() => answer('correct')}>{fill(fm.figuresCorrect, { date })}</Button>
          <Button type="primary" onClick={() => answer('newRecord')} autoFocus>
            {fm.figuresNewRecord}
          </Button>
        </Flex>
      ),
    });
  });
}
