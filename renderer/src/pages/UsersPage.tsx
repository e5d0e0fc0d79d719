import { useState } from 'react';
import { App as AntApp, Button, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserAccount } from '../../../shared/contract';
import { ROLES, type Role } from '../../../shared/domain/roles';
import { formatDateTime } from '../../../shared/format/date';
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

  // Wrong passwords hold a name for a while; the admin lifts it once sure the owner is the one trying.
  const confirmLift = (u: UserAccount) =>
    dialog.confirm({
      title: fill(ui.liftWaitTitle, { username: u.username }),
      content: fill(ui.liftWaitText, { n: u.failedAttempts, name: u.fullName }),
      okText: ui.liftWait,
      cancelText: ui.cancel,
      onOk: async () => {
        try {
          await call('users:unlock', { id: u.id });
          message.success(fill(ui.waitLifted, { username: u.username }));
        } catch (err) {
          message.error(errorMessage(err));
        } finally {
          await qc.invalidateQueries({ queryKey: USERS_KEY });
        }
      },
    });

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
          { title: ui.lastLogin, dataIndex: 'lastLoginAt', render: (at: string | null) => (at ? formatDateTime(at) : ui.never) },
          {
            title: ui.attempts,
            dataIndex: 'failedAttempts',
            render: (n: number, u) =>
              n > 0 || u.waitUntil ? (
                <div data-testid={`attempts-${u.username}`} style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 2 }}>
                  <Tag color={u.waitUntil ? 'orange' : undefined}>{fill(ui.attemptsCount, { n })}</Tag>
                  {u.waitUntil ? <span style={{ fontSize: 12 }}>{fill(ui.waitingUntil, { time: formatDateTime(u.waitUntil) })}</span> : null}
                </div>
              ) : (
                <span style={{ color: 'rgba(0,0,0,0.45)' }}>{ui.attemptsNone}</span>
              ),
          },
          {
            title: ui.actions,
            // Three buttons wrap in two lines on the 1024 px screens rather than run off the page.
            width: 240,
            render: (_v, u) => (
              <Space wrap size={[8, 8]}>
                <Button size="small" danger={u.active} onClick={() => confirmActive(u)}>
                  {u.active ? ui.deactivate : ui.activate}
                </Button>
                <Button size="small" onClick={() => setModal({ kind: 'password', user: u })}>
                  {ui.resetPassword}
                </Button>
                {u.failedAttempts > 0 || u.waitUntil ? (
                  <Button size="small" onClick={() => confirmLift(u)}>
                    {ui.liftWait}
                  </Button>
                ) : null}
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
            // The form's own-password field is only for resetting an admin's password.
            const { adminPassword: _own, ...account } = v;
            const u = await call('users:create', account);
            message.success(fill(ui.userCreated, { username: u.username }));
            await qc.invalidateQueries({ queryKey: USERS_KEY });
          }}
        />
      ) : null}
      {modal?.kind === 'password' ? (
        <UserFormModal
          title={fill(ui.resetTitle, { username: modal.user.username })}
          passwordOnly
          askOwnPassword={modal.user.role === 'admin'}
          onClose={() => setModal(null)}
          onSave={async (v) => {
            const own = modal.user.role === 'admin' ? { adminPassword: v.adminPassword } : {};
            await call('users:update', { id: modal.user.id, changes: { password: v.password }, ...own });
            message.success(ui.saved);
            await qc.invalidateQueries({ queryKey: USERS_KEY });
          }}
        />
      ) : null}
    </>
  );
}
