import { AppError } from '../errors';
import type { HandlerMap } from './types';

type ImportChannel = 'import:open' | 'import:sheet' | 'import:preview' | 'import:commit' | 'import:progress' | 'import:cancel' | 'import:refusedFile' | 'import:template';
const notYet = () => {
  throw new AppError('UNAVAILABLE', 'Belum tersedia.');
};
export const importHandlers: HandlerMap<ImportChannel> = {
  'import:open': notYet,
  'import:sheet': notYet,
  'import:preview': notYet,
  'import:commit': notYet,
  'import:progress': notYet,
  'import:cancel': notYet,
  'import:refusedFile': notYet,
  'import:template': notYet,
};
