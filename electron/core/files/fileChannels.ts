import { messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import { copyAtomically } from './copyAtomically';
import type { Scope } from '../scope';
import type { ChannelBindings } from '../dispatch/binding';

function dialogs(ctx: Scope) {
  if (!ctx.dialogs) throw new AppError('UNAVAILABLE', messages.errors.desktopOnly);
  return ctx.dialogs;
}

export const fileChannels: ChannelBindings<'file:pick' | 'file:save'> = {
  'file:pick': async (input, ctx) => {
    const chosen = await dialogs(ctx).chooseOpen(input.purpose);
    return { file: chosen ? ctx.files.register(chosen) : null };
  },
  'file:save': async (input, ctx) => {
    const held = ctx.files.get(input.fileId);
    const target = await dialogs(ctx).chooseSave(held.name);
    if (!target) return { saved: false, path: null };
    copyAtomically(held.path, target);
    return { saved: true, path: target };
  },
};
