import { useState } from 'react';
import { Button, Flex, Input, Popover, Select, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { fill, messages } from '../../../../shared/i18n';
import type { CellOptions } from './cellOptions';

const t = messages.importPages;

export interface CellEditorProps {
  row: number;
  field: string;
  label: string;
  initial: string;
  /** The form's drop-down for this field, if it has one; else the clerk types the value. */
  options: CellOptions | null;
  /** Open from outside too: a reason in the Keterangan column opens its cell's editor. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onApply: (value: string) => void;
}

/** A cell fix: the clerk picks from the form's list or types the value as in Excel; main reads it like a cell. */
export function CellEditor({ row, field, label, initial, options, open, onOpenChange, onApply }: CellEditorProps) {
  const [value, setValue] = useState(initial);
  const title = fill(t.editTitle, { field: label, row });
  const apply = (v: string) => {
    onApply(v);
    onOpenChange(false);
  };
  return (
    <Popover
      open={open}
      onOpenChange={(o) => {
        onOpenChange(o);
        if (o) setValue(initial);
      }}
      trigger="click"
      title={title}
      destroyOnHidden
      content={
        <Flex vertical gap={8} style={{ width: 300 }}>
          {options ? (
            <>
              {initial ? <Typography.Text type="secondary">{fill(t.inFile, { value: initial })}</Typography.Text> : null}
              <Select
                aria-label={title}
                autoFocus
                defaultOpen
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t.pickFromList}
                options={options}
                popupMatchSelectWidth={false}
                onChange={(v: string) => apply(v)}
              />
            </>
          ) : (
            <>
              <Input aria-label={title} autoFocus value={value} onChange={(e) => setValue(e.target.value)} onPressEnter={() => apply(value)} />
              <Button type="primary" onClick={() => apply(value)}>
                {t.editApply}
              </Button>
            </>
          )}
        </Flex>
      }
    >
      <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t.edit} ${label} ${t.rowNo.toLowerCase()} ${row}`} data-field={field} />
    </Popover>
  );
}

export function IssueText({ message, level }: { message: string; level: 'error' | 'warning' }) {
  return (
    <Typography.Text type={level === 'error' ? 'danger' : 'warning'} style={{ fontSize: 12, display: 'block' }}>
      {message}
    </Typography.Text>
  );
}
