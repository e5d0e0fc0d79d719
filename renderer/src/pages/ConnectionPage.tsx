import { useState } from 'react';
import { Alert, Col, Row } from 'antd';
import type { ConnectionSaved, ConnectionView } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { useRead } from '../api/queries';
import { ConnectionForm } from '../components/connection/ConnectionForm';
import type { ConnectionFormValues } from '../components/connection/connectionFormValues';
import { RestartNotice } from '../components/connection/RestartNotice';
import { MoveRegistrySection } from '../components/transfer/MoveRegistrySection';
import { Loaded } from '../components/Loaded';
import { PageHeader } from '../components/PageHeader';

const c = messages.connection;
const p = c.page;

function savedText(saved: ConnectionSaved, values: ConnectionFormValues): string {
  if (saved.engine === 'sqlite') return p.savedSqlite;
  const where = fill(p.savedPostgres, { host: values.host, port: values.port ?? '', database: values.database });
  return saved.serverVersion ? `${fill(p.testOk, { version: saved.serverVersion })} ${where}` : where;
}

/** The form starts again whenever the saved setting changes (after a save: no password typed in it). */
const formKey = (v: ConnectionView) => JSON.stringify([v.engine, v.postgres, v.hasPassword, v.problem]);

/**
 * Koneksi basis data (admin): where the app keeps its data, SQLite on this PC or the office's
 * PostgreSQL server, tested before it is saved; the choice takes effect when the app starts again.
 */
export function ConnectionPage() {
  const view = useRead('connection:get', {});
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={p.title} sub={p.sub} />
      <Loaded query={view}>
        {(v) => (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16} xxl={12}>
              <Alert type="info" showIcon title={fill(p.runningNow, { engine: c.engineShort[v.running] })} style={{ marginBottom: 16 }} />
              {v.problem ? <Alert type="error" showIcon title={p.fileProblem} description={v.problem} role="alert" style={{ marginBottom: 16 }} /> : null}
              <ConnectionForm key={formKey(v)} view={v} onSaved={(r, values) => setSaved(savedText(r, values))} />
              {saved ? <RestartNotice text={saved} canRelaunch={v.canRelaunch} /> : null}
              <MoveRegistrySection view={v} />
            </Col>
          </Row>
        )}
      </Loaded>
    </>
  );
}
