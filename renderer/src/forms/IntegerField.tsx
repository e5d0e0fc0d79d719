import { InputNumber } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField, type FieldProps } from './FormField';

/** A whole number from 0 (workers, a year); emptied is null, never 0. */
export function IntegerField<T extends FieldValues>(props: FieldProps<T>) {
  return (
    <FormField<T>
      {...props}
      render={(p) => (
        <InputNumber<number>
          id={p.id}
          min={0}
          precision={0}
          style={{ width: '100%' }}
          value={typeof p.value === 'number' ? p.value : null}
          onChange={(v) => p.onChange(v ?? null)}
          onBlur={p.onBlur}
          status={p.status}
        />
      )}
    />
  );
}
