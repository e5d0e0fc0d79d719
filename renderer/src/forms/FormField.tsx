import type { ReactElement } from 'react';
import { Form } from 'antd';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

/** What every field of a form takes: its name in the contract, its label, and the form. */
export interface FieldProps<T extends FieldValues> {
  name: Path<T>;
  label: string;
  control: Control<T>;
  required?: boolean;
  extra?: string;
}

/** What a field's input is handed; id ties it to its label for screen readers and tests. */
export interface InputProps {
  id: string;
  value: unknown;
  onChange: (v: unknown) => void;
  onBlur: () => void;
  status?: 'error';
}

/** One form row: label, input, and the contract's Indonesian error at the field. */
export function FormField<T extends FieldValues>({ name, label, control, required, extra, render }: FieldProps<T> & { render: (input: InputProps) => ReactElement }) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          htmlFor={`field-${name}`}
          required={required}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error?.message}
          extra={extra}
          data-field={name}
        >
          {render({
            id: `field-${name}`,
            value: field.value,
            onChange: field.onChange,
            onBlur: field.onBlur,
            status: fieldState.error ? 'error' : undefined,
          })}
        </Form.Item>
      )}
    />
  );
}
