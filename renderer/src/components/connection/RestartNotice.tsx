import { Alert, Button, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { messages } from '../../../../shared/i18n';
import { call, errorMessage } from '../../api/client';

const p = messages.connection.page;

/**
 * After a save: the app opens the new choice at its next start. The desktop app offers to restart
 * now; the browser preview cannot restart itself and says to do it by hand.
 */
export function RestartNotice({ text, canRelaunch }: { text: string; canRelaunch: boolean }) {
  const relaunch = useMutation({ mutationFn: () => call('app:relaunch', {}) });
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="connection-restart"
      role="status"
      style={{ marginTop: 16 }}
      title={p.saved}
      description={
        <Space orientation="vertical" size={8}>
          <span>{text}</span>
          {canRelaunch ? (
            <Button type="primary" icon={<ReloadOutlined />} loading={relaunch.isPending || relaunch.isSuccess} onClick={() => relaunch.mutate()}>
              {p.restartNow}
            </Button>
          ) : (
            <span>{p.restartManual}</span>
          )}
          {relaunch.error ? <Typography.Text type="danger">{errorMessage(relaunch.error)}</Typography.Text> : null}
        </Space>
      }
    />
  );
}
