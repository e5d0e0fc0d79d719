import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { messages } from '../../../shared/i18n';

export function NotFoundPage() {
  const navigate = useNavigate();
  return <Result status="404" title="404" extra={<Button onClick={() => navigate('/')}>{messages.nav.dashboard}</Button>} />;
}
