import { useState, type BaseSyntheticEvent } from 'react';
import { App } from 'antd';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { contract, type InputOf, type OutputOf, type ParsedInputOf } from '../../../shared/contract';
import { useWrite } from '../api/queries';
import { askAfterConflict, editConflictOf } from './conflictDialog';
import { showServerErrors } from './showServerErrors';

/** The channels a form creates with, each with the one that saves an edit of the same record. */
const EDIT_CHANNEL = {
  'umkm:create': 'umkm:update',
  'komunitas:create': 'komunitas:update',
  'mitra:create': 'mitra:update',
  'kemitraan:create': 'kemitraan:update',
  'kegiatan:create': 'kegiatan:update',
  'progress:add': 'progress:update',
  'monev:create': 'monev:update',
} as const;
export type FormChannel = keyof typeof EDIT_CHANNEL;
type EditChannel = (typeof EDIT_CHANNEL)[FormChannel];
export type FormValuesOf<C extends FormChannel> = InputOf<C> & FieldValues;

export interface ContractFormOptions<C extends FormChannel> {
  /** The record edited; none for a new one. */
  id?: number;
  /**
   * The version of the record the form opened: the save names it, and is refused once another
   * clerk has changed the record since (EDIT_CONFLICT). Then the clerk chooses between `onReload`
   * (the record as it is now, the form starts anew) and staying with what they typed.
   */
  version?: number;
  onReload?: () => unknown;
  defaults: DefaultValues<FormValuesOf<C>>;
  /** Sent in every submit, a cleared one as '' (stored as null): an edit merges, so it must name what it clears. */
  fields: readonly string[];
  /** What the blanks cannot reach, such as the value of each of an agreement's supports. */
  prepare?: (values: ParsedInputOf<C>) => Record<string, unknown>;
  /** The contract's schema unless the form shows its errors elsewhere. */
  resolver?: Resolver<FormValuesOf<C>, unknown, ParsedInputOf<C>>;
  /** The fields with an input, when some are not: a refusal at another field is shown above the form. */
  shown?: readonly string[];
  onSaved: (saved: OutputOf<C>) => void;
  /**
   * Asked after the checks pass and before anything is sent (a question to the clerk): null saves
   * nothing (cancelled, or the form has dealt with it); otherwise `changes` are sent over the
   * values and `onSaved` replaces the form's own.
   */
  decide?: (values: ParsedInputOf<C>) => Promise<SaveDecision<C> | null>;
}

/** How a save goes on after the form's question (see ContractFormOptions.decide). */
export interface SaveDecision<C extends FormChannel> {
  changes?: Record<string, unknown>;
  onSaved?: (saved: OutputOf<C>) => void;
}

/** What the form's frame needs: the submit, the refusal above the fields, whether a save is under way. */
export interface FormHandle {
  submit: (e?: BaseSyntheticEvent) => Promise<void>;
  rootError?: string;
  /** Why the last save was refused for an edit made meanwhile by another clerk (kept above the fields). */
  conflict?: string;
  saving: boolean;
}

/**
 * A form over the contract's schema for a channel: checked as the clerk types by the same rules
 * main applies, saved through the typed client (an edit as the changes of its record), and each
 * refusal main sends back shown at its field.
 */
export function useContractForm<C extends FormChannel>(channel: C, opts: ContractFormOptions<C>) {
  const form = useForm<FormValuesOf<C>, unknown, ParsedInputOf<C>>({
    resolver: opts.resolver ?? (zodResolver(contract[channel].input) as unknown as Resolver<FormValuesOf<C>, unknown, ParsedInputOf<C>>),
    defaultValues: opts.defaults,
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });
  const create = useWrite<FormChannel>(channel);
  const edit = useWrite<EditChannel>(EDIT_CHANNEL[channel]);
  const { modal } = App.useApp();
  const [conflict, setConflict] = useState<string>();
  // The version the next save names: the one opened, then the one each save of this form answered.
  const [held, setHeld] = useState(opts.version);
  const submit = form.handleSubmit(async (values) => {
    const decision = opts.decide ? await opts.decide(values) : {};
    if (!decision) return;
    const source: Record<string, unknown> = { ...values, ...opts.prepare?.(values), ...decision.changes };
    const sent = Object.fromEntries(opts.fields.map((k) => [k, source[k] ?? '']));
    try {
      // The schema has just parsed these values: with the blanks, they are the channel's input.
      const saved =
        opts.id === undefined
          ? await create.mutateAsync(sent as InputOf<C>)
          : await edit.mutateAsync({ id: opts.id, changes: sent, ...(held === undefined ? {} : { version: held }) });
      if (held !== undefined) setHeld((saved as { version: number }).version);
      setConflict(undefined);
      (decision.onSaved ?? opts.onSaved)(saved as OutputOf<C>);
    } catch (err) {
      const refused = editConflictOf(err);
      if (!refused) return showServerErrors(err, form.setError, opts.shown);
      // Nothing was saved: the clerk's typing stays until they choose to see the record as it is now.
      // The save ends here (its button stops spinning); the question stays open until answered.
      setConflict(refused.message);
      void askAfterConflict(modal, refused).then((choice) => (choice === 'reload' ? opts.onReload?.() : undefined));
    }
  });
  const handle: FormHandle = { submit, rootError: form.formState.errors.root?.server?.message, conflict, saving: form.formState.isSubmitting };
  return { ...form, ...handle };
}
