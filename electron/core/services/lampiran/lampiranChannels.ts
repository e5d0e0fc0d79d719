import type { ChannelBindings } from '../../dispatch/binding';
import { lampiranStoreOf } from '../../db/lampiranStore';
import type { Scope } from '../../scope';
import { LampiranService, showInViewer } from './lampiranService';

/** The attachments of this unit of work, over the open registry's store of bytes (its folder or its server). */
export const lampiranOf = (ctx: Scope): LampiranService => new LampiranService(ctx.tx.em, lampiranStoreOf(ctx.db));

export const lampiranChannels: ChannelBindings<'lampiran:list' | 'lampiran:add' | 'lampiran:delete' | 'lampiran:thumbnail' | 'lampiran:open' | 'lampiran:view'> = {
  'lampiran:list': (input, ctx) => lampiranOf(ctx).list(input),
  'lampiran:add': (input, ctx, caller) => {
    // The file crosses by its id only: main reads the path it holds for it.
    const held = ctx.files.get(input.fileId);
    return lampiranOf(ctx).add({ ...input, filePath: held.path, name: held.name }, caller.username);
  },
  'lampiran:delete': (input, ctx, caller) => lampiranOf(ctx).remove(input.id, caller.username),
  'lampiran:thumbnail': (input, ctx) => lampiranOf(ctx).thumbnail(input.id),
  'lampiran:open': (input, ctx) => lampiranOf(ctx).open(input.id, ctx.files),
  'lampiran:view': (input, ctx) => showInViewer(input.fileId, ctx.files, ctx.dialogs),
};
