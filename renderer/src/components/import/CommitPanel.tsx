import { useEffect, useState } from 'react';
import { Button, Flex, Progress, Typography } from 'antd';
import type { ImportProgress } from '../../../../shared/contract/excel';
import { fill, messages } from '../../../../shared/i18n';
import { call } from '../../api/client';

const t = messages.importPages;
const POLL_MS = 300;

/** The write's progress bar and its cancel button, polled while the commit call runs. */
export function CommitPanel({ sessionId }: { sessionId: string }) {
  const [p, setP] = useState<ImportProgress>({ phase: 'checking', done: 0, total: 0 });
  const [cancelling, setCancelling] = useState(false);
  useEffect(() => {
    let live = true;
    const timer = setInterval(() => {
      void call('import:progress', { sessionId }).then((next) => live && setP(next), () => undefined);
    }, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [sessionId]);
  const percent = p.phase === 'writing' && p.total > 0 ? Math.round((p.done / p.total) * 100) : 0;
  return (
    <Flex vertical gap={8} style={{ maxWidth: 560 }} role="status">
      <Typography.Text>{p.phase === 'writing' ? fill(t.writing, { done: p.done, total: p.total }) : fill(t.checking, { done: p.done })}</Typography.Text>
      <Progress percent={percent} status="active" />
      <Button
        danger
        loading={cancelling}
        onClick={() => {
          setCancelling(true);
          void call('import:cancel', { sessionId });
        }}
        style={{ alignSelf: 'flex-start' }}
      >
        {t.cancel}
      </Button>
    </Flex>
  );
}
