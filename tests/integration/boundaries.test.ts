// The folder boundaries hold: files that cross them on purpose are written into each runtime's folder
// (where the real config applies), then linted with ESLint's Node API and type-checked with each
// runtime's own tsconfig. Every wrong file must be refused for the reason it was written for; every
// right one must pass. The fixture folders are ignored by `eslint .`, `tsc -b`, git and the bundles
// (nothing imports them); they exist only while this file runs.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The prefix eslint.config.js, the tsconfigs and .gitignore leave out (FIXTURE_FOLDER in eslint/boundaries.js).
const DIR = `__boundary_fixture__${process.pid}`;

/** Where each runtime's fixtures go, relative to the repository. */
const FOLDERS = {
  shared: `shared/${DIR}`,
  renderer: `renderer/src/${DIR}`,
  core: `electron/core/${DIR}`,
  cli: `electron/cli/${DIR}`,
  http: `electron/adapters/http/${DIR}`,
  main: `electron/main/${DIR}`,
  preload: `electron/preload/${DIR}`,
} as const;
type Folder = keyof typeof FOLDERS;

/** From a fixture file to the repository root (every fixture folder is a fixed depth). */
const up = (folder: Folder) => '../'.repeat(FOLDERS[folder].split('/').length);
/** The import path from a fixture in `from` to the target file in `to`'s fixture folder. */
const target = (from: Folder, to: Folder) => `${up(from)}${FOLDERS[to]}/target`;

interface Case {
  folder: Folder;
  file: string;
  code: string;
  /** Each must appear in one of the file's lint messages; empty means the file must lint clean. */
  refused: string[];
}

const refuse = (folder: Folder, file: string, code: string, ...refused: string[]): Case => ({ folder, file, code, refused });
const accept = (folder: Folder, file: string, code: string): Case => ({ folder, file, code, refused: [] });
const core = (source: string) => `with origin "core" and module source "${source}"`;
const pkg = (source: string) => `with origin "external" and module source "${source}"`;
const type = (t: string) => `to elements of type "${t}"`;

