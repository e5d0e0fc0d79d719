import * as imports from './importService';
import type { ChannelBindings } from '../../dispatch/binding';

type ImportChannel = 'import:open' | 'import:sheet' | 'import:preview' | 'import:commit' | 'import:progress' | 'import:cancel' | 'import:refusedFile' | 'import:template';

export const importChannels: ChannelBindings<ImportChannel> = {
  'import:open': (input, ctx) => imports.openImport(ctx, input),
  'import:sheet': (input, ctx) => imports.sheetLayout(ctx, input),
  'import:preview': (input, ctx) => imports.previewImport(ctx, input),
  'import:commit': (input, ctx, caller) => imports.commit(ctx, input, caller),
  'import:progress': (input, ctx) => imports.progress(ctx, input.sessionId),
  'import:cancel': (input, ctx) => imports.cancel(ctx, input.sessionId),
  'import:refusedFile': (input, ctx) => imports.refusedFile(ctx, input),
  'import:template': (input, ctx) => imports.template(ctx, input.target),
};
