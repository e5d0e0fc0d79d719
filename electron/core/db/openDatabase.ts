// The one way the app opens its database; the engine's own opener sits in its folder.
export { openDatabase, createDataSource, type OpenOptions } from './sqlite/openSqlite';
export type { Database, Tx } from './database';
