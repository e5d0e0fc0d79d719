import type { FieldValues } from 'react-hook-form';
import { IsoDatePicker } from '../components/IsoDatePicker';
import { FormField, type FieldProps } from './FormField';

export interface DateOptions {
  /** null: the calendar's own prompt instead of the date format. */
  placeholder?: string | null;
  /** No day after today can be picked. */
  pastOnly?: boolean;
}

/** A calendar date, shown 23/05/2023, in the contract as ISO text. */
export function DateField<T extends FieldValues>({ placeholder, pastOnly, ...field }: FieldProps<T> & DateOptions) {
  return <FormField<T> {...field} render={(p) => <IsoDatePicker {...p} placeholder={placeholder} pastOnly={pastOnly} />} />;
}
