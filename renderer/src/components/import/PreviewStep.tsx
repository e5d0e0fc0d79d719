import { useRef, useState } from 'react';
import { Button, Flex, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ImportAction, ImportChoices, ImportTarget, PreviewRow, SheetLayout } from '../../../../shared/contract/excel';
import { PREVIEW_FILTERS } from '../../../../shared/contract/excel';
import { fill, messages } from '../../../../shared/i18n';
import { call } from '../../api/client';
import { LoadError } from '../LoadError';
import { CellEditor, IssueText } from './CellEditor';
import { cellOptions } from './cellOptions';
import { Reasons } from './Reasons';

const t = messages.importPages;
type Filter = (typeof PREVIEW_FILTERS)[number];
const ACTION_COLORS: Record<ImportAction, string> = { new: 'green', update: 'blue', duplicate: 'default', refuse: 'red' };

// The columns always in view at the left: the row, what happens to it, and why it is refused.
// Their widths add up to what a jump must keep clear when it scrolls a cell into view.
const ROW_WIDTH = 64;
const ACTION_WIDTH = 128;
const REASON_WIDTH = 260;
const FIXED_WIDTH = ROW_WIDTH + ACTION_WIDTH + REASON_WIDTH;
// The table's own height: its horizontal scrollbar stays on screen under the rows on a 768 or a
// 640 pixel high screen (the page scrolls the rest; never below 260 px of rows).
const BODY_HEIGHT = 'max(260px, calc(100vh - 430px))';

export interface PreviewProps {
  target: ImportTarget;
  choices: ImportChoices;
  layout: SheetLayout;
  onEdit: (row: number, field: string, value: string) => void;
  onDrop: (row: number, dropped: boolean) => void;
}

export const previewKey = (c: ImportChoices, filter: string, page: number) => ['import:preview', c, filter, page] as const;

/** Step 4: every row as it will be stored, its problems at the cell and beside its status, and what will happen to it. */
export function PreviewStep({ target, choices, layout, onEdit, onDrop }: PreviewProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  // The cell whose editor is open, as "row:field".
  const [editing, setEditing] = useState<string | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const q = useQuery({
    queryKey: previewKey(choices, filter, page),
    queryFn: () => call('import:preview', { ...choices, filter, page, pageSize: 50 }),
    placeholderData: keepPreviousData,
  });
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const counts = q.data?.counts;
  const fields = layout.fields.filter((f) => choices.mapping[f.key] !== undefined);
  const shownFields = new Set(fields.map((f) => f.key));
  const labels = Object.fromEntries(layout.fields.map((f) => [f.key, f.label]));

  /** Scrolls the cell clear of the fixed columns, then opens its editor. */
  const jump = (row: number, field: string) => {
    const td = tableRef.current?.querySelector(`[data-cell="${row}:${field}"]`)?.closest('td');
    const body = tableRef.current?.querySelector<HTMLElement>('.ant-table-body');
    if (td && body) {
      td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      body.scrollLeft = Math.max(0, td.offsetLeft - FIXED_WIDTH - 16);
    }
    // Open once the scroll has moved the cell, so the editor sits beside it.
    requestAnimationFrame(() => setEditing(`${row}:${field}`));
  };

  return (
    <Flex vertical gap={12}>
      {counts ? (
        // Small enough to sit on one line on a 1024 pixel screen, leaving the height to the rows.
        <Flex gap={12} wrap aria-label={t.steps.preview}>
          {(['rows', 'new', 'update', 'duplicate', 'refuse', 'dropped', 'structural', 'warnings'] as const).map((k) => (
            <Statistic
              key={k}
              title={t.counts[k]}
              value={counts[k]}
              styles={{ header: { paddingBottom: 0 }, title: { fontSize: 12 }, content: { fontSize: 16, color: k === 'refuse' && counts[k] ? '#cf1322' : undefined } }}
            />
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
      <div ref={tableRef}>
        <Table<PreviewRow>
          size="small"
          bordered
          rowKey="row"
          loading={q.isFetching}
          dataSource={q.data?.items ?? []}
          scroll={{ x: 'max-content', y: BODY_HEIGHT }}
          pagination={{ current: page, pageSize: 50, total: q.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
          rowClassName={(r) => (r.dropped ? 'import-row-dropped' : '')}
          columns={[
            { title: t.rowNo, dataIndex: 'row', width: ROW_WIDTH, fixed: 'left' },
            {
              title: t.actionColumn,
              key: 'action',
              width: ACTION_WIDTH,
              fixed: 'left',
              render: (_: unknown, r) => (
                <Flex vertical gap={2} align="start">
                  {r.dropped ? <Tag>{t.dropped}</Tag> : <Tag color={ACTION_COLORS[r.action]}>{t.actions[r.action]}</Tag>}
                  {r.duplicateOfRow ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{fill(t.duplicateOf, { row: r.duplicateOfRow })}</Typography.Text> : null}
                  {r.matchId ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{fill(t.updatesId, { id: r.matchId })}</Typography.Text> : null}
                  <Button size="small" onClick={() => onDrop(r.row, !r.dropped)}>
                    {r.dropped ? t.undrop : t.drop}
                  </Button>
                </Flex>
              ),
            },
            {
              title: t.reasonsColumn,
              key: 'reasons',
              width: REASON_WIDTH,
              fixed: 'left',
              render: (_: unknown, r) => <Reasons row={r} labels={labels} canJump={(f) => shownFields.has(f)} onJump={(f) => jump(r.row, f)} />,
            },
            ...fields.map((f) => ({
              title: f.label,
              key: f.key,
              width: 200,
              render: (_: unknown, r: PreviewRow) => {
                const issues = r.issues.filter((i) => i.field === f.key);
                const edited = r.edited.includes(f.key);
                const original = r.original[f.key] ?? '';
                const id = `${r.row}:${f.key}`;
                return (
                  <div data-cell={id} style={{ background: issues.some((i) => i.level === 'error') ? '#fff1f0' : undefined, padding: 2 }}>
                    <Flex justify="space-between" align="start" gap={4}>
                      <span>{r.values[f.key] || <Typography.Text type="secondary">–</Typography.Text>}</span>
                      <CellEditor
                        row={r.row}
                        field={f.key}
                        label={f.label}
                        initial={original}
                        options={cellOptions(target, f.key, r)}
                        open={editing === id}
                        onOpenChange={(o) => setEditing(o ? id : (e) => (e === id ? null : e))}
                        onApply={(v) => onEdit(r.row, f.key, v)}
                      />
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
      </div>
    </Flex>
  );
}
