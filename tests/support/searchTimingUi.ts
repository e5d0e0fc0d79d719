// Timing a search box as the clerk feels it, measured inside the page: shared by the registry's e2e
// regression test and the search benchmark (tests/bench), so both measure the same thing.
import type { Page } from '@playwright/test';

/**
 * Times every key typed into the focused element: from the key event's own time stamp (so any
 * wait for a busy main thread counts) to the first frame painted after its handlers ran.
 */
export async function recordKeyLatency(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { keyLatency: number[]; lastKeyAt: number };
    w.keyLatency = [];
    w.lastKeyAt = 0;
    document.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp;
        w.lastKeyAt = start;
        // The frame after this key's handlers and render: rAF fires before its paint, the timeout after it.
        requestAnimationFrame(() => setTimeout(() => w.keyLatency.push(performance.now() - start), 0));
      },
      true,
    );
  });
}

/** The key latencies recorded since recordKeyLatency (ms), emptied for the next term. */
export async function takeKeyLatencies(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { keyLatency: number[] };
    const out = w.keyLatency;
    w.keyLatency = [];
    return out;
  });
}

/** Resolves, in the page, at the moment the registry's total reads `totalText` (ms after the last key). */
export function whenListed(page: Page, totalText: string): Promise<number> {
  return page.evaluate(
    (text) =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { lastKeyAt: number };
        const check = () => {
          // The count under the page's title.
          if (document.querySelector('h3.ant-typography + .ant-typography')?.textContent !== text) return false;
          resolve(performance.now() - w.lastKeyAt);
          return true;
        };
        if (check()) return;
        const obs = new MutationObserver(() => {
          if (check()) obs.disconnect();
        });
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    totalText,
  );
}

/** The value at fraction q of the sorted values (0.5: the median, 0.95: p95). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/** CPU throttling through the DevTools protocol: `rate` times slower than this machine. */
export async function throttleCpu(page: Page, rate: number): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return async () => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  };
}
