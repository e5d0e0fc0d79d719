import type { Channel, InputOf } from '../../../shared/contract';

/** Every read is keyed [channel, input], so a write refreshes reads by their channel alone. */
export const readKey = <C extends Channel>(channel: C, input: InputOf<C>) => [channel, input] as const;
