import { Button, Result } from 'antd';
import { HomeOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { messages } from '../../../shared/i18n';

const t = messages.notFoundPage;

/** An unknown address, or a page this role may not open: what happened and the way back. */
export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t.title}
      subTitle={t.text}
      extra={
        <Button type="primary" icon={<HomeOutlined />} onClick={() => navigate('/')}>
          {t.back}
        </Button>
      }
    />
  );
}
