// Thousands of malformed and hostile payloads against every channel of the handler table, as an
// admin (who may call everything): each is refused with a structured error, nothing throws, no
// handler crashes (no INTERNAL), Object.prototype stays clean and no table changes.
import { afterAll, beforeAll, describe as suite, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNELS, ERROR_CODES, contract, isAppErrorData, type Channel, type Result } from '../../shared/contract';
import { isWriting } from '../../shared/domain/permissions';
import type { SessionRef } from '../../electron/core/auth/sessions';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { signedIn } from '../support/auth';
import { dbFingerprint } from '../support/dbFingerprint';
import { tableNames } from '../support/dbQuery';
import { tempContext, validUmkm } from '../support/tempDb';

let t: Awaited<ReturnType<typeof tempContext>>;
let admin: SessionRef;
const logged: string[] = [];
const log = (message: string) => logged.push(message);

beforeAll(async () => {
  t = await tempContext();
  admin = await signedIn(t.ctx, 'admin', 'admin');
  const r = await dispatch('umkm:create', validUmkm(), t.ctx.core, admin);
  expect(r.ok).toBe(true);
  // The overview fills its yearly cache on first read: done here, so the fuzz compares like with like.
  expect((await dispatch('progress:overview', {}, t.ctx.core, admin)).ok).toBe(true);
});
afterAll(async () => {
  await t.cleanup();
});

const SQL = "'; DROP TABLE umkm; --";
const MEGA = 'x'.repeat(1024 * 1024);

function nested(depth: number, leaf: unknown, asArray = false): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

/** Values of every wrong kind; each field of a schema is given each of them in turn. */
const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  ' ',
  SQL,
  '1; DELETE FROM pengguna',
  MEGA,
  '\u0000\u202e<script>alert(1)</script>',
  [],
  [SQL],
  [null, NaN],
  {},
  { $ne: null },
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  { constructor: { prototype: { polluted: 'yes' } } },
  nested(2000, SQL),
  nested(2000, 1, true),
  new Date(NaN),
  10n,
];

/** Whole payloads that are wrong whatever the channel. */
const HOSTILE_PAYLOADS: unknown[] = [
  ...HOSTILE_VALUES,
  JSON.parse('{"__proto__": {"polluted": "yes"}, "id": 1}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  { prototype: { polluted: 'yes' } },
  { [SQL]: 1 },
  { [MEGA]: 1 },
  nested(10_000, null),
  Object.assign(Object.create(null), { polluted: 'yes', toString: 1 }),
];

// zod 4 wrappers: optional, default, pipe (coerce/transform), union: reach the object's fields.
function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> {
  const def = (schema as unknown as { def: Record<string, unknown> & { type: string } }).def;
  if (def.type === 'object') return (schema as z.ZodObject).shape as Record<string, z.ZodType>;
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') return fieldsOf(def.innerType as z.ZodType);
  if (def.type === 'pipe') return fieldsOf(def.in as z.ZodType);
  if (def.type === 'union') return Object.assign({}, ...(def.options as z.ZodType[]).map(fieldsOf));
  return {};
}

/** For one channel: the whole-payload cases, then every field given every hostile value (nested one level too). */
function payloadsFor(channel: Channel): unknown[] {
  const out: unknown[] = [...HOSTILE_PAYLOADS];
  const fields = fieldsOf(contract[channel].input);
  for (const [key, fieldSchema] of Object.entries(fields)) {
    for (const v of HOSTILE_VALUES) out.push({ [key]: v });
    for (const [sub] of Object.entries(fieldsOf(fieldSchema))) {
      for (const v of HOSTILE_VALUES) out.push({ id: 1, [key]: { [sub]: v } });
    }
  }
  return out;
}

const describe = (v: unknown) => String(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x))).slice(0, 160);

function polluted(): boolean {
  return Object.keys(Object.prototype).length > 0 || ({} as Record<string, unknown>).polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted');
}

const isStructuredError = (r: Result<unknown>) => !r.ok && isAppErrorData(r.error) && (ERROR_CODES as readonly string[]).includes(r.error.code) && r.error.message.length > 0;

