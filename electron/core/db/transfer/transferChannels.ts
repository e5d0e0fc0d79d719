import type { TRANSFER_CHANNELS } from '../../../../shared/contract/areaChannels';
import type { ChannelBindings } from '../../dispatch/binding';
import { moveToPostgres, registryCounts } from './moveToPostgres';

export const transferChannels: ChannelBindings<(typeof TRANSFER_CHANNELS)[number]> = {
  'registry:moveCounts': (_input, ctx) => registryCounts(ctx.tx),
  'registry:moveToPostgres': (input, ctx, caller) => moveToPostgres(ctx, input, caller),
};
