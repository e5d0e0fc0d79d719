import { passwordShapeError, visiblePassword } from '../../../shared/domain/passwordRules';
import { messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import { commonWords } from './commonPasswords';

const v = messages.auth.validation;

// Digits, punctuation and spaces a guesser adds around a word: "Balikpapan2024!", "#indonesia1".
const AROUND = /^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu;
const SEPARATORS = /[\s._-]+/gu;

/** Why `password` is too easy to guess for `username`: a message, or null when it will do. */
export function weakPasswordMessage(password: string, username: string): string | null {
  const shape = passwordShapeError(password);
  if (shape) return shape === 'blank' ? v.passwordBlank : v.passwordShort;
  const plain = visiblePassword(password).toLowerCase();
  const name = username.normalize('NFKC').trim().toLowerCase();
  const core = plain.replace(AROUND, '');
  // The name itself, or the name with digits and marks around it ("budi2024").
  if (name && plain.includes(name) && plain.replace(name, '').replace(AROUND, '') === '') return v.passwordIsUsername;
  const words = commonWords();
  // Only digits and marks ("1234567890"), a common password or word with or without them, or
  // one character repeated ("aaaaaaaaaa", "ababababab").
  if (core === '' || words.has(plain) || words.has(core) || words.has(core.replace(SEPARATORS, ''))) return v.passwordCommon;
  if (new Set(plain).size < 4) return v.passwordCommon;
  return null;
}

/** Refuses a password too easy to guess, at the form's `field`. */
export function requireStrongPassword(password: string, username: string, field: string): void {
  const message = weakPasswordMessage(password, username);
  if (message) throw new AppError('VALIDATION', message, { [field]: message });
}
