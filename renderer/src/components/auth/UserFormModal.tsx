import { Alert, Form, Input, Modal, Select } from 'antd';
import { useForm } from 'react-hook-form';
import { ROLES, type Role } from '../../../../shared/domain/roles';
import { messages } from '../../../../shared/i18n';
import { FormField } from '../../forms/FormField';
import { showServerErrors } from '../../forms/showServerErrors';

const ui = messages.auth.ui;
export const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: `${messages.auth.roles[r]}: ${messages.auth.roleHelp[r]}` }));

interface Values {
  username: string;
  fullName: string;
  role: Role;
  password: string;
  adminPassword: string;
}

/**
 * A new account (name, role, first password), or only a new password for one account; resetting
 * an admin's asks for the acting admin's own password too (askOwnPassword).
 */
export function UserFormModal({ title, passwordOnly, askOwnPassword, onSave, onClose }: {
  title: string;
  passwordOnly?: boolean;
  askOwnPassword?: boolean;
  onSave: (v: Values) => Promise<unknown>;
  onClose: () => void;
}) {
  const { control, handleSubmit, setError, formState } = useForm<Values>({ defaultValues: { username: '', fullName: '', role: 'operator', password: '', adminPassword: '' } });
  const submit = handleSubmit(async (v) => {
    try {
      await onSave(v);
      onClose();
    } catch (err) {
      showServerErrors(err, setError);
    }
  });
  const rootError = formState.errors.root?.server?.message;
  const text = (p: { id: string; value: unknown; onChange: (v: unknown) => void; onBlur: () => void; status?: 'error' }) => (
    <Input id={p.id} value={p.value as string} onChange={(e) => p.onChange(e.target.value)} onBlur={p.onBlur} status={p.status} />
  );
  return (
    <Modal open title={title} okText={ui.save} cancelText={ui.cancel} onOk={() => void submit()} onCancel={onClose} confirmLoading={formState.isSubmitting} destroyOnHidden>
      {rootError ? <Alert type="error" showIcon title={rootError} style={{ marginBottom: 12 }} /> : null}
      <Form layout="vertical" component="div">
        {passwordOnly ? null : (
          <>
            <FormField<Values> name="fullName" label={ui.fullName} control={control} required render={text} />
            <FormField<Values> name="username" label={ui.username} control={control} required render={text} />
            <FormField<Values>
              name="role"
              label={ui.role}
              control={control}
              required
              render={(p) => <Select id={p.id} value={p.value as Role} onChange={p.onChange} options={ROLE_OPTIONS} />}
            />
          </>
        )}
        <FormField<Values>
          name="password"
          label={ui.password}
          control={control}
          required
          extra={ui.passwordHelp}
          render={(p) => <Input.Password id={p.id} value={p.value as string} onChange={(e) => p.onChange(e.target.value)} onBlur={p.onBlur} status={p.status} autoComplete="new-password" />}
        />
        {askOwnPassword ? (
          <FormField<Values>
            name="adminPassword"
            label={ui.ownPassword}
            control={control}
            required
            extra={ui.ownPasswordHelp}
            render={(p) => <Input.Password id={p.id} value={p.value as string} onChange={(e) => p.onChange(e.target.value)} onBlur={p.onBlur} status={p.status} autoComplete="current-password" />}
          />
        ) : null}
      </Form>
    </Modal>
  );
}
