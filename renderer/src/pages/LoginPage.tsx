import { useQueryClient } from '@tanstack/react-query';
import { messages } from '../../../shared/i18n';
import { call } from '../api/client';
import { AuthCard } from '../components/auth/PasswordForm';

const ui = messages.auth.ui;

export function LoginPage() {
  const qc = useQueryClient();
  return (
    <AuthCard
      title={ui.loginTitle}
      intro={messages.app.title}
      submit={ui.loginSubmit}
      fields={[
        { name: 'username', label: ui.username, autoComplete: 'username' },
        { name: 'password', label: ui.password, password: true, autoComplete: 'current-password' },
      ]}
      onSubmit={async (v) => {
        await call('auth:login', { username: v.username ?? '', password: v.password ?? '' });
        // Whatever the previous user saw is not this user's to see.
        await qc.resetQueries();
      }}
    />
  );
}
