import { AppError } from '../errors';
import type { HandlerMap } from './types';

const notYet = () => {
  throw new AppError('UNAVAILABLE', 'Belum tersedia.');
};
export const exportHandlers: HandlerMap<'export:list' | 'export:report'> = {
  'export:list': notYet,
  'export:report': notYet,
};
