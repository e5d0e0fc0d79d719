import type { AppContext } from '../context';
import { openDatabase, type Database } from '../db/openDatabase';

// The Electron shell opens the database with its own build of the driver; a restore reopens the
// file and must use the same build, so the shell records it here for its context.
const bindings = new WeakMap<AppContext, string | undefined>();

export function rememberNativeBinding(ctx: AppContext, nativeBinding: string | undefined): void {
  bindings.set(ctx, nativeBinding);
}

export const nativeBindingOf = (ctx: AppContext): string | undefined => bindings.get(ctx);

/** Opens the file as the app does at start: checked, then migrated forward. */
export function reopenDatabase(ctx: AppContext, file: string): Promise<Database> {
  return openDatabase({ file, nativeBinding: nativeBindingOf(ctx), integrity: 'quick' });
}
