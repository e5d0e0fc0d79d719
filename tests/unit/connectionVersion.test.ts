// The PostgreSQL server's version as the connection test reads it (server_version_num), and the
// mapping of the driver's errors that the real-server tests cannot provoke (pg_hba refusals, DNS).
import { describe, expect, it } from 'vitest';
import { fill, messages } from '../../shared/i18n';
import { connectionError } from '../../electron/core/db/connection/connectionErrors';
import { isTooOld, MIN_SERVER_VERSION_NUM, serverVersionText } from '../../electron/core/db/connection/serverVersion';

const e = messages.connection.errors;
const params = { host: 'server-umkm', port: 5432, database: 'umkm', user: 'petugas' };

describe('server version', () => {
  it('reads server_version_num as people write versions', () => {
    expect(serverVersionText(150018)).toBe('15.18');
    expect(serverVersionText(130000)).toBe('13.0');
    expect(serverVersionText(170002)).toBe('17.2');
    expect(serverVersionText(120022)).toBe('12.22');
    expect(serverVersionText(90624)).toBe('9.6.24');
    expect(serverVersionText(100023)).toBe('10.23');
  });

  it('refuses servers older than PostgreSQL 13, and anything unreadable', () => {
    expect(MIN_SERVER_VERSION_NUM).toBe(130000);
    for (const num of [90624, 100023, 110022, 120022, 129999]) expect(isTooOld(num), String(num)).toBe(true);
    for (const num of [130000, 130016, 150018, 170002, 180000]) expect(isTooOld(num), String(num)).toBe(false);
    for (const num of [NaN, 0, -1]) expect(isTooOld(num), String(num)).toBe(true);
  });
});

describe('connectionError', () => {
  const errorWith = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message ?? '')), fields);

  it('tells a pg_hba.conf refusal that wants TLS from one that does not let this PC in', () => {
    const tlsWanted = connectionError(errorWith({ code: '28000', message: 'no pg_hba.conf entry for host "10.0.0.9", user "petugas", database "umkm", no encryption' }), params);
    expect([tlsWanted.reason, tlsWanted.message]).toEqual(['tlsRequired', fill(e.tlsRequired, params)]);
    const notHere = connectionError(errorWith({ code: '28000', message: 'pg_hba.conf rejects connection for host "10.0.0.9", user "petugas", database "umkm", SSL encryption' }), params);
    expect([notHere.reason, notHere.message]).toEqual(['notAllowed', fill(e.notAllowed, params)]);
    expect(connectionError(errorWith({ code: '28000', message: 'role "x" does not exist' }), params).reason).toBe('wrongPassword');
  });

  it('counts an unknown name, an unreachable network and attempts at every address as unreachable', () => {
    for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNREFUSED']) {
      const err = connectionError(errorWith({ code, message: `connect ${code}` }), params);
      expect([err.code, err.reason, err.message], code).toEqual(['DB_CONNECTION', 'unreachable', fill(e.unreachable, params)]);
    }
    const many = Object.assign(new AggregateError([errorWith({ code: 'ECONNREFUSED' }), errorWith({ code: 'ECONNREFUSED' })], ''), {});
    expect(connectionError(many, params).reason).toBe('unreachable');
    expect(connectionError(new Error('Connection terminated due to connection timeout'), params).reason).toBe('unreachable');
  });

  it('names an expired certificate and one for another name', () => {
    expect(connectionError(errorWith({ code: 'CERT_HAS_EXPIRED', message: 'certificate has expired' }), params).message).toBe(
      fill(e.tlsCertificate, { ...params, detail: messages.connection.certificate.expired }),
    );
    expect(connectionError(errorWith({ code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: 'Hostname/IP does not match' }), params).message).toBe(
      fill(e.tlsCertificate, { ...params, detail: messages.connection.certificate.wrongName }),
    );
  });

  it('keeps the server words of anything else, after the settings it tried', () => {
    const err = connectionError(errorWith({ code: '53300', message: 'sorry, too many clients already' }), params);
    expect([err.reason, err.message]).toEqual(['other', fill(e.other, { ...params, detail: 'sorry, too many clients already' })]);
  });
});
