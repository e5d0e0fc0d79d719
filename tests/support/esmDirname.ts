// tests/support/appServer.ts locates the project with the CommonJS `__dirname`, which does not
// exist here: package.json says "type": "module", so Playwright loads the specs as ES modules and
// importing appServer throws "ReferenceError: __dirname is not defined in ES module scope".
// Until appServer.ts uses import.meta.dirname, import this module before it: it supplies the
// value appServer.ts expects (its own folder), and does nothing once __dirname exists.
const g = globalThis as { __dirname?: string };
if (typeof g.__dirname !== 'string') g.__dirname = import.meta.dirname;
export {};
