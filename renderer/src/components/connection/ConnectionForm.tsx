import { Alert, Button, Card, Col, Divider, Form, Input, InputNumber, Radio, Row, Space, Switch, Typography } from 'antd';
import { ApiOutlined } from '@ant-design/icons';
import { useWatch } from 'react-hook-form';
import type { ConnectionSaved, ConnectionView } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { FormField } from '../../forms/FormField';
import type { ConnectionFormValues } from './connectionFormValues';
import { useConnectionForm, type Outcome } from './useConnectionForm';

const c = messages.connection;
const p = c.page;
const f = c.fields;

function OutcomeAlert({ outcome }: { outcome: Outcome }) {
  return (
    <Alert
      type={outcome.ok ? 'success' : 'error'}
      showIcon
      title={outcome.text}
      role={outcome.ok ? 'status' : 'alert'}
      data-testid="connection-outcome"
      style={{ marginTop: 16 }}
    />
  );
}

/** The admin's choice of database: SQLite on this PC, or the office's PostgreSQL server. */
export function ConnectionForm({ view, onSaved }: { view: ConnectionView; onSaved: (saved: ConnectionSaved, values: ConnectionFormValues) => void }) {
  const { form, outcome, test, save, backToSqlite, testing, saving } = useConnectionForm(view, onSaved);
  const control = form.control;
  const postgres = useWatch({ control, name: 'engine' }) === 'postgres';
  const text = (name: 'host' | 'database' | 'user', label: string, placeholder?: string) => (
    <FormField<ConnectionFormValues>
      name={name}
      label={label}
      control={control}
      required
      render={(i) => (
        <Input id={i.id} value={(i.value as string) ?? ''} status={i.status} onBlur={i.onBlur} placeholder={placeholder} autoComplete="off" spellCheck={false} onChange={(e) => i.onChange(e.target.value)} />
      )}
    />
  );
  return (
    <Form layout="vertical" component={false}>
      <form
        aria-label={p.formLabel}
        data-testid="connection-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(e);
        }}
      >
        <Card>
          <FormField<ConnectionFormValues>
            name="engine"
            label={f.engine}
            control={control}
            render={(i) => (
              <Radio.Group id={i.id} value={i.value} onChange={(e) => i.onChange(e.target.value)}>
                <Space orientation="vertical">
                  <Radio value="sqlite">{c.engines.sqlite}</Radio>
                  <Radio value="postgres">{c.engines.postgres}</Radio>
                </Space>
              </Radio.Group>
            )}
          />
          {postgres ? (
            <>
              <Typography.Paragraph type="secondary">{p.postgresHint}</Typography.Paragraph>
              <Divider style={{ margin: '8px 0 16px' }} />
              <Row gutter={16}>
                <Col xs={24} md={16}>
                  {text('host', f.host, p.hostPlaceholder)}
                </Col>
                <Col xs={24} md={8}>
                  <FormField<ConnectionFormValues>
                    name="port"
                    label={f.port}
                    control={control}
                    required
                    render={(i) => (
                      <InputNumber<number>
                        id={i.id}
                        min={1}
                        max={65535}
                        precision={0}
                        controls={false}
                        style={{ width: '100%' }}
                        value={typeof i.value === 'number' ? i.value : null}
                        status={i.status}
                        onBlur={i.onBlur}
                        onChange={(v) => i.onChange(v ?? null)}
                      />
                    )}
                  />
                </Col>
                <Col xs={24} md={12}>
                  {text('database', f.database)}
                </Col>
                <Col xs={24} md={12}>
                  {text('user', f.user)}
                </Col>
                <Col xs={24} md={12}>
                  <FormField<ConnectionFormValues>
                    name="password"
                    label={f.password}
                    control={control}
                    required={!view.hasPassword}
                    render={(i) => (
                      <Input.Password
                        id={i.id}
                        value={(i.value as string) ?? ''}
                        status={i.status}
                        onBlur={i.onBlur}
                        autoComplete="new-password"
                        placeholder={view.hasPassword ? p.passwordKeep : p.passwordNew}
                        onChange={(e) => i.onChange(e.target.value)}
                      />
                    )}
                  />
                </Col>
                <Col xs={24} md={12}>
                  <FormField<ConnectionFormValues>
                    name="tls"
                    label={f.tls}
                    control={control}
                    extra={p.tlsHint}
                    render={(i) => <Switch id={i.id} checked={Boolean(i.value)} onChange={(v) => i.onChange(v)} />}
                  />
                </Col>
              </Row>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {p.passwordSafety}
              </Typography.Paragraph>
            </>
          ) : (
            <Typography.Paragraph type="secondary">{fill(p.sqliteHere, { file: view.sqliteFile })}</Typography.Paragraph>
          )}
          <Space wrap>
            <Button icon={<ApiOutlined />} disabled={!postgres} loading={testing} onClick={() => void test()}>
              {testing ? p.testing : p.test}
            </Button>
            <Button type="primary" htmlType="submit" loading={saving}>
              {p.save}
            </Button>
            {/* One click back to this PC's own database, whatever the form holds. */}
            {view.engine === 'postgres' ? (
              <Button onClick={backToSqlite} disabled={saving}>
                {p.backToSqlite}
              </Button>
            ) : null}
          </Space>
          {outcome ? <OutcomeAlert outcome={outcome} /> : null}
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 16, marginBottom: 0 }}>
            {fill(p.settingsFile, { file: view.file })}
          </Typography.Paragraph>
        </Card>
      </form>
    </Form>
  );
}
