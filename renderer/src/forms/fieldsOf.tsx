import type { ReactElement } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { DateField, type DateOptions } from './DateField';
import { FormField, type InputProps } from './FormField';
import { IntegerField } from './IntegerField';
import { MoneyField } from './MoneyField';
import { SelectField, type SelectOptions } from './SelectField';
import { TextField, type TextOptions } from './TextField';

interface RowOptions {
  required?: boolean;
  extra?: string;
}

/** What a record picker (partner, community, meeting, UMKM) takes from its row: one id, or several. */
export type PickerInput<V> = Omit<InputProps, 'value' | 'onChange'> & { value: V; onChange: (v: V) => void };

/** The field rows bound to one form, so a form's layout names only what differs: field, label, options. */
export function fieldsOf<T extends FieldValues>(control: Control<T>) {
  return {
    text: (name: Path<T>, label: string, opts: TextOptions & RowOptions = {}) => <TextField<T> name={name} label={label} control={control} {...opts} />,
    select: (name: Path<T>, label: string, options: SelectOptions['options'], opts: Omit<SelectOptions, 'options'> & RowOptions = {}) => (
      <SelectField<T> name={name} label={label} control={control} options={options} {...opts} />
    ),
    money: (name: Path<T>, label: string) => <MoneyField<T> name={name} label={label} control={control} />,
    integer: (name: Path<T>, label: string) => <IntegerField<T> name={name} label={label} control={control} />,
    date: (name: Path<T>, label: string, opts: DateOptions & RowOptions = {}) => <DateField<T> name={name} label={label} control={control} {...opts} />,
    pickOne: (name: Path<T>, label: string, picker: (input: PickerInput<number | undefined>) => ReactElement, opts: RowOptions = {}) => (
      <FormField<T> name={name} label={label} control={control} {...opts} render={(p) => picker({ ...p, value: p.value as number | undefined })} />
    ),
    pickMany: (name: Path<T>, label: string, picker: (input: PickerInput<number[]>) => ReactElement, opts: RowOptions = {}) => (
      <FormField<T> name={name} label={label} control={control} {...opts} render={(p) => picker({ ...p, value: (p.value as number[]) ?? [] })} />
    ),
  };
}
