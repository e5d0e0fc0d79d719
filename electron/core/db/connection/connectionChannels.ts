import type { ChannelBindings } from '../../dispatch/binding';
import { connectionView, relaunch, saveSettings, testSettings } from './connectionService';

export const connectionChannels: ChannelBindings<'connection:get' | 'connection:test' | 'connection:save' | 'app:relaunch'> = {
  'connection:get': (_input, ctx) => connectionView(ctx.core),
  'connection:test': (input, ctx) => testSettings(ctx.core, input),
  'connection:save': (input, ctx, caller) => saveSettings(ctx.core, input, caller),
  'app:relaunch': (_input, ctx) => relaunch(ctx.core),
};
