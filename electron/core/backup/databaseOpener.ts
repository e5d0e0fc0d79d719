import type { Core } from '../core';
import { openDatabase } from '../db/openDatabase';
import type { SqliteDb } from '../db/database';

/** Opens the file as the app does at start (checked, then migrated forward), with the Core's driver build. */
export function reopenDatabase(core: Core, file: string): Promise<SqliteDb> {
  return openDatabase({ file, nativeBinding: core.config.nativeBinding, integrity: 'quick', upkeep: core.config.upkeep });
}
