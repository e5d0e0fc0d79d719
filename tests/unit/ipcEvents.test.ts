// The shell's half of pushed events: each reaches the window of its session, or every window.
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNEL, type AppEvent } from '../../shared/contract/events';
import { CoreEvents } from '../../electron/core/events';
import type { CoreGateway } from '../../electron/core/gateway/gateway';
import { forwardEvents, type WebContentsLike } from '../../electron/main/ipc';

function contents(id: number, destroyed = false) {
  const got: unknown[][] = [];
  const wc: WebContentsLike = { id, isDestroyed: () => destroyed, send: (...args: unknown[]) => void got.push(args) };
  return { wc, got };
}

describe('forwardEvents', () => {
  it('sends an event for a session to its window only, and one for nobody in particular to all', () => {
    const events = new CoreEvents();
    const gateway = { onEvent: (l) => events.subscribe(l) } as Pick<CoreGateway, 'onEvent'> as CoreGateway;
    const a = contents(1);
    const b = contents(2);
    const gone = contents(3, true);
    const stop = forwardEvents(gateway, () => [a.wc, b.wc, gone.wc]);
    events.emit('auth:changed', { locked: true }, 'ipc:2');
    const progress: AppEvent = { name: 'import:progress', data: { sessionId: 's', progress: { phase: 'writing', done: 5, total: 9 } } };
    events.emit('import:progress', progress.data as AppEvent<'import:progress'>['data']);
    expect(a.got).toEqual([[EVENT_CHANNEL, progress]]);
    expect(b.got).toEqual([[EVENT_CHANNEL, { name: 'auth:changed', data: { locked: true } }], [EVENT_CHANNEL, progress]]);
    expect(gone.got).toEqual([]);
    stop();
    events.emit('auth:changed', { locked: true }, 'ipc:1');
    expect(a.got).toHaveLength(1);
  });
});
