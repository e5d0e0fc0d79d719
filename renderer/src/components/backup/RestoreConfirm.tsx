import { useState } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { fill, messages } from '../../../../shared/i18n';

const t = messages.backupPage;

/**
 * Asks before the whole database is replaced; names what replaces it. When main answered that the
 * backup is not signed by this installation (`unverified`: its message), the admin may still
 * restore it by typing their own password, which says they trust where it came from.
 */
export function RestoreConfirm({
  name,
  busy,
  unverified,
  passwordError,
  onConfirm,
  onCancel,
}: {
  name: string;
  busy: boolean;
  unverified?: string | null;
  passwordError?: string | null;
  onConfirm: (trustPassword?: string) => void;
  onCancel: () => void;
}) {
  const [password, setPassword] = useState('');
  return (
    <Modal
      open
      title={unverified ? t.unverifiedTitle : t.restoreTitle}
      okText={unverified ? t.trustConfirm : t.restore}
      okButtonProps={{ danger: true, disabled: Boolean(unverified) && password === '' }}
      cancelText={messages.common.back}
      confirmLoading={busy}
      onOk={() => onConfirm(unverified ? password : undefined)}
      onCancel={onCancel}
      maskClosable={false}
      destroyOnHidden
    >
      <Typography.Paragraph>{fill(t.restoreText, { name })}</Typography.Paragraph>
      {unverified ? (
        <>
          <Alert type="warning" showIcon title={unverified} style={{ marginBottom: 16 }} data-testid="restore-unverified" />
          <Form layout="vertical" onFinish={() => password !== '' && onConfirm(password)}>
            <Form.Item label={t.trustLabel} validateStatus={passwordError ? 'error' : undefined} help={passwordError ?? undefined}>
              <Input.Password autoFocus autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} data-testid="trust-password" />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
