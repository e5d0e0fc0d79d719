import { useEffect, useState } from 'react';
import { Button, Flex, Progress, Typography } from 'antd';
import type { ImportProgress } from '../../../../shared/contract/excel';
import { fill, messages } from '../../../../shared/i18n';
import { call } from '../../api/client';
import { useAppEvent } from '../../api/events';

const t = messages.importPages;

/** The write's progress bar and its cancel button; main pushes each step while the commit call runs. */
export function CommitPanel({ sessionId }: { sessionId: string }) {
  const [p, setP] = useState<ImportProgress>({ phase: 'checking', done: 0, total: 0 });
  const [cancelling, setCancelling] = useState(false);
  useAppEvent('import:progress', (e) => e.sessionId === sessionId && setP(e.progress));
  // Where the write already stands when the panel appears (a step pushed before it listened).
  useEffect(() => {
    let live = true;
    void call('import:progress', { sessionId }).then((now) => live && setP((seen) => (seen.done > now.done ? seen : now)), () => undefined);
    return () => {
      live = false;
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
