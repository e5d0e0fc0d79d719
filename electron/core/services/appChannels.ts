import type { AppInfo } from '../../../shared/contract';
import type { Scope } from '../scope';
import { whereIs } from '../db/database';
import { loadDemo } from './demo/seedDemo';
import { SETTING_ONBOARDED } from './settingsService';
import type { ChannelBindings } from '../dispatch/binding';

async function info(ctx: Scope): Promise<AppInfo> {
  const onboarded = (await ctx.settings.get(SETTING_ONBOARDED)) !== null;
  const firstRunPending = !onboarded && (await ctx.umkm.countActive()) === 0;
  return { version: ctx.appVersion, databaseFile: whereIs(ctx.db), schemaVersion: ctx.db.schemaVersion, firstRunPending };
}

export const appChannels: ChannelBindings<'app:info' | 'app:startEmpty' | 'demo:seed' | 'stats:summary'> = {
  'app:info': (_input, ctx) => info(ctx),
  'app:startEmpty': async (_input, ctx) => {
    await ctx.settings.set(SETTING_ONBOARDED, 'empty');
    return info(ctx);
  },
  'demo:seed': async (input, ctx) => {
    const result = await loadDemo(ctx.tx, input.umkm);
    await ctx.settings.set(SETTING_ONBOARDED, 'demo');
    return result;
  },
  'stats:summary': (_input, ctx) => ctx.stats.summary(),
};
