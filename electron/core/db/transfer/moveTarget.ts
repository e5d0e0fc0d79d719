import type { ParsedInputOf } from '../../../../shared/contract';
import { DEFAULT_PG_PORT } from '../../../../shared/contract';
import { messages } from '../../../../shared/i18n';
import type { Core } from '../../core';
import { AppError } from '../../errors';
import { userDataDir } from '../../paths';
import { fieldsError } from '../../services/queryHelpers';
import { connectionFilePath, readConnection } from '../connection/connectionFile';
import { toPgUrl } from '../connection/connectionSettings';
import { fileSealer } from '../connection/fileSealer';
import { openPassword } from '../connection/openPassword';

type MoveInput = ParsedInputOf<'registry:moveToPostgres'>;

/**
 * The postgres:// address a move goes to: the one given (the command line's --pg), or the
 * connection page's settings with the password typed there or the one saved with them (sealed
 * in koneksi.json, opened as connection:test opens it).
 */
export async function moveTargetUrl(core: Core, input: MoveInput): Promise<string> {
  if ('url' in input) return input.url;
  if (input.engine !== 'postgres') throw new AppError('VALIDATION', messages.transfer.errors.notPostgres, { engine: messages.transfer.errors.notPostgres });
  const settings = { host: input.host!, port: input.port ?? DEFAULT_PG_PORT, database: input.database!, user: input.user!, tls: input.tls };
  if (!input.keepPassword) return toPgUrl(settings, input.password ?? '');
  const dir = userDataDir();
  const stored = readConnection(dir);
  if (stored.engine !== 'postgres' || stored.password === undefined) throw fieldsError({ password: messages.connection.validation.passwordNoneSaved });
  try {
    return toPgUrl(settings, (await openPassword(stored, core.config.sealer ?? fileSealer(dir), connectionFilePath(dir)))!);
  } catch (err) {
    throw fieldsError({ password: err instanceof AppError ? err.message : messages.connection.validation.passwordUnreadable });
  }
}
