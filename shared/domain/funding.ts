/**
 * Where the money for an activity or a piece of assistance comes from: the city's budget, the
 * national budget (DAK), a partner's CSR, Bank Indonesia's programmes, or another source. Shared
 * by kegiatan pembinaan and bantuan, so the report can add them up by source.
 */
export const FUND_SOURCES = ['apbd', 'apbn_dak', 'csr_mitra', 'bank_indonesia', 'lainnya'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];
