import { Select } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField, type FieldProps } from './FormField';

export interface SelectOptions {
  options: Array<{ value: string | number; label: string }>;
  placeholder?: string;
  allowClear?: boolean;
  /** Several values (an array); clearing gives []. */
  multiple?: boolean;
  /** Typing filters the options by label; off for the short lists read at a glance. */
  search?: boolean;
}

/** A choice among the contract's values; a cleared single choice is '' ("none"), like an emptied text. */
export function SelectField<T extends FieldValues>({ options, placeholder, allowClear, multiple, search = true, ...field }: FieldProps<T> & SelectOptions) {
  return (
    <FormField<T>
      {...field}
      render={(p) => (
        <Select
          id={p.id}
          mode={multiple ? 'multiple' : undefined}
          showSearch={search ? { optionFilterProp: 'label' } : undefined}
          allowClear={allowClear || multiple}
          placeholder={placeholder}
          options={options}
          value={multiple ? ((p.value as Array<string | number>) ?? []) : p.value === '' || p.value == null ? undefined : (p.value as string | number)}
          onChange={(v) => p.onChange(v ?? (multiple ? [] : ''))}
          onBlur={p.onBlur}
          status={p.status}
        />
      )}
    />
  );
}
