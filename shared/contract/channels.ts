// Channel names only, without schemas, so the sandboxed preload can bundle them cheaply.
export const CHANNELS = [
  'app:info',
  'app:startEmpty',
  'demo:seed',
  'stats:summary',
  'umkm:list',
  'umkm:get',
  'umkm:create',
  'umkm:update',
  'umkm:delete',
] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}
