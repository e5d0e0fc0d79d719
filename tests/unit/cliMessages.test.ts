// The command-line tool takes every text it prints from the message table (shared/i18n/id/cli.ts and
// the areas it shares with the app): no Indonesian sentence, label or usage line is written in
// electron/cli itself. A heuristic over the string literals, read with the TypeScript parser: a
// string with a space and a word in it, or one capitalised word ending a sentence ('Dibatalkan.'),
// is text. Import paths, object keys and `values['…']` keys, type literals and the command names
// (`name:`, what is typed) are not.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = 'electron/cli';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The literal's own text; a template's `${…}` parts count as nothing. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('{}');
  return null;
}

/** Strings that are code, not text, wherever they hold a space. */
function isCode(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) return true;
  if (ts.isLiteralTypeNode(parent)) return true;
  if (ts.isCallExpression(parent) && (parent.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(parent.expression) && parent.expression.text === 'require'))) return true;
  // Keys: {'page-size': …}, values['as-admin-offline'].
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  // A command's name is the words typed after `umkm --`, matched word by word.
  if (ts.isPropertyAssignment(parent) && parent.initializer === node && ts.isIdentifier(parent.name) && parent.name.text === 'name') return true;
  return false;
}

function isText(s: string): boolean {
  return (/\s/.test(s) && /\p{L}{2,}/u.test(s)) || /^\p{Lu}\p{Ll}+[.:!?]$/u.test(s);
}

/** Every text literal left in the file, as `file:line: "text"`. */
function textsIn(file: string, source = fs.readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== null) {
      if (!isCode(node) && isText(text)) found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${JSON.stringify(text)}`);
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('the command-line tool speaks through the message table', () => {
  it('finds the kinds of text it must refuse, and lets code through', () => {
    const sample = [
      "import { x } from '../../shared/i18n';",
      "const a = 'Per kecamatan:';",
      'const b = `${n} dari ${total} UMKM`;',
      "const c = new Error('Dibatalkan.');",
      "const d = { usage: 'umkm show ID    tampilkan satu UMKM' };",
      "const e = { name: 'umkm show', 'page-size': { type: 'string' }, channel: 'umkm:list' };",
      "const f = values['as-admin-offline'] === true ? '\\n' : `  ${k}: ${v}`;",
      "type P = 'A4' | 'F4';",
      "const g = x.toLocaleString('id-ID');",
      "const h = fill(t.move, { since: `${a} – ${b}` });",
    ].join('\n');
    expect(textsIn('sample.ts', sample).map((s) => s.replace(/^sample\.ts:\d+: /, ''))).toEqual([
      '"Per kecamatan:"',
      '"{} dari {} UMKM"',
      '"Dibatalkan."',
      '"umkm show ID    tampilkan satu UMKM"',
    ]);
  });

  it('leaves no Indonesian text in electron/cli', () => {
    const left = sources(ROOT).flatMap((file) => textsIn(file));
    expect(left, `move these into shared/i18n/id/cli.ts:\n${left.join('\n')}`).toEqual([]);
  });
});
