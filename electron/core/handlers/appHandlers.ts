import type { AppInfo } from '../../../shared/contract';
import type { AppContext } from '../context';
import { seedDemo } from '../services/demo/seedDemo';
import { SETTING_ONBOARDED } from '../services/settingsService';
import type { HandlerMap } from './types';

async function info(ctx: AppContext): Promise<AppInfo> {
  const onboarded = (await ctx.settings.get(SETTING_ONBOARDED)) !== null;
  const firstRunPending = !onboarded && (await ctx.umkm.countActive()) === 0;
  return { version: ctx.appVersion, databaseFile: ctx.db.file, schemaVersion: ctx.db.schemaVersion, firstRunPending };
}

export const appHandlers: HandlerMap<'app:info' | 'app:startEmpty' | 'demo:seed' | 'stats:summary'> = {
  'app:info': (_input, ctx) => info(ctx),
  'app:startEmpty': async (_input, ctx) => {
    await ctx.settings.set(SETTING_ONBOARDED, 'empty');
    return info(ctx);
  },
  'demo:seed': async (input, ctx) => {
    const result = seedDemo(ctx.db, input.umkm);
    await ctx.settings.set(SETTING_ONBOARDED, 'demo');
    return result;
  },
  'stats:summary': (_input, ctx) => ctx.stats.summary(),
};
