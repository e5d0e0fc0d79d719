import { figuresAt } from './figuresAt';
import type { ChannelBindings } from '../dispatch/binding';

// The contract has parsed every input: the services take it as it comes.
export const progressChannels: ChannelBindings<
  'progress:timeline' | 'progress:add' | 'progress:update' | 'progress:delete' | 'progress:report' | 'progress:reportList' | 'progress:overview'
> = {
  'progress:timeline': (input, ctx) => ctx.progress.timeline(input.id),
  'progress:add': (input, ctx) => ctx.progress.add(input),
  'progress:update': (input, ctx) => ctx.progress.update(input.id, input.changes, input.version),
  'progress:delete': (input, ctx) => ctx.progress.remove(input.id, input.version),
  'progress:report': (input, ctx) => ctx.progressReport.report(input),
  'progress:reportList': async (input, ctx) => {
    const page = await ctx.progressReport.list(input);
    return input.figuresAt ? { ...page, items: await figuresAt(ctx.umkm, page.items, input.figuresAt) } : page;
  },
  'progress:overview': async (_input, ctx) => {
    // Once a year the yearly classes are carried into the new year: a write of its own, under
    // the write lock, before this read (which never writes) answers.
    if (!(await ctx.progress.yearsRolled())) await ctx.core.write((w) => w.progress.rollForward());
    return ctx.progress.overview();
  },
};
