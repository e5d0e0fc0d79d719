import type { AuditChanges } from '../../../shared/contract';

/** What a secret's before and after become in the log: that it changed shows, never its value. */
export const REDACTED = '***';

// Any field whose name speaks of a password (password, passwordHash, newPassword…).
const SECRET = /password|secret|token/i;

export function isSecretField(name: string): boolean {
  return SECRET.test(name);
}

/** The changes with every secret field's values masked; nested objects are masked too. */
export function redact(changes: AuditChanges): AuditChanges {
  const out: AuditChanges = {};
  for (const [field, [before, after]] of Object.entries(changes)) {
    out[field] = isSecretField(field) ? [before == null ? null : REDACTED, after == null ? null : REDACTED] : [maskDeep(before), maskDeep(after)];
  }
  return out;
}

function maskDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isSecretField(k) ? REDACTED : maskDeep(v)]));
  }
  return value;
}
