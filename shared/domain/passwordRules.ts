// The shape every new password must have, checked the same in the form and in main (main also
// refuses common passwords and the account's own name: electron/core/auth/passwordPolicy.ts).
export const MIN_PASSWORD_LENGTH = 10;

// Characters that take no room on screen: zero-width spaces and joiners, the BOM, soft hyphens,
// directional marks, control characters.
const INVISIBLE = /[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0\u180E]|\u034F/gu;

/** The password as it is compared and counted: Unicode NFKC, invisible characters out, trimmed. */
export function visiblePassword(password: string): string {
  return password.normalize('NFKC').replace(INVISIBLE, '').trim();
}

/** Why a new password has the wrong shape: 'blank' (only spaces or invisible characters), 'short', or null. */
export function passwordShapeError(password: string): 'blank' | 'short' | null {
  const visible = visiblePassword(password);
  if (visible.length === 0 || /^\s*$/u.test(visible)) return 'blank';
  return [...visible].length < MIN_PASSWORD_LENGTH ? 'short' : null;
}
