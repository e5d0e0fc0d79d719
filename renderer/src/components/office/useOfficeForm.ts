import { zodResolver } from '@hookform/resolvers/zod';
import { App } from 'antd';
import { useForm, type Control, type Resolver } from 'react-hook-form';
import { OfficeSettingsInput, type OfficeSettings } from '../../../../shared/contract';
import { messages } from '../../../../shared/i18n';
import { useWrite } from '../../api/queries';
import type { FormHandle } from '../../forms/useContractForm';
import { showServerErrors } from '../../forms/showServerErrors';
import { officeToForm, type OfficeFormValues } from './officeFormValues';

/**
 * The settings' form over the contract's schema: checked as the clerk types by the rules main
 * applies, saved whole through office:set (it is one setting, not a record with an id), each
 * refusal shown at its field. Saved, the form starts again from what main stored.
 */
export function useOfficeForm(stored: OfficeSettings) {
  const { message } = App.useApp();
  const form = useForm<OfficeFormValues, unknown, OfficeSettings>({
    resolver: zodResolver(OfficeSettingsInput) as unknown as Resolver<OfficeFormValues, unknown, OfficeSettings>,
    defaultValues: officeToForm(stored),
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });
  const save = useWrite('office:set');
  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(values);
      form.reset(officeToForm(saved));
      void message.success(messages.office.page.saved);
    } catch (err) {
      showServerErrors(err, form.setError);
    }
  });
  const handle: FormHandle = { submit, rootError: form.formState.errors.root?.server?.message, saving: form.formState.isSubmitting };
  // The field rows take the values as typed; the parsed settings only reach the submit.
  const control = form.control as unknown as Control<OfficeFormValues>;
  return { ...form, ...handle, control, cancel: () => form.reset(officeToForm(stored)) };
}
