import { Table, Typography } from 'antd';
import type { AuditEntry } from '../../../../shared/contract';
import { messages } from '../../../../shared/i18n';
import { fieldLabel, formatValue } from './auditFormat';

const ap = messages.auditPage;

/** One line's changes, field by field: before → after. */
export function ChangesTable({ entry }: { entry: AuditEntry }) {
  const rows = Object.entries(entry.changes).map(([field, [before, after]]) => ({
    field,
    label: fieldLabel(entry.entity, field),
    before: formatValue(entry.entity, field, before),
    after: formatValue(entry.entity, field, after),
  }));
  if (rows.length === 0) return <Typography.Text type="secondary">{ap.noChanges}</Typography.Text>;
  return (
    <Table
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="audit-changes"
      columns={[
        { title: ap.field, dataIndex: 'label', key: 'label', width: 200 },
        { title: ap.before, dataIndex: 'before', key: 'before', render: (v: string) => <Typography.Text delete={v !== '–'} type="secondary">{v}</Typography.Text> },
        { title: ap.after, dataIndex: 'after', key: 'after', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
      ]}
    />
  );
}
