import { messages } from '../i18n';

// Many communities are registered under a name that already says what they are ("Komunitas UMKM
// Sepinggan"); the word is put before a name only when it is missing, never twice.
const WORD = messages.kemitraanEntity.komunitas;

/** Whether a community's own name already starts with the word "Komunitas" (any case). */
export function namesKomunitas(name: string): boolean {
  return new RegExp(`^\\s*${WORD}\\b`, 'iu').test(name);
}

/** "Komunitas Bina Usaha" for "Bina Usaha"; "Komunitas UMKM Sepinggan" stays as it is. */
export function komunitasTitle(name: string): string {
  return namesKomunitas(name) ? name.trim() : `${WORD} ${name.trim()}`;
}
