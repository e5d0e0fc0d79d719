import { Alert, Flex, Select, Table, Tag, Typography } from 'antd';
import type { SheetLayout } from '../../../../shared/contract/excel';
import { fill, messages } from '../../../../shared/i18n';

const t = messages.importPages;
const NONE = -1;

/** Step 3: which column feeds which field; the guess is shown with how it was found. */
export function MappingStep({ layout, mapping, onChange }: { layout: SheetLayout; mapping: Record<string, number>; onChange: (m: Record<string, number>) => void }) {
  const missing = layout.fields.filter((f) => f.required && mapping[f.key] === undefined).map((f) => f.label);
  const columnOptions = [
    { value: NONE, label: t.notMapped },
    ...layout.columns.map((c) => ({ value: c.index, label: `${c.letter}: ${c.header || '—'}` })),
  ];
  const set = (field: string, col: number) => {
    const next = Object.fromEntries(Object.entries(mapping).filter(([f, c]) => f !== field && c !== col));
    if (col !== NONE) next[field] = col;
    onChange(next);
  };
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t.mappingHint}</Typography.Text>
      {layout.remembered ? <Alert type="info" showIcon title={t.remembered} /> : null}
      {missing.length ? <Alert type="warning" showIcon title={fill(t.requiredMissing, { fields: missing.join(', ') })} /> : null}
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={layout.fields}
        columns={[
          {
            title: t.fieldColumn,
            dataIndex: 'label',
            width: 260,
            render: (label: string, f) => (
              <span>
                {label}
                {f.required ? ' *' : ''} <Typography.Text type="secondary">({t.kindHint[f.kind]})</Typography.Text>
              </span>
            ),
          },
          {
            title: t.fileColumn,
            key: 'col',
            width: 320,
            render: (_: unknown, f) => (
              <Flex gap={6} align="center">
                <Select
                  aria-label={f.label}
                  style={{ width: 260 }}
                  showSearch={{ optionFilterProp: 'label' }}
                  value={mapping[f.key] ?? NONE}
                  options={columnOptions}
                  onChange={(v: number) => set(f.key, v)}
                />
                {layout.matchedBy[f.key] && mapping[f.key] !== undefined ? <Tag>{t.matchedBy[layout.matchedBy[f.key]!]}</Tag> : null}
              </Flex>
            ),
          },
          {
            title: t.samples,
            key: 'samples',
            ellipsis: true,
            render: (_: unknown, f) => {
              const col = mapping[f.key];
              return col === undefined ? '' : (layout.columns[col]?.samples.join(' · ') ?? '');
            },
          },
        ]}
      />
    </Flex>
  );
}
