import { Button, Flex, Tag, Typography } from 'antd';
import { LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { messages } from '../../../../shared/i18n';
import { call } from '../../api/client';
import { AUTH_STATUS_KEY, useAuthStatus } from './authStatus';

const ui = messages.auth.ui;

/** Who is signed in, in what role, and the two ways to leave the desk: lock, or sign out. */
export function UserMenu() {
  const qc = useQueryClient();
  const user = useAuthStatus().data?.user;
  if (!user) return null;
  return (
    <Flex align="center" gap={8} justify="flex-end" data-testid="user-menu">
      <UserOutlined />
      <Typography.Text strong>{user.fullName}</Typography.Text>
      <Typography.Text type="secondary">({user.username})</Typography.Text>
      <Tag color={user.role === 'admin' ? 'red' : user.role === 'operator' ? 'blue' : 'default'}>{messages.auth.roles[user.role]}</Tag>
      <Button
        size="small"
        icon={<LockOutlined />}
        onClick={async () => {
          qc.setQueryData(AUTH_STATUS_KEY, await call('auth:lock', {}));
        }}
      >
        {ui.lock}
      </Button>
      <Button
        size="small"
        icon={<LogoutOutlined />}
        onClick={async () => {
          await call('auth:logout', {});
          await qc.resetQueries();
        }}
      >
        {ui.logout}
      </Button>
    </Flex>
  );
}
