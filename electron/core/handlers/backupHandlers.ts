import type { BACKUP_CHANNELS } from '../../../shared/contract/areaChannels';
import type { HandlerMap } from './types';

export const backupHandlers: HandlerMap<(typeof BACKUP_CHANNELS)[number]> = {};
