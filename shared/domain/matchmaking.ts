// Which UMKM fit a partner at a temu kemitraan, and why. Pure, so the reasons shown to the clerk
// are exactly the rule that ranked them.
import type { UmkmClass } from './classification';
import type { MarketReach, Sector } from './sectors';
import type { SupportKind } from './partnership';

export interface PartnerProfile {
  interestSectors: readonly Sector[];
  offers: readonly SupportKind[];
  kecamatan: string | null;
  targetClasses: readonly UmkmClass[];
}

export interface Candidate {
  sector: Sector;
  class: UmkmClass;
  kecamatan: string;
  marketReach: MarketReach;
}

export type MatchReason =
  | { kind: 'sector'; sector: Sector }
  | { kind: 'support'; support: SupportKind }
  | { kind: 'kecamatan' }
  | { kind: 'class'; class: UmkmClass };

/** The classes each kind of support serves best: coaching for the smallest, capital for growth. */
export const SUPPORT_FITS: Readonly<Record<SupportKind, readonly UmkmClass[]>> = {
  pembinaan: ['mikro'],
  pelatihan: ['mikro', 'kecil'],
  peralatan: ['mikro', 'kecil'],
  permodalan: ['kecil', 'menengah'],
  pemasaran: ['kecil', 'menengah'],
  event: ['mikro', 'kecil', 'menengah'],
  lainnya: [],
};

export const WEIGHTS = { sector: 3, support: 2, class: 2, kecamatan: 1 } as const;

/** Scores one UMKM for a partner; 0 means no reason to suggest it. */
export function scoreCandidate(p: PartnerProfile, c: Candidate): { score: number; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];
  let score = 0;
  if (p.interestSectors.includes(c.sector)) {
    score += WEIGHTS.sector;
    reasons.push({ kind: 'sector', sector: c.sector });
  }
  const support = p.offers.find((s) => SUPPORT_FITS[s].includes(c.class));
  if (support) {
    score += WEIGHTS.support;
    reasons.push({ kind: 'support', support });
  }
  if (p.targetClasses.includes(c.class)) {
    score += WEIGHTS.class;
    reasons.push({ kind: 'class', class: c.class });
  }
  if (p.kecamatan && p.kecamatan === c.kecamatan) {
    score += WEIGHTS.kecamatan;
    reasons.push({ kind: 'kecamatan' });
  }
  return { score, reasons };
}
