import path from 'node:path';
import type { Page } from '@playwright/test';

/** The two screens the clerks' PCs have: the office's laptops and its older monitors. */
export const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1024, height: 640 },
] as const;

/**
 * Saves what the clerk sees, for a person to look at after the run:
 * test-results/screens/<name>-<width>x<height>.png (kept by CI as an artifact of the run).
 */
export async function saveScreen(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  const size = page.viewportSize();
  const file = path.join('test-results', 'screens', `${name}-${size?.width ?? 0}x${size?.height ?? 0}.png`);
  await page.screenshot({ path: file, fullPage: opts.fullPage ?? false });
  return file;
}
