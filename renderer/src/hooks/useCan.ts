import type { Channel } from '../../../shared/contract';
import { roleMay } from '../../../shared/domain/permissions';
import { useAuthStatus } from '../components/auth/authStatus';

/**
 * Whether the signed-in role may call a channel, from the same table main enforces: pages use it
 * only to hide what the role may not use.
 */
export function useCan(channel: Channel): boolean {
  const user = useAuthStatus().data?.user;
  return user ? roleMay(user.role, channel) : false;
}
