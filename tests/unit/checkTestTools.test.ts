import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// `npm test`'s first step: one line naming what to install, before anything long runs.
const run = (env: Record<string, string>) => spawnSync(process.execPath, ['scripts/check-test-tools.mjs'], { env: { ...process.env, ...env }, encoding: 'utf8' });

describe('npm test checks its tools first', () => {
  it('names a missing browser in one line, with the command to install it, and fails', () => {
    const r = run({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('CHROMIUM_PATH=/nonexistent/chromium does not exist');
    expect(lines[0]).toContain('apt-get install chromium');
    expect(lines[0]).toContain('npx playwright install chromium');
  });

  it('passes silently where the browser is found', () => {
    const r = run({ CHROMIUM_PATH: process.execPath });
    // Only the browser is pointed at an existing file; the other tools are this machine's own.
    if (r.status === 0) expect(r.stderr).toBe('');
    else expect(r.stderr).not.toContain('chromium');
  });
});
