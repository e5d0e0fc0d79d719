import { Input } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField, type FieldProps } from './FormField';

export interface TextOptions {
  /** A textarea of two rows; 'grow' starts at one row and grows to four. */
  area?: boolean | 'grow';
  placeholder?: string;
}

/** A text or textarea row: every form's plain text fields, one definition. */
export function TextField<T extends FieldValues>({ area, placeholder, ...field }: FieldProps<T> & TextOptions) {
  return (
    <FormField<T>
      {...field}
      render={(p) => {
        const common = { id: p.id, value: (p.value as string) ?? '', onBlur: p.onBlur, status: p.status, placeholder };
        if (area === 'grow') return <Input.TextArea {...common} rows={1} autoSize={{ minRows: 1, maxRows: 4 }} onChange={(e) => p.onChange(e.target.value)} />;
        if (area) return <Input.TextArea {...common} rows={2} onChange={(e) => p.onChange(e.target.value)} />;
        return <Input {...common} onChange={(e) => p.onChange(e.target.value)} />;
      }}
    />
  );
}
