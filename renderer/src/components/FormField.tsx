import type { ReactElement } from 'react';
import { Form, Input } from 'antd';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

interface Props<T extends FieldValues> {
  name: Path<T>;
  label: string;
  control: Control<T>;
  required?: boolean;
  extra?: string;
  /** Renders the antd input; id ties it to its label for screen readers and tests. */
  render: (field: { id: string; value: unknown; onChange: (v: unknown) => void; onBlur: () => void; status?: 'error' }) => ReactElement;
}

/** One form row: label, input, and the contract's Indonesian error at the field. */
export function FormField<T extends FieldValues>({ name, label, control, required, extra, render }: Props<T>) {
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

/** A text or textarea row: every form's plain text fields, one definition. */
export function TextField<T extends FieldValues>(props: Omit<Props<T>, 'render'> & { area?: boolean; placeholder?: string }) {
  const { area, placeholder, ...field } = props;
  return (
    <FormField<T>
      {...field}
      render={(p) =>
        area ? (
          <Input.TextArea id={p.id} rows={2} value={(p.value as string) ?? ''} onChange={(e) => p.onChange(e.target.value)} onBlur={p.onBlur} status={p.status} />
        ) : (
          <Input id={p.id} value={(p.value as string) ?? ''} placeholder={placeholder} onChange={(e) => p.onChange(e.target.value)} onBlur={p.onBlur} status={p.status} />
        )
      }
    />
  );
}
