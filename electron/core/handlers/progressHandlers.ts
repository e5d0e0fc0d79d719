import type { HandlerMap } from './types';

export const progressHandlers: HandlerMap<
  'progress:timeline' | 'progress:add' | 'progress:update' | 'progress:delete' | 'progress:report' | 'progress:reportList' | 'progress:overview'
> = {
  'progress:timeline': (input, ctx) => ctx.progress.timeline(input.id),
  // As with the UMKM, the services parse again: they are also called directly and never trust their caller.
  'progress:add': (input, ctx) => ctx.progress.add(input),
  'progress:update': (input, ctx) => ctx.progress.update(input.id, input.changes),
  'progress:delete': (input, ctx) => ctx.progress.remove(input.id),
  'progress:report': (input, ctx) => ctx.progressReport.report(input),
  'progress:reportList': (input, ctx) => ctx.progressReport.list(input),
  'progress:overview': (_input, ctx) => ctx.progress.overview(),
};
