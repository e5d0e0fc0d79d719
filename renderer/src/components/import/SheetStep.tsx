import { Flex, Form, Select, Table, Tag, Typography } from 'antd';
import type { ImportWorkbook, SheetLayout } from '../../../../shared/contract/excel';
import { fill, messages } from '../../../../shared/i18n';

const t = messages.importPages;
type TopRow = SheetLayout['topRows'][number];

/** Step 2: the sheet, and the row that holds the column titles (title rows above are common). */
export function SheetStep({ workbook, layout, onSheet, onHeaderRow }: { workbook: ImportWorkbook; layout: SheetLayout | undefined; onSheet: (s: string) => void; onHeaderRow: (r: number) => void }) {
  const width = Math.min(12, Math.max(0, ...(layout?.topRows.map((r) => r.cells.length) ?? [0])));
  return (
    <Flex vertical gap={12}>
      <Form layout="vertical" style={{ maxWidth: 480 }}>
        <Form.Item label={t.sheetLabel} htmlFor="import-sheet">
          <Select
            id="import-sheet"
            aria-label={t.sheetLabel}
            value={layout?.sheet}
            onChange={onSheet}
            options={workbook.sheets.map((s) => ({ value: s.name, label: `${fill(t.sheetRows, { name: s.name, n: s.rows })}${s.hidden ? ` (${t.hiddenSheet})` : ''}` }))}
          />
        </Form.Item>
      </Form>
      <Typography.Text strong>{t.headerRowLabel}</Typography.Text>
      <Typography.Text type="secondary">{t.headerRowHint}</Typography.Text>
      <Table
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey="row"
        dataSource={layout?.topRows ?? []}
        loading={!layout}
        rowClassName={(r) => (r.row === layout?.headerRow ? 'import-header-row' : '')}
        onRow={(r) => ({ onClick: () => onHeaderRow(r.row), style: { cursor: 'pointer', background: r.row === layout?.headerRow ? '#e6f4ea' : undefined }, 'aria-selected': r.row === layout?.headerRow })}
        columns={[
          {
            title: t.rowNo,
            dataIndex: 'row',
            width: 90,
            render: (row: number) => (
              <Flex gap={4} align="center">
                {row}
                {row === layout?.detectedHeaderRow ? <Tag color="green">{t.detected}</Tag> : null}
              </Flex>
            ),
          },
          ...Array.from({ length: width }, (_, i) => ({
            title: String.fromCharCode(65 + i),
            key: String(i),
            width: 180,
            ellipsis: true,
            // A merged title shows once across the columns it covers, not again in each of them.
            onCell: (r: TopRow) => ({ colSpan: Math.min(r.spans[i] ?? 1, width - i) }),
            render: (_: unknown, r: TopRow) => r.cells[i] ?? '',
          })),
        ]}
      />
    </Flex>
  );
}
