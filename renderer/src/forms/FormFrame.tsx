import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Flex, Form, Space } from 'antd';
import { messages } from '../../../shared/i18n';
import { REFUSAL_CLASS, revealFirstError } from './revealFirstError';
import type { FormHandle } from './useContractForm';

/** The reason a save was refused for another clerk's change, above the fields. */
const CONFLICT_CLASS = 'form-edit-conflict';

/**
 * Around a contract form's fields: antd's vertical layout, main's refusal above them, and save and
 * cancel below; on a page in a card, in a modal without one. A save refused (by the checks as
 * typed or by main) takes the clerk to the first field in error and says so in a toast: the
 * Simpan button is at the bottom of a long form, the refusal may be at its top.
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
  const ref = useRef<HTMLFormElement>(null);
  const { message } = App.useApp();
  // Counts the submits that ended; after each is drawn, its errors (if any) are brought to the clerk.
  const [ended, setEnded] = useState(0);
  useEffect(() => {
    if (!ended || !ref.current) return;
    const said = revealFirstError(ref.current);
    if (said) void message.error(said);
    // A save another clerk's change refused: its reason is in view once the dialog is answered.
    else ref.current.querySelector(`.${CONFLICT_CLASS}`)?.scrollIntoView({ block: 'center' });
  }, [ended, message]);
  const rootError = form.rootError ? <Alert type="error" showIcon title={form.rootError} style={{ marginBottom: 16 }} role="alert" className={REFUSAL_CLASS} /> : null;
  // Another clerk's change refused the save: said above the fields while the clerk's typing stays (the dialog said it first).
  const conflict = form.conflict ? <Alert type="warning" showIcon title={form.conflict} style={{ marginBottom: 16 }} className={CONFLICT_CLASS} data-testid="edit-conflict" /> : null;
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
      {conflict}
      {rootError}
      {children}
      {actions}
    </>
  );
  return (
    <Form layout="vertical" component={false}>
      <form ref={ref} onSubmit={(e) => void form.submit(e).finally(() => setEnded((n) => n + 1))} noValidate aria-label={label} data-testid={testId}>
        {inModal ? body : <Card>{body}</Card>}
      </form>
    </Form>
  );
}
