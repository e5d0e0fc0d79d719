import path from 'node:path';
import type { Page } from '@playwright/test';

/** The two screens the clerks' PCs have: the office's laptops and its older monitors. */
export const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1024, height: 640 },
] as const;

/**
 * Resolves in the page once no antd motion (appear, enter, leave) is running, or after `limit` ms.
 * Typed without the DOM (this file is checked for Node); a function, never a string (the app's
 * Content-Security-Policy refuses string evaluation).
 */
function motionDone(limit: number): Promise<void> {
  const doc = (globalThis as unknown as { document: { querySelector(selector: string): unknown } }).document;
  const until = Date.now() + limit;
  return new Promise((resolve) => {
    const check = () => {
      if (!doc.querySelector('[class*="-appear"], [class*="-enter"], [class*="-leave"]') || Date.now() > until) resolve();
      else setTimeout(check, 50);
    };
    check();
  });
}

/**
 * Saves what the clerk sees, for a person to look at after the run:
 * test-results/screens/<name>-<width>x<height>.png (kept by CI as an artifact of the run).
 */
export async function saveScreen(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  const size = page.viewportSize();
  const file = path.join('test-results', 'screens', `${name}-${size?.width ?? 0}x${size?.height ?? 0}.png`);
  // After antd's opening and closing animations (a dialog caught mid-zoom shows half-faded).
  await page.evaluate(motionDone, 3000);
  await page.screenshot({ path: file, fullPage: opts.fullPage ?? false });
  return file;
}
