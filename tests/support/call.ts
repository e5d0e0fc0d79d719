import { contract, fieldErrors, type Channel, type InputOf, type OutputOf } from '../../shared/contract';
import { SYSTEM_CALLER, type Caller } from '../../electron/core/auth/caller';
import type { Core } from '../../electron/core/core';
import { fieldsError } from '../../electron/core/services/queryHelpers';
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
  if (!parsed.success) throw fieldsError(fieldErrors(parsed.error));
  return (await run(core, channel, parsed.data, caller)) as OutputOf<C>;
}
