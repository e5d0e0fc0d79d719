import type { AUTH_CHANNELS } from '../../../shared/contract/areaChannels';
import type { HandlerMap } from './types';

export const authHandlers: HandlerMap<(typeof AUTH_CHANNELS)[number]> = {};
