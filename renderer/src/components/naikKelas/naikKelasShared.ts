import type { CSSProperties, ReactNode } from 'react';
import type { TRANSITION_KEYS } from '../../../../shared/contract';
import type { UmkmClass } from '../../../../shared/domain/classification';
import type { Sector } from '../../../../shared/domain/sectors';
import { groupThousands } from '../../../../shared/format/rupiah';
import { fill, messages } from '../../../../shared/i18n';

// What the Naik Kelas page and its parts share: its colours, how it writes figures, what a figure opens.
export const nk = messages.naikKelas;
export const NAIK = '#389e0d';
export const TURUN = '#cf1322';
export const OUTCOMES = ['naik', 'turun', 'tetap', 'tanpa_data', 'menengah_pasar'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type Transition = (typeof TRANSITION_KEYS.naik)[number] | (typeof TRANSITION_KEYS.turun)[number];

/** One decimal with a comma, as Indonesian reports write it: 12,5%. */
export const percent = (x: number) => `${String(Math.round(x * 10) / 10).replace('.', ',')}%`;
export const share = (n: number, of: number) => (of > 0 ? (n / of) * 100 : 0);
export const count = (n: number) => groupThousands(n);

export function transitionLabel(t: string): string {
  const [from, to] = t.split('->') as [UmkmClass, UmkmClass];
  return fill(nk.transition, { from: nk.classShort[from], to: nk.classShort[to] });
}

/** What a clicked figure lists: a group, optionally one transition and one row of a table. */
export interface ListTarget {
  outcome: Outcome;
  transition?: string;
  kecamatan?: string;
  sector?: Sector;
  komunitasId?: number;
}

/** A figure that opens its list. */
export type FigureFn = (n: number, t: ListTarget, label: string, style?: CSSProperties, testId?: string) => ReactNode;
