import type { ReactNode } from 'react';
import type { Channel } from '../../../../shared/contract';
import { useCan } from '../../hooks/useCan';

/** Shows its children only to a role that may call the channel: hiding only, main enforces. */
export function Can({ channel, children }: { channel: Channel; children: ReactNode }) {
  return useCan(channel) ? <>{children}</> : null;
}
