import type { FieldValues } from 'react-hook-form';
import { RupiahInput } from '../components/RupiahInput';
import { FormField, type FieldProps } from './FormField';

/** Whole rupiah, grouped as typed; emptied is "no figure". */
export function MoneyField<T extends FieldValues>(props: FieldProps<T>) {
  return <FormField<T> {...props} render={(p) => <RupiahInput {...p} />} />;
}
