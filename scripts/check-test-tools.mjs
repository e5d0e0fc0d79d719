#!/usr/bin/env node
// `npm test` runs this first: a newcomer without the browser or LibreOffice learns it in one line
// now, not after the whole unit and integration run. Checks only what the suites really call.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const onPath = (cmd) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

// The e2e suite's browser: Debian's Chromium, or any Chromium named by CHROMIUM_PATH (Playwright's
// own, after `npx playwright install chromium`, where downloading it is possible).
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = [];
if (!fs.existsSync(chromium)) missing.push(process.env.CHROMIUM_PATH ? `chromium (CHROMIUM_PATH=${chromium} does not exist)` : 'chromium');
if (!onPath('soffice') && !onPath('libreoffice')) missing.push('libreoffice-calc');
if (!['pdfinfo', 'pdftotext', 'pdftoppm'].every(onPath)) missing.push('poppler-utils');
const hasCarlito = () => {
  try {
    return /carlito/i.test(execFileSync('fc-list', [':family'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
};
if (!hasCarlito()) missing.push('fonts-crosextra-carlito');

if (missing.length > 0) {
  console.error(
    `npm test needs: ${missing.join(', ')}. Install with: sudo apt-get install ${missing.map((m) => m.split(' ')[0]).join(' ')}` +
      ` (or, where Playwright may download, \`npx playwright install chromium\` and set CHROMIUM_PATH to its chrome).`,
  );
  process.exit(1);
}
