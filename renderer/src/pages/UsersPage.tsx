import { useState } from 'react';
import { App as AntApp, Button, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserAccount } from '../../../shared/contract';
import { ROLES, type Role } from '../../../shared/domain/roles';
import { fill, messages } from '../../../shared/i18n';
import { call, errorMessage } from '../api/client';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { UserFormModal } from '../components/auth/UserFormModal';
import { useCan } from '../hooks/useCan';
import { NotFoundPage } from './NotFoundPage';

const ui = messages.auth.ui;
const USERS_KEY = ['users:list'] as const;
const roles = messages.auth.roles;

/** The admin's page: accounts, their roles, deactivation and password resets. */
export function UsersPage() {
  const allowed = useCan('users:list');
  const qc = useQueryClient();
  const { message, modal: dialog } = AntApp.useApp();
  const users = useQuery({ queryKey: USERS_KEY, queryFn: () => call('users:list', {}), enabled: allowed });
  const [modal, setModal] = useState<{ kind: 'add' } | { kind: 'password'; user: UserAccount } | null>(null);
  if (!allowed) return <NotFoundPage />;

  const update = async (id: number, changes: { role?: Role; active?: boolean; password?: string }) => {
    try {
      await call('users:update', { id, changes });
      message.success(ui.saved);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      await qc.invalidateQueries({ queryKey: USERS_KEY });
    }
  };

  // A role or an account's access changes only after the admin has read what will change.
  const confirmRole = (u: UserAccount, to: Role) =>
    dialog.confirm({
      title: fill(ui.roleConfirmTitle, { username: u.username }),
      content: fill(ui.roleConfirmText, { name: u.fullName, from: roles[u.role], to: roles[to], may: messages.auth.roleHelp[to] }),
      okText: ui.roleConfirmOk,
      cancelText: ui.cancel,
      onOk: () => update(u.id, { role: to }),
    });
  const confirmActive = (u: UserAccount) =>
    dialog.confirm({
      title: fill(u.active ? ui.deactivateConfirmTitle : ui.activateConfirmTitle, { username: u.username }),
      content: fill(u.active ? ui.deactivateConfirmText : ui.activateConfirmText, { name: u.fullName, role: roles[u.role] }),
      okText: u.active ? ui.deactivate : ui.activate,
      okButtonProps: { danger: u.active },
      cancelText: ui.cancel,
      onOk: () => update(u.id, { active: !u.active }),
    });

  return (
    <>
      <PageHeader
        title={ui.usersTitle}
        sub={ui.usersIntro}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ kind: 'add' })}>
            {ui.addUser}
          </Button>
        }
      />
      {users.isError ? <LoadError error={users.error} onRetry={() => void users.refetch()} /> : null}
      <Table<UserAccount>
        rowKey="id"
        loading={users.isPending}
        dataSource={users.data ?? []}
        pagination={false}
        columns={[
          { title: ui.username, dataIndex: 'username' },
          { title: ui.fullName, dataIndex: 'fullName' },
          {
            title: ui.role,
            dataIndex: 'role',
            render: (role: Role, u) => (
              <Select
                aria-label={`${ui.role} ${u.username}`}
                value={role}
                style={{ width: 140 }}
                onChange={(r) => confirmRole(u, r)}
                options={ROLES.map((r) => ({ value: r, label: messages.auth.roles[r] }))}
              />
            ),
          },
          { title: ui.status, dataIndex: 'active', render: (a: boolean) => (a ? <Tag color="green">{ui.active}</Tag> : <Tag>{ui.inactive}</Tag>) },
          { title: ui.lastLogin, dataIndex: 'lastLoginAt', render: (at: string | null) => (at ? new Date(at).toLocaleString('id-ID') : ui.never) },
          {
            title: ui.actions,
            render: (_v, u) => (
              <Space>
                <Button size="small" danger={u.active} onClick={() => confirmActive(u)}>
                  {u.active ? ui.deactivate : ui.activate}
                </Button>
                <Button size="small" onClick={() => setModal({ kind: 'password', user: u })}>
                  {ui.resetPassword}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {modal?.kind === 'add' ? (
        <UserFormModal
          title={ui.addUser}
          onClose={() => setModal(null)}
          onSave={async (v) => {
            const u = await call('users:create', v);
            message.success(fill(ui.userCreated, { username: u.username }));
            await qc.invalidateQueries({ queryKey: USERS_KEY });
          }}
        />
      ) : null}
      {modal?.kind === 'password' ? (
        <UserFormModal
          title={fill(ui.resetTitle, { username: modal.user.username })}
          passwordOnly
          onClose={() => setModal(null)}
          onSave={async (v) => {
            await call('users:update', { id: modal.user.id, changes: { password: v.password } });
            message.success(ui.saved);
          }}
        />
      ) : null}
    </>
  );
}