suite('handler table fuzz', () => {
  it('refuses every hostile payload on every channel, crashes on none and writes nothing', async () => {
    const before = await dbFingerprint(t.ctx.db);
    let sent = 0;
    let refused = 0;
    const readsAnswered: string[] = [];
    for (const channel of CHANNELS) {
      for (const payload of payloadsFor(channel)) {
        // A payload the schema itself accepts is a valid call: a read may answer it (and must
        // not crash); a write is left out, since it would rightly write.
        const accepted = contract[channel].input.safeParse(payload).success;
        if (accepted && (isWriting(channel) || channel.startsWith('auth:') || channel.startsWith('file:'))) continue;
        let r: Result<unknown>;
        try {
          r = await dispatch(channel, payload, t.ctx.core, admin, log);
        } catch (err) {
          throw new Error(`${channel} threw: ${(err as Error).message}`, { cause: err });
        }
        sent++;
        if (accepted) {
          if (!(r.ok || (isStructuredError(r) && r.error.code !== 'INTERNAL'))) expect.fail(`${channel} read ${describe(payload)} -> ${JSON.stringify(r).slice(0, 300)}`);
          readsAnswered.push(channel);
          continue;
        }
        if (!isStructuredError(r) || (!r.ok && r.error.code === 'INTERNAL')) {
          expect.fail(`${channel} ${describe(payload)} -> ${JSON.stringify(r).slice(0, 300)}`);
        }
        refused++;
      }
    }
    expect(sent).toBeGreaterThan(5000);
    expect(refused).toBeGreaterThan(5000);
    expect(logged).toEqual([]);
    expect(polluted()).toBe(false);
    expect(await dbFingerprint(t.ctx.db)).toEqual(before);
    // The admin's session is still open and well.
    expect((await dispatch('umkm:list', {}, t.ctx.core, admin)).ok).toBe(true);
  }, 300_000);

  it('refuses unknown and hostile channel names as UNKNOWN_CHANNEL', async () => {
    const names: unknown[] = ['umkm:drop', 'system:exec', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', SQL, MEGA, 'UMKM:LIST', ' umkm:list', 'umkm:list\u0000', null, undefined, 42, NaN, {}, [], ['umkm:list'], Symbol('x')];
    for (let i = 0; i < 200; i++) names.push(`${CHANNELS[i % CHANNELS.length]}${'x'.repeat(i % 7)}${i % 5 === 0 ? ':' : ''}${i}`);
    for (const name of names) {
      const r = await dispatch(name, {}, t.ctx.core, admin, log);
      expect(r, String(typeof name === 'symbol' ? 'symbol' : name).slice(0, 40)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(r.ok === false && r.error.message.length).toBeLessThan(200);
    }
    expect(polluted()).toBe(false);
  });

  it('keeps SQL typed into a text field as text', async () => {
    const r = await dispatch('umkm:create', validUmkm({ businessName: SQL, ownerName: "Robert'); DROP TABLE pengguna;--", nik: '6471010101900002' }), t.ctx.core, admin, log);
    expect(r.ok).toBe(true);
    const found = await dispatch('umkm:list', { search: SQL }, t.ctx.core, admin, log);
    expect(found).toMatchObject({ ok: true, value: { total: 1, items: [{ businessName: SQL }] } });
    // A NUL in a search is neither a wildcard (SQLite read a LIKE pattern only up to it) nor an
    // error (PostgreSQL refuses it in any text): it is dropped.
    expect((await dispatch('komunitas:create', { name: 'Komunitas Amplang' }, t.ctx.core, admin, log)).ok).toBe(true);
    const names = async (search: string) => {
      const r = await dispatch('komunitas:list', { search }, t.ctx.core, admin, log);
      return r.ok ? (r.value as Array<{ name: string }>).map((k) => k.name) : r.error.code;
    };
    expect(await names('\u0000tidak-ada')).toEqual([]);
    expect(await names('Amp\u0000lang')).toEqual(['Komunitas Amplang']);
    const tables = await tableNames(t.ctx.db);
    expect(tables).toEqual(expect.arrayContaining(['umkm', 'pengguna']));
    expect(logged).toEqual([]);
  });
});
