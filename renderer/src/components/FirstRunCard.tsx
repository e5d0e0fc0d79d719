import { App, Button, Card, Space, Typography } from 'antd';
import { errorMessage } from '../api/client';
import { useWrite } from '../api/queries';
import { fill, messages } from '../../../shared/i18n';
import { Can } from './auth/Can';

const d = messages.dashboard;

/** Shown once, on an empty registry: load the demo data or start empty. */
export function FirstRunCard() {
  const { message } = App.useApp();
  const seed = useWrite('demo:seed');
  const empty = useWrite('app:startEmpty');
  const onError = (err: unknown) => void message.error(errorMessage(err));
  return (
    <Card style={{ marginBottom: 16, borderColor: '#0b6e4f' }} data-testid="first-run">
      <Typography.Title level={4}>{d.firstRunTitle}</Typography.Title>
      <Typography.Paragraph>{d.firstRunText}</Typography.Paragraph>
      <Space>
        <Can channel="demo:seed">
          <Button
            type="primary"
            loading={seed.isPending}
            // Awaited rather than a per-call onSuccess: the card unmounts once the data reloads, and
            // react-query drops per-call callbacks of an unmounted component.
            onClick={() => seed.mutateAsync({ umkm: 60 }).then((r) => void message.success(fill(d.demoLoaded, { n: r.umkm })), onError)}
          >
            {d.loadDemo}
          </Button>
        </Can>
        <Can channel="app:startEmpty">
          <Button loading={empty.isPending} onClick={() => empty.mutate({}, { onError })}>
            {d.startEmpty}
          </Button>
        </Can>
      </Space>
    </Card>
  );
}
