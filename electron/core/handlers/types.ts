import type { Channel, OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Caller } from '../auth/caller';
import type { AppContext } from '../context';

export type Handler<C extends Channel> = (input: ParsedInputOf<C>, ctx: AppContext, caller: Caller) => Promise<OutputOf<C>> | OutputOf<C>;
export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };
