import type { ReactNode } from 'react';
import { Alert, Button, Card, Flex, Form, Space } from 'antd';
import { messages } from '../../../shared/i18n';
import type { FormHandle } from './useContractForm';

/**
 * Around a contract form's fields: antd's vertical layout, main's refusal above them, and save and
 * cancel below; on a page in a card, in a modal without one.
 */
export function FormFrame({
  form,
  label,
  onCancel,
  children,
  inModal,
  aside,
  testId,
}: {
  form: FormHandle;
  label: string;
  onCancel: () => void;
  children: ReactNode;
  inModal?: boolean;
  /** In a modal: a button at the far end of the actions (a record's delete). */
  aside?: ReactNode;
  testId?: string;
}) {
  const rootError = form.rootError ? <Alert type="error" showIcon title={form.rootError} style={{ marginBottom: 16 }} role="alert" /> : null;
  const buttons = (
    <Space>
      <Button type="primary" htmlType="submit" loading={form.saving}>
        {messages.pc.save}
      </Button>
      <Button onClick={onCancel}>{messages.pc.cancel}</Button>
    </Space>
  );
  const actions = inModal ? (
    <Flex justify="space-between" gap={8} wrap>
      {buttons}
      {aside}
    </Flex>
  ) : (
    buttons
  );
  const body = (
    <>
      {rootError}
      {children}
      {actions}
    </>
  );
  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={(e) => void form.submit(e)} noValidate aria-label={label} data-testid={testId}>
        {inModal ? body : <Card>{body}</Card>}
      </form>
    </Form>
  );
}
