import crypto from 'node:crypto';

// scrypt at N=2^15, r=8, p=1 takes ~100 ms on the department's PCs: slow enough to make guessing
// a stolen database expensive, quick enough for a sign-in. The parameters travel with the hash.
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

function scrypt(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  // 128 * N * r bytes of memory, with room: node's default cap (32 MiB) is just short of it.
  const maxmem = 256 * params.N * params.r;
  return new Promise((resolve, reject) =>
    crypto.scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...params, maxmem }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** "scrypt$N$r$p$salt$hash" in base64: a fresh salt every time. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((x) => Number.isInteger(x) && x > 0)) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), params);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

// Checked against a name that has no account, so a wrong name costs the same time as a wrong password.
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(crypto.randomBytes(12).toString('hex'));
  return dummy;
}

/** A short fingerprint of a stored hash: tells a session whether its account's password is still the one it signed in with. */
export function passwordStamp(stored: string): string {
  return crypto.createHash('sha256').update(stored).digest('base64url').slice(0, 22);
}
