import { useState } from 'react';
import { Button, Flex, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ImportAction, ImportChoices, PreviewRow, SheetLayout } from '../../../../shared/contract/excel';
import { PREVIEW_FILTERS } from '../../../../shared/contract/excel';
import { fill, messages } from '../../../../shared/i18n';
import { call } from '../../api/client';
import { LoadError } from '../LoadError';
import { CellEditor, IssueText } from './CellEditor';

const t = messages.importPages;
type Filter = (typeof PREVIEW_FILTERS)[number];
const ACTION_COLORS: Record<ImportAction, string> = { new: 'green', update: 'blue', duplicate: 'default', refuse: 'red' };

export interface PreviewProps {
  choices: ImportChoices;
  layout: SheetLayout;
  onEdit: (row: number, field: string, value: string) => void;
  onDrop: (row: number, dropped: boolean) => void;
}

export const previewKey = (c: ImportChoices, filter: string, page: number) => ['import:preview', c, filter, page] as const;

/** Step 4: every row as it will be stored, its problems at the cell, and what will happen to it. */
export function PreviewStep({ choices, layout, onEdit, onDrop }: PreviewProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: previewKey(choices, filter, page),
    queryFn: () => call('import:preview', { ...choices, filter, page, pageSize: 50 }),
    placeholderData: keepPreviousData,
  });
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const counts = q.data?.counts;
  const fields = layout.fields.filter((f) => choices.mapping[f.key] !== undefined);
  return (
    <Flex vertical gap={12}>
      {counts ? (
        <Flex gap={24} wrap aria-label={t.steps.preview}>
          {(['rows', 'new', 'update', 'duplicate', 'refuse', 'dropped', 'structural', 'warnings'] as const).map((k) => (
            <Statistic key={k} title={t.counts[k]} value={counts[k]} styles={{ content: { fontSize: 20, color: k === 'refuse' && counts[k] ? '#cf1322' : undefined } }} />
          ))}
        </Flex>
      ) : null}
      <Segmented
        value={filter}
        onChange={(v) => {
          setFilter(v as Filter);
          setPage(1);
        }}
        options={PREVIEW_FILTERS.map((f) => ({ value: f, label: t.filters[f] }))}
      />
      <Table<PreviewRow>
        size="small"
        bordered
        rowKey="row"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 50, total: q.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        rowClassName={(r) => (r.dropped ? 'import-row-dropped' : '')}
        columns={[
          { title: t.rowNo, dataIndex: 'row', width: 70, fixed: 'left' },
          {
            title: t.actionColumn,
            key: 'action',
            width: 170,
            fixed: 'left',
            render: (_: unknown, r) => (
              <Flex vertical gap={2}>
                {r.dropped ? <Tag>{t.dropped}</Tag> : <Tag color={ACTION_COLORS[r.action]}>{t.actions[r.action]}</Tag>}
                {r.duplicateOfRow ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{fill(t.duplicateOf, { row: r.duplicateOfRow })}</Typography.Text> : null}
                {r.matchId ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{fill(t.updatesId, { id: r.matchId })}</Typography.Text> : null}
                {r.issues.filter((i) => i.field === null).map((i, n) => (
                  <IssueText key={n} {...i} />
                ))}
                <Button size="small" onClick={() => onDrop(r.row, !r.dropped)}>
                  {r.dropped ? t.undrop : t.drop}
                </Button>
              </Flex>
            ),
          },
          ...fields.map((f) => ({
            title: f.label,
            key: f.key,
            width: 200,
            render: (_: unknown, r: PreviewRow) => {
              const issues = r.issues.filter((i) => i.field === f.key);
              const edited = r.edited.includes(f.key);
              const original = r.original[f.key] ?? '';
              return (
                <div data-cell={`${r.row}:${f.key}`} style={{ background: issues.some((i) => i.level === 'error') ? '#fff1f0' : undefined, padding: 2 }}>
                  <Flex justify="space-between" align="start" gap={4}>
                    <span>{r.values[f.key] || <Typography.Text type="secondary">–</Typography.Text>}</span>
                    <CellEditor row={r.row} field={f.key} label={f.label} initial={original} onApply={(v) => onEdit(r.row, f.key, v)} />
                  </Flex>
                  {edited || (original && original !== r.values[f.key]) ? (
                    <Typography.Text type="secondary" style={{ fontSize: 11, display: 'block' }}>
                      {fill(t.was, { value: original || '–' })}
                    </Typography.Text>
                  ) : null}
                  {issues.map((i, n) => (
                    <IssueText key={n} {...i} />
                  ))}
                </div>
              );
            },
          })),
        ]}
      />
    </Flex>
  );
}
