import { useState } from 'react';
import { Button, Flex, Input, Popover, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { fill, messages } from '../../../../shared/i18n';

const t = messages.importPages;

/** A cell fix: the clerk types the value as they would in Excel; main reads it like a cell. */
export function CellEditor({ row, field, label, initial, onApply }: { row: number; field: string; label: string; initial: string; onApply: (value: string) => void }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(initial);
  const title = fill(t.editTitle, { field: label, row });
  return (
    <Popover
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setValue(initial);
      }}
      trigger="click"
      title={title}
      content={
        <Flex vertical gap={8} style={{ width: 280 }}>
          <Input
            aria-label={title}
            autoFocus
            value={value}
            onChange={(e) => setValue(e.target.value)}
            onPressEnter={() => {
              onApply(value);
              setOpen(false);
            }}
          />
          <Button
            type="primary"
            onClick={() => {
              onApply(value);
              setOpen(false);
            }}
          >
            {t.editApply}
          </Button>
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
