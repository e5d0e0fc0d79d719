import type { AuthService } from './auth/authService';
import type { Core } from './core';
import type { Database, Tx } from './db/database';
import type { ImportSessions } from './excel/import/sessions';
import type { Dialogs } from './files/dialogs';
import type { FileStore } from './files/fileStore';
import { Services } from './services/services';

/**
 * What one call sees: the services of its unit of work (a write's transaction or the reading
 * connection) and what lives beside the database in the Core.
 */
export class Scope extends Services {
  constructor(
    readonly core: Core,
    tx: Tx,
  ) {
    super(tx, core.config.workstation);
  }

  get db(): Database {
    return this.core.db;
  }
  get auth(): AuthService {
    return this.core.auth;
  }
  get files(): FileStore {
    return this.core.files;
  }
  get imports(): ImportSessions {
    return this.core.imports;
  }
  get dialogs(): Dialogs | undefined {
    return this.core.dialogs;
  }
  get appVersion(): string {
    return this.core.appVersion;
  }
}
