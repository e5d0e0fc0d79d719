import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { FormField } from '../../forms/FormField';
import { showServerErrors } from '../../forms/showServerErrors';

export interface AuthField {
  name: string;
  label: string;
  password?: boolean;
  autoComplete?: string;
  /** A line under the field (what a new password must be). */
  extra?: string;
}

/** The one card every auth screen is: a title, a few fields, a submit, the refusal at its field. */
export function AuthCard({ title, intro, fields, submit, onSubmit, footer }: {
  title: string;
  intro?: ReactNode;
  fields: AuthField[];
  submit: string;
  onSubmit: (values: Record<string, string>) => Promise<unknown>;
  footer?: ReactNode;
}) {
  const { control, handleSubmit, setError, formState } = useForm<Record<string, string>>({
    defaultValues: Object.fromEntries(fields.map((f) => [f.name, ''])),
  });
  const run = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (err) {
      showServerErrors(err, setError);
    }
  });
  const rootError = (formState.errors as { root?: { server?: { message?: string } } }).root?.server?.message;
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f7f6' }}>
      <Card style={{ width: 420 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {intro ? <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph> : null}
        {rootError ? <Alert type="error" showIcon title={rootError} style={{ marginBottom: 16 }} role="alert" /> : null}
        <Form layout="vertical" onFinish={() => void run()} component="form">
          {fields.map((f) => (
            <FormField
              key={f.name}
              name={f.name}
              label={f.label}
              control={control}
              required
              extra={f.extra}
              render={(p) =>
                f.password ? (
                  <Input.Password id={p.id} value={p.value as string} onChange={(e) => p.onChange(e.target.value)} onBlur={p.onBlur} status={p.status} autoComplete={f.autoComplete} />
                ) : (
                  <Input id={p.id} value={p.value as string} onChange={(e) => p.onChange(e.target.value)} onBlur={p.onBlur} status={p.status} autoComplete={f.autoComplete} />
                )
              }
            />
          ))}
          <Button type="primary" htmlType="submit" block loading={formState.isSubmitting}>
            {submit}
          </Button>
        </Form>
        {footer}
      </Card>
    </div>
  );
}
