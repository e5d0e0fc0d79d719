import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/contract';
import { DISCLOSED, READ_ONLY, SELF_AUDITED, WRITE_AUDIT } from '../../electron/core/audit/channelAudit';
import { SNAPSHOTS } from '../../electron/core/audit/snapshots';
import { diff } from '../../electron/core/audit/diff';
import { redact, REDACTED } from '../../electron/core/audit/redact';

describe('audit classification of channels', () => {
  it('puts every channel in exactly one class: audited write, self-audited, disclosed read, or read-only', () => {
    const classes = CHANNELS.map((c) => ({
      channel: c,
      n: Number(c in WRITE_AUDIT) + Number(SELF_AUDITED.includes(c)) + Number(DISCLOSED.includes(c)) + Number(READ_ONLY.includes(c)),
    }));
    expect(classes.filter((c) => c.n === 0).map((c) => c.channel), 'channels nobody classified').toEqual([]);
    expect(classes.filter((c) => c.n > 1).map((c) => c.channel), 'channels classified twice').toEqual([]);
  });

  it('names only real channels', () => {
    const known = new Set<string>(CHANNELS);
    const named = [...Object.keys(WRITE_AUDIT), ...SELF_AUDITED, ...DISCLOSED, ...READ_ONLY];
    expect(named.filter((c) => !known.has(c))).toEqual([]);
  });

  it('can find the record of every audited write: its id from the input or the result, and a snapshot of the entity', () => {
    for (const [channel, spec] of Object.entries(WRITE_AUDIT)) {
      if (spec!.entity === 'database') continue;
      expect(spec!.idBefore ?? spec!.idAfter, channel).toBeDefined();
      expect(SNAPSHOTS[spec!.entity], channel).toBeDefined();
      if (spec!.action === 'create') expect(spec!.idAfter, channel).toBeDefined();
    }
  });

  it('treats names of the core areas ending in list/get as reads and the other core channels as audited', () => {
    const core = CHANNELS.filter((c) => /^(umkm|komunitas|mitra|kemitraan|kegiatan|progress):/.test(c));
    for (const c of core) {
      const reads = /:(list|get|suggest|timeline|report|reportList|overview|participants|forUmkm)$/.test(c);
      // An export of an area's records is a disclosed read (issue 15: kegiatan:export, kegiatan:exportParticipants).
      const exported = /:export[A-Za-z]*$/.test(c);
      expect(reads ? READ_ONLY.includes(c) : exported ? DISCLOSED.includes(c) : c in WRITE_AUDIT, c).toBe(true);
    }
  });

  it('records every file of stored records that leaves the app: the exports, the printed report and a backup handed over', () => {
    expect([...DISCLOSED].sort()).toEqual(['backup:save', 'export:list', 'export:report', 'kegiatan:export', 'kegiatan:exportParticipants', 'lampiran:open', 'report:pdf', 'riwayat:export']);
  });
});

describe('diff and redaction', () => {
  it('lists exactly the fields that differ, with before and after', () => {
    expect(diff({ a: 1, b: 'x', c: [1, 2], d: null }, { a: 1, b: 'y', c: [1, 2, 3], e: 5 })).toEqual({ b: ['x', 'y'], c: [[1, 2], [1, 2, 3]], e: [null, 5] });
    expect(diff(null, { a: 1, b: null })).toEqual({ a: [null, 1] });
    expect(diff({ a: 1 }, null)).toEqual({ a: [1, null] });
    expect(diff({ a: { x: 1 } }, { a: { x: 1 } })).toEqual({});
  });

  it('never keeps a password or its hash, not even nested', () => {
    const out = redact({ password: ['old', 'new'], passwordHash: [null, 'scrypt$abc'], fullName: ['A', 'B'], profile: [{ newPassword: 'x', name: 'n' }, null] });
    expect(out).toEqual({ password: [REDACTED, REDACTED], passwordHash: [null, REDACTED], fullName: ['A', 'B'], profile: [{ newPassword: REDACTED, name: 'n' }, null] });
    expect(JSON.stringify(out)).not.toMatch(/old|new"|scrypt/);
  });
});
