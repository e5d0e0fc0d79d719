// Main decides, on every channel: a viewer writes through none, a locked or absent session reaches
// nothing but the sign-in channels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel, type Result } from '../../shared/contract';
import { LOCK_EXEMPT, PERMISSIONS, isPublic, isWriting, roleMay } from '../../shared/domain/permissions';
import type { SessionRef } from '../../electron/core/auth/sessions';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { signedIn } from '../support/auth';
import { dbFingerprint } from '../support/dbFingerprint';
import { tempContext, validUmkm } from '../support/tempDb';

let t: Awaited<ReturnType<typeof tempContext>>;
let clock = Date.parse('2026-03-02T08:00:00Z');
let admin: SessionRef;
let operator: SessionRef;
let viewer: SessionRef;
let umkmId: number;

beforeAll(async () => {
  t = await tempContext({ now: () => clock });
  admin = await signedIn(t.ctx, 'admin', 'admin');
  operator = await signedIn(t.ctx, 'operator', 'operator1');
  viewer = await signedIn(t.ctx, 'pimpinan', 'pimpinan1');
  const r = await dispatch('umkm:create', validUmkm(), t.ctx.core, operator);
  if (!r.ok) throw new Error(r.error.message);
  umkmId = (r.value as { id: number }).id;
});
afterAll(async () => {
  await t.cleanup();
});

const code = (r: Result<unknown>) => (r.ok ? 'OK' : r.error.code);
// Payloads a writing channel would accept in shape where it is easy to give one: the refusal must
// not depend on the payload being wrong.
const PAYLOADS: Partial<Record<Channel, unknown>> = {
  'umkm:create': validUmkm({ nik: '6471010101900002', businessName: 'Usaha Pimpinan' }),
  'umkm:update': { id: 1, changes: { businessName: 'Diubah' } },
  'umkm:delete': { id: 1 },
  'komunitas:create': { name: 'Komunitas Baru' },
  'mitra:create': { name: 'PT Baru', kind: 'hotel' },
  'demo:seed': {},
  'app:startEmpty': {},
  'users:create': { username: 'penyusup', fullName: 'X', role: 'admin', password: 'sandi-penyusup' },
  'users:update': { id: 1, changes: { role: 'pimpinan' } },
};
const payloadFor = (c: Channel) => PAYLOADS[c] ?? { id: umkmId };

describe('a viewer (pimpinan)', () => {
  const writing = CHANNELS.filter(isWriting);

  it('is refused with FORBIDDEN on every writing channel, and nothing is written', async () => {
    expect(writing.length).toBeGreaterThan(30);
    const before = await dbFingerprint(t.ctx.db);
    for (const channel of writing) {
      const r = await dispatch(channel, payloadFor(channel), t.ctx.core, viewer);
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Peran Pimpinan tidak diizinkan untuk tindakan ini.' } });
    }
    expect(await dbFingerprint(t.ctx.db)).toEqual(before);
  });

  it('reads and exports: no reading channel refuses it for its role', async () => {
    for (const channel of CHANNELS.filter((c) => !isWriting(c) && !isPublic(c) && !LOCK_EXEMPT.has(c) && c !== 'auth:changePassword')) {
      const r = await dispatch(channel, payloadFor(channel), t.ctx.core, viewer);
      expect(code(r), channel).not.toMatch(/FORBIDDEN|UNAUTHENTICATED|SESSION_LOCKED/);
    }
    expect(code(await dispatch('umkm:get', { id: umkmId }, t.ctx.core, viewer))).toBe('OK');
  });
});

describe('an operator', () => {
  it('is refused the admin channels (accounts, restore, recycle bin)', async () => {
    const adminOnly = CHANNELS.filter((c) => PERMISSIONS[c] !== 'public' && !roleMay('operator', c));
    expect(adminOnly).toEqual(expect.arrayContaining(['users:list', 'users:create', 'users:update', 'backup:restore', 'trash:restore', 'trash:purge']));
    const before = await dbFingerprint(t.ctx.db);
    for (const channel of adminOnly) {
      expect(code(await dispatch(channel, payloadFor(channel), t.ctx.core, operator)), channel).toBe('FORBIDDEN');
    }
    expect(await dbFingerprint(t.ctx.db)).toEqual(before);
  });
});

describe('without a session, or with a locked one', () => {
  it('answers only the public channels to a caller without a session', async () => {
    for (const channel of CHANNELS) {
      const r = await dispatch(channel, payloadFor(channel), t.ctx.core, undefined);
      if (isPublic(channel)) expect(code(r), channel).not.toBe('UNAUTHENTICATED');
      else expect(code(r), channel).toBe('UNAUTHENTICATED');
    }
    // An unknown session key is no session.
    expect(code(await dispatch('umkm:list', {}, t.ctx.core, { key: 'tebakan', via: 'app' }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a locked session on every channel but auth:*, for every role', async () => {
    await t.ctx.auth.setLockMinutes(t.ctx.tx.em, 1);
    clock += 2 * 60_000;
    const before = await dbFingerprint(t.ctx.db);
    for (const session of [admin, operator, viewer]) {
      for (const channel of CHANNELS.filter((c) => !c.startsWith('auth:'))) {
        const r = await dispatch(channel, payloadFor(channel), t.ctx.core, session);
        expect(r, `${session.key} ${channel}`).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
      }
      expect(code(await dispatch('auth:changePassword', { oldPassword: 'x', newPassword: 'yyyyyyyy' }, t.ctx.core, session))).toBe('SESSION_LOCKED');
      expect(code(await dispatch('auth:status', {}, t.ctx.core, session))).toBe('OK');
    }
    expect(await dbFingerprint(t.ctx.db)).toEqual(before);
    expect(code(await dispatch('auth:unlock', { password: 'kata-sandi-uji' }, t.ctx.core, operator))).toBe('OK');
    expect(code(await dispatch('umkm:list', {}, t.ctx.core, operator))).toBe('OK');
  });
});
