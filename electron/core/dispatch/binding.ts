import type { Channel, OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Caller } from '../auth/caller';
import type { Scope } from '../scope';

export type Binding<C extends Channel> = (input: ParsedInputOf<C>, ctx: Scope, caller: Caller) => Promise<OutputOf<C>> | OutputOf<C>;
export type ChannelBindings<C extends Channel> = { [K in C]: Binding<K> };
