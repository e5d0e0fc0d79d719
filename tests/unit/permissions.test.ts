import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/contract/channels';
import { LOCK_EXEMPT, PERMISSIONS, isPublic, isWriting, roleMay } from '../../shared/domain/permissions';
import { ROLES } from '../../shared/domain/roles';

describe('permission table', () => {
  it('has a rule for every channel and none for a channel that does not exist', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      const access = PERMISSIONS[channel];
      if (access !== 'public') {
        expect(access.length, channel).toBeGreaterThan(0);
        for (const role of access) expect(ROLES).toContain(role);
      }
    }
  });

  it('needs no session only for the first start, sign-in and the app facts', () => {
    expect(CHANNELS.filter(isPublic).sort()).toEqual(['app:info', 'auth:login', 'auth:setup', 'auth:status']);
  });

  it('lets every role read and export, and only admin and operator write', () => {
    for (const c of ['umkm:list', 'umkm:get', 'stats:summary', 'progress:report', 'export:list', 'export:report', 'import:template', 'file:save'] as const) {
      for (const role of ROLES) expect(roleMay(role, c), `${role} ${c}`).toBe(true);
    }
    for (const c of ['umkm:create', 'umkm:update', 'umkm:delete', 'kemitraan:setStatus', 'progress:add', 'import:open', 'import:commit', 'demo:seed'] as const) {
      expect(roleMay('admin', c)).toBe(true);
      expect(roleMay('operator', c)).toBe(true);
      expect(roleMay('pimpinan', c)).toBe(false);
      expect(isWriting(c)).toBe(true);
    }
  });

  it('keeps accounts, restore and the recycle bin for the admin alone', () => {
    for (const c of ['users:list', 'users:create', 'users:update', 'backup:restore', 'trash:restore', 'trash:purge'] as const) {
      expect(roleMay('admin', c)).toBe(true);
      expect(roleMay('operator', c), c).toBe(false);
      expect(roleMay('pimpinan', c), c).toBe(false);
    }
  });

  it('treats every import step but the template as a write', () => {
    for (const c of CHANNELS.filter((c) => c.startsWith('import:'))) expect(isWriting(c), c).toBe(c !== 'import:template');
    for (const c of CHANNELS.filter((c) => c.startsWith('export:'))) expect(isWriting(c), c).toBe(false);
  });

  it('lets a locked session only ask, unlock, lock or sign out', () => {
    expect([...LOCK_EXEMPT].sort()).toEqual(['auth:lock', 'auth:login', 'auth:logout', 'auth:setup', 'auth:status', 'auth:unlock']);
    for (const c of LOCK_EXEMPT) expect(c.startsWith('auth:')).toBe(true);
  });
});
