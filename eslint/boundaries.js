// Which folder may import what, as allow-lists on resolved paths (eslint-plugin-boundaries): a
// dependency no policy below allows is an error, whether it is a file of the app, a package or a
// Node built-in ('fs' and 'node:fs' alike, by Node's own list). Static imports, `export … from`,
// `import()`, `require()`, `import x = require()` and `typeof import()` types are all checked.
import fs from 'node:fs';
import boundaries from 'eslint-plugin-boundaries';

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The packages the renderer bundles for the browser. */
export const BROWSER_PACKAGES = [
  'react',
  'react-dom',
  'antd',
  '@ant-design/icons',
  '@tanstack/react-query',
  'react-hook-form',
  '@hookform/resolvers',
  'react-router',
  'recharts',
  'dayjs',
  'zod',
];

/** The electron-free side (core, CLI, adapters) and the shell use the app's runtime dependencies only. */
const RUNTIME_PACKAGES = Object.keys(pkg.dependencies);

const element = (types) => ({ element: { types } });
const packages = (source) => ({ module: { origin: 'external', source } });
const nodeBuiltins = { module: { origin: 'core' } };
const channelList = { file: { categories: 'channel-list' } };
const manifest = { file: { categories: 'manifest' } };
const staticAdapter = { element: { type: 'adapter', captured: { name: 'static' } } };

/** Folder names that files made by tests may use; lint and typecheck leave them out (see boundaries.test.ts). */
export const FIXTURE_FOLDER = '__boundary_fixture__';

export const boundariesConfig = [
  {
    files: ['shared/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}', 'electron/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': fs.realpathSync(new URL('..', import.meta.url)),
      // partialMatch: false anchors each pattern at the repository root (a folder named core deeper down is not core).
      'boundaries/elements': [
        { type: 'shared', pattern: 'shared', partialMatch: false },
        { type: 'renderer', pattern: 'renderer', partialMatch: false },
        { type: 'main', pattern: 'electron/main', partialMatch: false },
        { type: 'preload', pattern: 'electron/preload', partialMatch: false },
        { type: 'core', pattern: 'electron/core', partialMatch: false },
        { type: 'cli', pattern: 'electron/cli', partialMatch: false },
        { type: 'adapter', pattern: 'electron/adapters/*', capture: ['name'], partialMatch: false },
      ],
      // The channel and event names alone, without schemas: all the preload may bundle besides electron.
      'boundaries/files': [
        { category: 'channel-list', pattern: 'shared/contract/{channels,areaChannels,events}.ts' },
        // The app's version (electron/core/version.ts).
        { category: 'manifest', pattern: 'package.json' },
      ],
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
      'boundaries/additional-dependency-nodes': [
        { selector: 'TSExternalModuleReference > Literal', kind: 'value', name: 'import-equals' },
        { selector: 'TSImportType > Literal', kind: 'type', name: 'import-type' },
      ],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // Packages and built-ins are checked too, and so is a path that resolves to no file.
          checkAllOrigins: true,
          checkUnknownLocals: true,
          // Allow-lists only: a dependency none of them allows is refused, and the message names what it
          // reached ('… to elements of type "core"', '… module source "node:fs"').
          policies: [
            // shared/ runs in the renderer and in main: shared/ and zod, never Node, electron or the app.
            { from: element('shared'), allow: { to: [element('shared'), packages('zod')] } },
            // The page: its own files, shared/ and its browser packages; it reaches main through renderer/src/api.
            { from: element('renderer'), allow: { to: [element(['renderer', 'shared']), packages(BROWSER_PACKAGES)] } },
            // The sandboxed preload: electron and the channel names, nothing else.
            { from: element('preload'), allow: { to: [channelList, packages('electron')] } },
            // The electron-free side: never the shell, the preload, the renderer, electron, react or antd.
            { from: element('core'), allow: { to: [element(['core', 'shared']), manifest, nodeBuiltins, packages(RUNTIME_PACKAGES)] } },
            { from: element('cli'), allow: { to: [element(['cli', 'core', 'shared']), nodeBuiltins, packages(RUNTIME_PACKAGES)] } },
            // An adapter's own folder is always allowed; adapters/static (the CSP and the path guard) is shared.
            { from: element('adapter'), allow: { to: [element(['core', 'shared']), staticAdapter, nodeBuiltins, packages(RUNTIME_PACKAGES)] } },
            // The shell serves the page with adapters/static; the HTTP adapter is never bundled into it.
            { from: element('main'), allow: { to: [element(['main', 'core', 'shared']), staticAdapter, nodeBuiltins, packages([...RUNTIME_PACKAGES, 'electron'])] } },
          ],
        },
      ],
    },
  },
  {
    // A specifier that is not a plain string cannot be checked against the lists above (require() is
    // refused everywhere by typescript-eslint's no-require-imports, and its target checked above too).
    files: ['shared/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}', 'electron/preload/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportExpression[source.type!='Literal']", message: 'import() takes a string literal here, so the folder allow-lists can check it.' },
      ],
    },
  },
];
