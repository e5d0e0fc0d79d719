import { Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { SessionUser } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { call } from '../../api/client';
import { AuthCard } from './PasswordForm';

const ui = messages.auth.ui;

/** The session main locked: the page stays behind it, only the password (or signing out) opens it. */
export function LockScreen({ user }: { user: SessionUser }) {
  const qc = useQueryClient();
  return (
    <AuthCard
      title={ui.lockTitle}
      intro={fill(ui.lockIntro, { name: `${user.fullName} (${user.username})` })}
      submit={ui.unlockSubmit}
      fields={[{ name: 'password', label: ui.password, password: true, autoComplete: 'current-password' }]}
      onSubmit={async (v) => {
        await call('auth:unlock', { password: v.password ?? '' });
        await qc.invalidateQueries();
      }}
      footer={
        <Button
          type="link"
          block
          style={{ marginTop: 8 }}
          onClick={async () => {
            await call('auth:logout', {});
            await qc.resetQueries();
          }}
        >
          {ui.otherUser}
        </Button>
      }
    />
  );
}
