/**
 * NIP as printed under a signature: "19700101 199503 1 001" (birth date, appointment year and
 * month, sex, serial). Anything that is not 18 digits is shown as typed.
 */
export function formatNip(nip: string | null | undefined): string {
  if (!nip) return '';
  const d = nip.replace(/\D/g, '');
  if (d.length !== 18) return nip;
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}`;
}

/** A NIP while it is typed: its digits (at most 18), grouped as they will print. */
export function groupNipTyping(typed: string): string {
  const d = typed.replace(/\D/g, '').slice(0, 18);
  return [d.slice(0, 8), d.slice(8, 14), d.slice(14, 15), d.slice(15)].filter(Boolean).join(' ');
}
