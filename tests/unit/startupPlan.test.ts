// What the shell offers at start, decided from the read-only check of the database file.
import { describe, expect, it } from 'vitest';
import type { Inspection } from '../../electron/core/backup/inspectDatabase';
import type { BackupInfo } from '../../electron/core/backup/listBackups';
import { startupPlan } from '../../electron/core/backup/startupPlan';

const inspection = (intact: boolean): Inspection => ({
  intact,
  problems: intact ? [] : ['Tree 6 page 6 cell 0: invalid page number 1515870810'],
  applied: ['Registry1764547200000'],
  pending: [],
  unknown: [],
  standing: 'current',
  schemaVersion: 'Registry1764547200000',
  umkmCount: intact ? 60 : null,
});
const backup = (name: string, state: BackupInfo['state']): BackupInfo => ({
  name,
  file: `/data/backups/${name}`,
  createdAt: '2025-11-30T00:00:00.000Z',
  size: 1,
  kind: 'daily',
  umkmCount: 60,
  schemaVersion: null,
  appVersion: null,
  sha256: null,
  state,
});

describe('startupPlan', () => {
  it('opens a new file (nothing to check) and an intact one, whatever the backups', () => {
    expect(startupPlan('/data/db.sqlite', null, [])).toEqual({ action: 'open' });
    expect(startupPlan('/data/db.sqlite', inspection(true), [backup('kemitraan-2025-11-30-080000.sqlite', 'damaged')])).toEqual({ action: 'open' });
  });

  it('offers the newest verified backup for a damaged file, skipping damaged and unverified ones', () => {
    const list = [backup('kemitraan-2025-12-01-080000.sqlite', 'damaged'), backup('kemitraan-2025-11-30-080000.sqlite', 'unverified'), backup('kemitraan-2025-11-29-080000.sqlite', 'verified'), backup('kemitraan-2025-11-28-080000.sqlite', 'verified')];
    const plan = startupPlan('/data/db.sqlite', inspection(false), list);
    expect(plan.action).toBe('offer-restore');
    if (plan.action !== 'offer-restore') return;
    expect(plan.backup.name).toBe('kemitraan-2025-11-29-080000.sqlite');
    expect(plan.message).toContain('/data/db.sqlite');
    expect(plan.message).toContain('invalid page number');
    expect(plan.message).toContain('kemitraan-2025-11-29-080000.sqlite');
  });

  it('offers nothing for a check a full disk failed, even with a verified backup at hand', () => {
    const full = { ...inspection(false), problems: ['disk I/O error'] };
    expect(startupPlan('/data/db.sqlite', full, [backup('kemitraan-2025-11-29-080000.sqlite', 'verified')], { diskFull: true })).toEqual({ action: 'disk-full' });
  });

  it('refuses, saying there is no good backup, when none is verified', () => {
    const plan = startupPlan('/data/db.sqlite', inspection(false), [backup('kemitraan-2025-12-01-080000.sqlite', 'unverified')]);
    expect(plan).toEqual({ action: 'refuse', message: expect.stringContaining('belum ada cadangan yang baik') });
  });
});