const LINT_CASES: Case[] = [
  // shared/: shared/ and zod only.
  refuse('shared', 'nodePrefix.ts', `import fs from 'node:fs';\nexport const x = fs;\n`, core('node:fs')),
  refuse('shared', 'bareBuiltin.ts', `import { readFileSync } from 'fs';\nexport const x = readFileSync;\n`, core('fs')),
  refuse('shared', 'bareBuiltinOs.ts', `import os from 'os';\nexport const x = os;\n`, core('os')),
  refuse('shared', 'dynamicBuiltin.ts', `export const load = () => import('path');\n`, core('path')),
  refuse('shared', 'reexportBuiltin.ts', `export { createHash } from 'node:crypto';\n`, core('node:crypto')),
  refuse('shared', 'typeofImport.ts', `export type Fs = typeof import('node:fs');\n`, core('node:fs')),
  refuse('shared', 'templateImport.ts', 'export const load = () => import(`node:fs`);\n', 'import() takes a string literal'),
  refuse('shared', 'requireCall.ts', `export const p = require('node:path');\n`, core('node:path')),
  refuse('shared', 'core.ts', `import { target } from '${target('shared', 'core')}';\nexport const x = target;\n`, type('core')),
  refuse('shared', 'typeOnlyMain.ts', `import type { Target } from '${target('shared', 'main')}';\nexport const x: Target = '';\n`, type('main')),
  refuse('shared', 'reexportRenderer.ts', `export { target } from '${target('shared', 'renderer')}';\n`, type('renderer')),
  refuse('shared', 'electron.ts', `import { app } from 'electron';\nexport const x = app;\n`, pkg('electron')),
  refuse('shared', 'typeorm.ts', `import { DataSource } from 'typeorm';\nexport const x = DataSource;\n`, pkg('typeorm')),
  refuse('shared', 'react.ts', `import { useState } from 'react';\nexport const x = useState;\n`, pkg('react')),
  refuse('shared', 'nowhere.ts', `import { x } from './doesNotExist';\nexport const y = x;\n`, 'origin "local"'),
  accept('shared', 'ok.ts', `import { z } from 'zod';\nimport { CHANNELS } from '../contract/channels';\nimport { target } from './target';\nexport const schema = z.string();\nexport const x = [CHANNELS, target];\n`),

  // renderer/: its own files, shared/ and its browser packages.
  refuse('renderer', 'core.ts', `import { target } from '${target('renderer', 'core')}';\nexport const x = target;\n`, type('core')),
  refuse('renderer', 'main.tsx', `import { target } from '${target('renderer', 'main')}';\nexport const X = () => <p>{target}</p>;\n`, type('main')),
  refuse('renderer', 'preload.ts', `import '${target('renderer', 'preload')}';\n`, type('preload')),
  refuse('renderer', 'dynamicNodePath.ts', `export const load = () => import('node:path');\n`, core('node:path')),
  refuse('renderer', 'sqlite.tsx', `import Database from 'better-sqlite3';\nexport const X = () => <p>{String(Database)}</p>;\n`, pkg('better-sqlite3')),
  refuse('renderer', 'bareBuiltin.tsx', `import { randomUUID } from 'crypto';\nexport const X = () => <p>{randomUUID()}</p>;\n`, core('crypto')),
  refuse('renderer', 'electron.ts', `import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n`, pkg('electron')),
  refuse('renderer', 'exceljs.ts', `export const load = () => import('exceljs');\n`, pkg('exceljs')),
  accept(
    'renderer',
    'ok.tsx',
    [
      `import { Button } from 'antd';`,
      `import { createRoot } from 'react-dom/client';`,
      `import { zodResolver } from '@hookform/resolvers/zod';`,
      `import 'dayjs/locale/id';`,
      `import { CHANNELS } from '${up('renderer')}shared/contract/channels';`,
      `import { target as shared } from '${target('renderer', 'shared')}';`,
      `import { target } from './target';`,
      `export const lazy = () => import('./target');`,
      `export const X = () => <Button>{[shared, target, CHANNELS.length].join()}</Button>;`,
      `export const y = [createRoot, zodResolver];`,
      ``,
    ].join('\n'),
  ),

  // The electron-free side: never the shell, the preload, the renderer, electron, react or antd.
  refuse('core', 'main.ts', `import { target } from '${target('core', 'main')}';\nexport const x = target;\n`, type('main')),
  refuse('core', 'preload.ts', `import '${target('core', 'preload')}';\n`, type('preload')),
  refuse('core', 'renderer.ts', `import { target } from '${target('core', 'renderer')}';\nexport const x = target;\n`, type('renderer')),
  refuse('core', 'cli.ts', `import { target } from '${target('core', 'cli')}';\nexport const x = target;\n`, type('cli')),
  refuse('core', 'electron.ts', `import { app } from 'electron';\nexport const x = app;\n`, pkg('electron')),
  refuse('core', 'react.ts', `import { useState } from 'react';\nexport const x = useState;\n`, pkg('react')),
  refuse('core', 'reactDom.ts', `export const load = () => import('react-dom/client');\n`, pkg('react-dom')),
  refuse('core', 'antd.ts', `import { Button } from 'antd';\nexport const x = Button;\n`, pkg('antd')),
  accept(
    'core',
    'ok.ts',
    `import fs from 'node:fs';\nimport path from 'path';\nimport { DataSource } from 'typeorm';\nimport { z } from 'zod';\nimport { target as shared } from '${target('core', 'shared')}';\nimport { target } from './target';\nexport const x = [fs, path, DataSource, z, shared, target];\n`,
  ),
  refuse('cli', 'electron.ts', `import { app } from 'electron';\nexport const x = app;\n`, pkg('electron')),
  refuse('cli', 'main.ts', `import { target } from '${target('cli', 'main')}';\nexport const x = target;\n`, type('main')),
  accept('cli', 'ok.ts', `import { parseArgs } from 'node:util';\nimport { target } from '${target('cli', 'core')}';\nexport const x = [parseArgs, target];\n`),
  refuse('http', 'main.ts', `import { target } from '${target('http', 'main')}';\nexport const x = target;\n`, type('main')),
  refuse('http', 'antd.ts', `import { Button } from 'antd';\nexport const x = Button;\n`, pkg('antd')),
  accept(
    'http',
    'ok.ts',
    `import http from 'node:http';\nimport { CONTENT_SECURITY_POLICY } from '../../static/webPolicy';\nimport { target } from '${target('http', 'core')}';\nexport const x = [http, CONTENT_SECURITY_POLICY, target];\n`,
  ),

  // The shell: never the HTTP adapter or the renderer.
  refuse('main', 'http.ts', `import { target } from '${target('main', 'http')}';\nexport const x = target;\n`, type('adapter')),
  refuse('main', 'renderer.ts', `import { target } from '${target('main', 'renderer')}';\nexport const x = target;\n`, type('renderer')),
  accept(
    'main',
    'ok.ts',
    `import { app } from 'electron';\nimport path from 'node:path';\nimport { CONTENT_SECURITY_POLICY } from '../../adapters/static/webPolicy';\nimport { target } from '${target('main', 'core')}';\nexport const x = [app, path, CONTENT_SECURITY_POLICY, target];\n`,
  ),

  // The preload: electron and the channel list only.
  refuse('preload', 'zod.ts', `import { z } from 'zod';\nexport const x = z;\n`, pkg('zod')),
  refuse('preload', 'shared.ts', `import { target } from '${target('preload', 'shared')}';\nexport const x = target;\n`, type('shared')),
  refuse('preload', 'core.ts', `import { target } from '${target('preload', 'core')}';\nexport const x = target;\n`, type('core')),
  refuse('preload', 'nodeBuiltin.ts', `import fs from 'node:fs';\nexport const x = fs;\n`, core('node:fs')),
  accept(
    'preload',
    'ok.ts',
    `import { contextBridge, ipcRenderer } from 'electron';\nimport { CHANNELS } from '${up('preload')}shared/contract/channels';\nimport { AUTH_CHANNELS } from '${up('preload')}shared/contract/areaChannels';\nexport const x = [contextBridge, ipcRenderer, CHANNELS, AUTH_CHANNELS];\n`,
  ),
];

