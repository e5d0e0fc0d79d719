import { contract, fieldErrors, type Channel, type InputOf, type OutputOf } from '../../shared/contract';
import { messages } from '../../shared/i18n';
import { SYSTEM_CALLER, type Caller } from '../../electron/core/auth/caller';
import type { Core } from '../../electron/core/core';
import { AppError } from '../../electron/core/errors';
import { run } from '../../electron/core/dispatch/dispatch';
import type { Scope } from '../../electron/core/scope';

/**
 * One channel call as the handler table makes it (the contract's parse, the call's transaction,
 * its audit row), for a signed-in caller without a session: the public path into the core.
 * Answers the value, or throws the AppError the adapter would have answered.
 */
export async function call<C extends Channel>(on: Scope | Core, channel: C, input: InputOf<C>, caller: Caller = SYSTEM_CALLER): Promise<OutputOf<C>> {
  const core = 'core' in on ? on.core : on;
  const parsed = contract[channel].input.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    const values = Object.values(fields);
    throw new AppError('VALIDATION', values.length === 1 ? values[0]! : messages.errors.validation, fields);
  }
  return (await run(core, channel, parsed.data, caller)) as OutputOf<C>;
}
