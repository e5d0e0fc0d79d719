// Builds better-sqlite3 for Electron into build/native/electron-<version>/, beside (never over)
// the Node build in node_modules that the tests use. Part of `npm start` and `npm run dist`,
// never of an install step: it needs Electron's headers or a prebuilt binary from the network.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const electronVersion = require('electron/package.json').version;
const outDir = path.join(root, 'build', 'native', `electron-${electronVersion}`);
const outFile = path.join(outDir, 'better_sqlite3.node');
const arch = process.env.npm_config_arch || process.arch;

// electron-builder packs this copy as resources/native/better_sqlite3.node.
const packageCopy = () => {
  fs.mkdirSync(path.join(root, 'build', 'native', 'package'), { recursive: true });
  fs.copyFileSync(outFile, path.join(root, 'build', 'native', 'package', 'better_sqlite3.node'));
};

if (fs.existsSync(outFile)) {
  packageCopy();
  console.log(`better-sqlite3 for Electron ${electronVersion}: ${path.relative(root, outFile)} (ready)`);
  process.exit(0);
}

const src = path.dirname(require.resolve('better-sqlite3/package.json'));
const work = path.join(root, 'build', 'native', 'work', 'better-sqlite3');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(path.dirname(work), { recursive: true });
fs.cpSync(src, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) && !p.endsWith(`${path.sep}build`) });

const run = (cmd, args) => execFileSync(process.execPath, [cmd, ...args], { cwd: work, stdio: 'inherit' });
try {
  // A prebuilt binary for this Electron version, when the network has one.
  run(require.resolve('prebuild-install/bin.js'), ['--runtime', 'electron', '--target', electronVersion, '--arch', arch]);
} catch {
  console.log('No prebuilt binary: compiling against Electron headers with node-gyp.');
  try {
    run(require.resolve('node-gyp/bin/node-gyp.js'), [
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
  } catch {
    console.error(
      `\nbetter-sqlite3 could not be built for Electron ${electronVersion}: neither a prebuilt binary nor Electron's headers` +
        ' could be downloaded. `npm start` needs them once; `npm test` does not.',
    );
    process.exit(1);
  }
}
fs.mkdirSync(outDir, { recursive: true });
fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), outFile);
fs.rmSync(path.join(root, 'build', 'native', 'work'), { recursive: true, force: true });
packageCopy();
console.log(`better-sqlite3 for Electron ${electronVersion}: ${path.relative(root, outFile)}`);