/** Globals of another runtime: refused by that folder's tsconfig (no Node types, or no DOM). */
const TYPE_CASES: Array<{ project: 'shared' | 'renderer'; file: string; code: string; refused: string | null }> = [
  { project: 'shared', file: 'usesBuffer.ts', code: `export const b = Buffer.from('x');\n`, refused: 'Buffer' },
  { project: 'shared', file: 'usesProcess.ts', code: `export const e = process.env.HOME;\n`, refused: 'process' },
  { project: 'shared', file: 'usesDocument.ts', code: `export const t = document.title;\n`, refused: 'document' },
  { project: 'shared', file: 'usesLanguage.ts', code: `export const n = new Map([[1, 'a']]).size + [1, 2].at(-1)! + JSON.stringify({}).length;\n`, refused: null },
  { project: 'renderer', file: 'usesProcess.ts', code: `export const e = process.env.NODE_ENV;\n`, refused: 'process' },
  { project: 'renderer', file: 'usesBuffer.ts', code: `export const b = Buffer.alloc(1);\n`, refused: 'Buffer' },
  { project: 'renderer', file: 'usesDirname.ts', code: `export const d = __dirname;\n`, refused: '__dirname' },
  { project: 'renderer', file: 'usesDom.ts', code: `export const t = document.title + window.location.hash;\nexport const id: number = window.setTimeout(() => {}, 1);\n`, refused: null },
];

const written: string[] = [];
const abs = (folder: Folder, file: string) => path.join(ROOT, FOLDERS[folder], file);

beforeAll(() => {
  for (const folder of Object.keys(FOLDERS) as Folder[]) {
    fs.mkdirSync(path.join(ROOT, FOLDERS[folder]), { recursive: true });
    written.push(path.join(ROOT, FOLDERS[folder]));
    fs.writeFileSync(abs(folder, 'target.ts'), `export const target = '${folder}';\nexport type Target = string;\n`);
  }
  for (const c of LINT_CASES) fs.writeFileSync(abs(c.folder, c.file), c.code);
  for (const c of TYPE_CASES) fs.writeFileSync(abs(c.project, c.file), c.code);
});

afterAll(() => {
  for (const dir of written) fs.rmSync(dir, { recursive: true, force: true });
});

describe('folder boundaries (eslint/boundaries.js)', () => {
  it('refuses every crossing for the reason it was written for, and accepts the allowed imports', async () => {
    // ignore: false, because `eslint .` leaves the fixture folders out; the config is otherwise the real one.
    const eslint = new ESLint({ cwd: ROOT, ignore: false });
    const results = await eslint.lintFiles(LINT_CASES.map((c) => abs(c.folder, c.file)));
    const byFile = new Map(results.map((r) => [r.filePath, r.messages]));
    const report = LINT_CASES.map((c) => {
      const messages = byFile.get(abs(c.folder, c.file)) ?? [];
      const texts = messages.map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
      // A parse error (no ruleId) would refuse a file for the wrong reason.
      const ok = c.refused.length === 0 ? messages.length === 0 : messages.every((m) => m.ruleId) && c.refused.every((r) => texts.some((t) => t.includes(r)));
      return { file: `${c.folder}/${c.file}`, ok, texts };
    });
    expect(report.filter((r) => !r.ok)).toEqual([]);
  });

  it("type-checks shared/ without Node or the DOM, and renderer/ without Node, by each folder's tsconfig", () => {
    // One TypeScript load for both runtimes; only the fixtures are checked, with each folder's own options.
    const diagnostics = new Map<string, string[]>();
    for (const project of ['shared', 'renderer'] as const) {
      const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, `tsconfig.${project}.json`), {}, {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      });
      if (!parsed) throw new Error(`tsconfig.${project}.json did not parse`);
      // The project's lib and types as they are; nothing is written.
      const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, composite: false, incremental: false, declaration: false, emitDeclarationOnly: false };
      delete options.tsBuildInfoFile;
      const files = TYPE_CASES.filter((c) => c.project === project).map((c) => abs(project, c.file));
      const program = ts.createProgram({ rootNames: files, options });
      for (const d of ts.getPreEmitDiagnostics(program)) {
        const key = d.file ? path.resolve(d.file.fileName) : 'global';
        diagnostics.set(key, [...(diagnostics.get(key) ?? []), ts.flattenDiagnosticMessageText(d.messageText, '\n')]);
      }
    }
    expect(diagnostics.get('global') ?? []).toEqual([]);
    const report = TYPE_CASES.map((c) => {
      const found = diagnostics.get(abs(c.project, c.file)) ?? [];
      const ok = c.refused === null ? found.length === 0 : found.length > 0 && found.every((m) => m.includes(`'${c.refused}'`));
      return { file: `${c.project}/${c.file}`, ok, found };
    });
    expect(report.filter((r) => !r.ok)).toEqual([]);
  });
});
