import { useState } from 'react';
import { App as AntApp, Alert, Button, Card, Flex, Modal, Steps } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportChoices, ImportSummary, ImportTarget, ImportWorkbook } from '../../../shared/contract/excel';
import { fill, messages } from '../../../shared/i18n';
import { call, errorMessage } from '../api/client';
import { CommitPanel } from '../components/import/CommitPanel';
import { DoneStep } from '../components/import/DoneStep';
import { FileStep } from '../components/import/FileStep';
import { MappingStep } from '../components/import/MappingStep';
import { PreviewStep, previewKey } from '../components/import/PreviewStep';
import { SheetStep } from '../components/import/SheetStep';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';

const t = messages.importPages;
type Step = 0 | 1 | 2 | 3 | 4;

/**
 * The import wizard: file, sheet and header row, column mapping, preview with fixes, write.
 * The parsed workbook stays in main; this page holds only the clerk's choices.
 */
export function ImportPage() {
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const [step, setStep] = useState<Step>(0);
  const [target, setTarget] = useState<ImportTarget>('umkm');
  const [workbook, setWorkbook] = useState<ImportWorkbook | null>(null);
  const [sheet, setSheet] = useState<string>('');
  const [headerRow, setHeaderRow] = useState<number | undefined>(undefined);
  // The clerk's mapping for one layout; a new sheet or header row starts from its own guess.
  const [chosen, setChosen] = useState<{ layout: string; mapping: Record<string, number> } | null>(null);
  const [edits, setEdits] = useState<Array<{ row: number; field: string; value: string }>>([]);
  const [dropped, setDropped] = useState<number[]>([]);
  const [committing, setCommitting] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const layout = useQuery({
    queryKey: ['import:sheet', workbook?.sessionId, sheet, headerRow],
    queryFn: () => call('import:sheet', { sessionId: workbook!.sessionId, sheet, ...(headerRow ? { headerRow } : {}) }),
    enabled: Boolean(workbook && sheet),
  });
  const layoutKey = `${workbook?.sessionId}|${sheet}|${layout.data?.headerRow}`;
  const mapping = chosen?.layout === layoutKey ? chosen.mapping : (layout.data?.mapping ?? {});
  const setMapping = (m: Record<string, number>) => setChosen({ layout: layoutKey, mapping: m });

  const choices: ImportChoices | null =
    workbook && layout.data ? { sessionId: workbook.sessionId, sheet, headerRow: layout.data.headerRow, mapping, edits, dropped } : null;

  const reset = () => {
    setStep(0);
    setWorkbook(null);
    setSheet('');
    setHeaderRow(undefined);
    setChosen(null);
    setEdits([]);
    setDropped([]);
    setSummary(null);
    setError(null);
  };

  const commit = async () => {
    if (!choices) return;
    const counts = queryClient.getQueryData<{ counts: { new: number; update: number } }>(previewKey(choices, 'all', 1))?.counts;
    const ok = await new Promise<boolean>((resolve) =>
      Modal.confirm({
        title: fill(t.commitConfirm, { new: counts?.new ?? '?', update: counts?.update ?? '?' }),
        okText: t.next,
        cancelText: t.back,
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      }),
    );
    if (!ok) return;
    setCommitting(true);
    setError(null);
    try {
      const result = await call('import:commit', choices);
      setSummary(result);
      setStep(4);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'import:preview' && q.queryKey[0] !== 'import:sheet' });
      if (!result.cancelled) void message.success(fill(t.doneText, { imported: result.imported, updated: result.updated, skipped: result.skipped, refused: result.refused }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setCommitting(false);
    }
  };

  const stepBody = () => {
    if (step === 0 || !workbook)
      return (
        <FileStep
          target={target}
          onTarget={setTarget}
          onOpened={(wb) => {
            setWorkbook(wb);
            setSheet(wb.defaultSheet);
            setHeaderRow(undefined);
            setStep(1);
          }}
        />
      );
    if (layout.error) return <LoadError error={layout.error} onRetry={() => void layout.refetch()} />;
    if (step === 1)
      return (
        <SheetStep
          workbook={workbook}
          layout={layout.data}
          onSheet={(s) => {
            setSheet(s);
            setHeaderRow(undefined);
          }}
          onHeaderRow={setHeaderRow}
        />
      );
    if (!layout.data || !choices) return null;
    if (step === 2) return <MappingStep layout={layout.data} mapping={mapping} onChange={setMapping} />;
    if (step === 3)
      return committing ? (
        <CommitPanel sessionId={workbook.sessionId} />
      ) : (
        <PreviewStep
          target={workbook.target}
          choices={choices}
          layout={layout.data}
          onEdit={(row, field, value) => setEdits((xs) => [...xs.filter((e) => !(e.row === row && e.field === field)), { row, field, value }])}
          onDrop={(row, drop) => setDropped((xs) => (drop ? [...xs, row] : xs.filter((r) => r !== row)))}
        />
      );
    return summary && choices ? <DoneStep summary={summary} choices={choices} onAgain={reset} /> : null;
  };

  return (
    <>
      <PageHeader title={t.title} sub={workbook ? fill(t.fileInfo, { file: workbook.fileName, sheets: workbook.sheets.length }) : t.sub} />
      <Card>
        <Steps
          current={step}
          size="small"
          style={{ marginBottom: 24 }}
          items={[t.steps.file, t.steps.sheet, t.steps.mapping, t.steps.preview, t.steps.done].map((title) => ({ title }))}
        />
        {error ? <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} /> : null}
        {stepBody()}
        {step >= 1 && step <= 3 && !committing ? (
          <Flex gap={8} justify="flex-end" style={{ marginTop: 16 }}>
            <Button onClick={() => setStep((s) => (s - 1) as Step)}>{t.back}</Button>
            {step < 3 ? (
              <Button type="primary" disabled={!layout.data} onClick={() => setStep((s) => (s + 1) as Step)}>
                {step === 2 ? t.toPreview : t.next}
              </Button>
            ) : (
              <Button type="primary" onClick={() => void commit()}>
                {t.commit}
              </Button>
            )}
          </Flex>
        ) : null}
      </Card>
    </>
  );
}
