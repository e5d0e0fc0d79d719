import { describe, expect, it } from 'vitest';
import { pairNumbers } from '../../shared/domain/sertifikatPairing';
import { groupOf, heldOn, missingForCuration, needsBpom, ticksOn } from '../../shared/domain/sertifikat';
import { fill, messages } from '../../shared/i18n';

const p = messages.sertifikatPages;
const targets = [
  { id: 11, nik: '6471054506880001' },
  { id: 12, nik: '6471054506880002' },
  { id: 13, nik: '6471054506880002' },
];

describe('pairing pasted numbers with the selected applications', () => {
  it('two columns from Excel: NIK or application ID beside the number, in any order', () => {
    const r = pairNumbers('6471054506880001\tID-A\n13\tID-C\n', targets);
    expect(r.pairs.map((x) => [x.id, x.number])).toEqual([
      [11, 'ID-A'],
      [13, 'ID-C'],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.missing).toEqual([12]);
  });

  it('refuses a NIK with two selected applications, a key not selected, and one application twice', () => {
    const r = pairNumbers('6471054506880002\tX\n6471054506889999\tY\n11\tA\n11\tB', targets);
    expect(r.problems.map((x) => x.message)).toEqual([
      fill(p.pairAmbiguous, { key: '6471054506880002' }),
      fill(p.pairNoMatch, { key: '6471054506889999' }),
      fill(p.pairRepeated, { key: '11' }),
    ]);
    expect(r.pairs.map((x) => x.id)).toEqual([11]);
  });

  it('one column: one number per selected line in order, only when the counts agree', () => {
    expect(pairNumbers('N1\nN2\nN3', targets).pairs.map((x) => [x.id, x.number])).toEqual([
      [11, 'N1'],
      [12, 'N2'],
      [13, 'N3'],
    ]);
    const short = pairNumbers('N1\nN2', targets);
    expect(short.pairs).toEqual([]);
    expect(short.problems[0]!.message).toBe(fill(p.pairCountMismatch, { lines: 2, n: 3 }));
  });
});

describe('the register rules', () => {
  const cert = (kind: 'halal' | 'pirt' | 'nib' | 'bpom_ml', issuedAt: string | null, validUntil: string | null, status: 'terbit' | 'diajukan' = 'terbit') => ({ kind, status, issuedAt, validUntil });
  it('kedaluwarsa is an issued certificate past its day; held means issued by then and not yet past', () => {
    expect(groupOf(cert('halal', '2020-01-01', '2024-01-01'), '2024-01-02')).toBe('kedaluwarsa');
    expect(groupOf(cert('halal', '2020-01-01', '2024-01-01'), '2024-01-01')).toBe('terbit');
    expect(heldOn(cert('pirt', '2022-05-01', null), '2022-04-30')).toBe(false);
    expect(heldOn(cert('pirt', '2022-05-01', null, 'diajukan'), '2023-01-01')).toBe(false);
    expect(ticksOn([cert('bpom_ml', '2020-01-01', null), cert('nib', '2019-01-01', null), cert('halal', '2021-01-01', '2022-01-01')], '2023-01-01')).toEqual(['nib', 'bpom']);
  });
  it('BPOM is needed for processing industry and frozen, canned or packaged-drink products', () => {
    expect(needsBpom({ sector: 'industri_pengolahan', products: null })).toBe(true);
    expect(needsBpom({ sector: 'kuliner', products: 'Bakso BEKU kemasan' })).toBe(true);
    expect(needsBpom({ sector: 'kuliner', products: 'Amplang' })).toBe(false);
    expect(missingForCuration(new Set(['nib', 'pirt']), { sector: 'kuliner', products: 'Es teh minuman kemasan' })).toEqual(['halal', 'bpom_md']);
  });
});
