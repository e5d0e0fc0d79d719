import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useForm, useWatch, type FieldErrors, type Path, type Resolver } from 'react-hook-form';
import { ConnectionInput, fieldErrors, type ConnectionSaved, type ConnectionView } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { ApiError, call, errorMessage } from '../../api/client';
import { useWrite } from '../../api/queries';
import { formToInput, viewToForm, type ConnectionFormValues } from './connectionFormValues';

const p = messages.connection.page;

/** What the page says under the buttons: a test's answer, or a refusal of the save. */
export type Outcome = { ok: true; text: string } | { ok: false; text: string };

/** The settings an answer is about, whatever order their keys come in. */
const keyOf = (v: Partial<ConnectionFormValues>): string => JSON.stringify(v, Object.keys(v).sort());

/**
 * The connection form: checked by the contract's own rules as the admin types, a test whose answer
 * is shown beside the buttons (green with the server's version, red with why), and a save main
 * refuses for a server that fails its test. A saved setting takes effect at the next start.
 */
export function useConnectionForm(view: ConnectionView, onSaved: (saved: ConnectionSaved, values: ConnectionFormValues) => void) {
  const resolver: Resolver<ConnectionFormValues> = async (values) => {
    const parsed = ConnectionInput.safeParse(formToInput(values, view.hasPassword));
    if (parsed.success) return { values, errors: {} };
    const errors = Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([k, message]) => [k, { type: 'validation', message }]));
    return { values: {}, errors: errors as FieldErrors<ConnectionFormValues> };
  };
  const form = useForm<ConnectionFormValues>({ resolver, defaultValues: viewToForm(view), mode: 'onBlur', reValidateMode: 'onChange' });

  const [answer, setAnswer] = useState<{ outcome: Outcome; about: string } | null>(null);
  const current = keyOf(useWatch({ control: form.control }));
  const outcome = answer && answer.about === current ? answer.outcome : null;
  // Each answer is about the settings it was given: once they change, it is no longer shown.
  const setOutcome = (o: Outcome, values: ConnectionFormValues) => setAnswer({ outcome: o, about: keyOf(values) });

  /** Field errors from main at their fields; anything else below the buttons. */
  const refused = (err: unknown, values: ConnectionFormValues) => {
    const fields = err instanceof ApiError ? Object.entries(err.data.fields ?? {}) : [];
    for (const [name, message] of fields) form.setError(name as Path<ConnectionFormValues>, { type: 'server', message });
    if (!fields.length) setOutcome({ ok: false, text: errorMessage(err) }, values);
  };

  const tester = useMutation({ mutationFn: (values: ConnectionFormValues) => call('connection:test', formToInput(values, view.hasPassword)) });
  const saver = useWrite('connection:save');

  const test = form.handleSubmit(async (values) => {
    try {
      const r = await tester.mutateAsync(values);
      setOutcome(r.connected ? { ok: true, text: fill(p.testOk, { version: r.serverVersion }) } : { ok: false, text: r.message }, values);
    } catch (err) {
      refused(err, values);
    }
  });

  const saveValues = async (values: ConnectionFormValues) => {
    try {
      const r = await saver.mutateAsync(formToInput(values, view.hasPassword));
      // The page starts the form again from what is saved now: the sealed password is not in it.
      onSaved(r, values);
    } catch (err) {
      refused(err, values);
    }
  };
  const save = form.handleSubmit(saveValues);
  const backToSqlite = () => {
    form.setValue('engine', 'sqlite');
    void saveValues({ ...form.getValues(), engine: 'sqlite' });
  };

  return { form, outcome, test, save, backToSqlite, testing: tester.isPending, saving: saver.isPending };
}
