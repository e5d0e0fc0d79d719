import { useQueryClient } from '@tanstack/react-query';
import { messages } from '../../../shared/i18n';
import { ApiError, call } from '../api/client';
import { AuthCard } from '../components/auth/PasswordForm';

const ui = messages.auth.ui;

/** First start: the administrator's account, signed in at once. */
export function SetupPage() {
  const qc = useQueryClient();
  return (
    <AuthCard
      title={ui.setupTitle}
      intro={ui.setupIntro}
      submit={ui.setupSubmit}
      fields={[
        { name: 'fullName', label: ui.fullName, autoComplete: 'name' },
        { name: 'username', label: ui.username, autoComplete: 'username' },
        { name: 'password', label: ui.password, password: true, autoComplete: 'new-password', extra: ui.passwordHelp },
        { name: 'passwordRepeat', label: ui.passwordRepeat, password: true, autoComplete: 'new-password' },
      ]}
      onSubmit={async (v) => {
        if (v.password !== v.passwordRepeat) {
          const msg = messages.auth.validation.passwordMismatch;
          throw new ApiError({ code: 'VALIDATION', message: msg, fields: { passwordRepeat: msg } });
        }
        await call('auth:setup', { username: v.username ?? '', fullName: v.fullName ?? '', password: v.password ?? '' });
        await qc.resetQueries();
      }}
    />
  );
}
