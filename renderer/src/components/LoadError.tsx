import { Alert, Button } from 'antd';
import { messages } from '../../../shared/i18n';
import { errorMessage } from '../api/client';

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title={errorMessage(error)}
      action={onRetry ? <Button onClick={onRetry}>{messages.common.retry}</Button> : undefined}
    />
  );
}
