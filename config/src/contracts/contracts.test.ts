import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import * as contracts from './index';

/*
 * The contracts are one browser-safe package that the CMS, the back office and the public site
 * import instead of copying rules by hand.
 */

const repo = path.resolve(__dirname, '..', '..', '..');
const SOURCE = /\.(ts|tsx|astro|mjs)$/;
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(file);
    return SOURCE.test(entry.name) && !isTest(entry.name) ? [file] : [];
  });
}

const rel = (file: string) => path.relative(repo, file);
/** An .astro file's frontmatter is TypeScript; its template may hold expressions too, parsed as TSX. */
const parse = (file: string) => ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.TSX);
const importsOf = (file: string) => ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);

const CONTRACTS = sourceFiles(__dirname);
/** What only Node has: a bundler for the browser has none of it. */
const NODE_ONLY = new Set(['process', 'require', '__dirname', '__filename', 'Buffer', 'global', 'module']);
/** Browser-safe packages the contracts may use, so the form and the server count alike: X's own character counter. */
const BROWSER_SAFE_PACKAGES = new Set(['twitter-text']);

describe('the contracts package', () => {
  it('is the whole of config/src/contracts', () => {
    expect(CONTRACTS.map((f) => path.basename(f))).toContain('index.ts');
  });

  it.each(CONTRACTS.map(rel))('%s imports only other contracts (no Node built-in, no package but the browser-safe ones, no environment)', (file) => {
    const outside = importsOf(path.join(repo, file)).filter((spec) => !BROWSER_SAFE_PACKAGES.has(spec) && (!spec.startsWith('./') || !fs.existsSync(path.join(__dirname, `${spec}.ts`))));
    expect(outside).toEqual([]);
  });

  it.each(CONTRACTS.map(rel))('%s names nothing only Node has (process, require, Buffer…)', (file) => {
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node) && NODE_ONLY.has(node.text) && !ts.isPropertyAccessExpression(node.parent)) found.push(node.text);
      else if (ts.isIdentifier(node) && NODE_ONLY.has(node.text) && (node.parent as ts.PropertyAccessExpression).expression === node) found.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(parse(path.join(repo, file)));
    expect(found).toEqual([]);
  });
});

const APPS = { cms: 'cms/src', 'admin-ui': 'admin-ui/src', 'public-site': 'public-site/src' } as const;
const appFiles = (app: keyof typeof APPS) => sourceFiles(path.join(repo, APPS[app]));

describe('the apps', () => {
  it.each(Object.keys(APPS) as Array<keyof typeof APPS>)('%s imports @sigobito/config/contracts and declares the package', (app) => {
    const users = appFiles(app).filter((file) => importsOf(file).includes('@sigobito/config/contracts'));
    expect(users.length).toBeGreaterThan(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(repo, app, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(manifest.dependencies?.['@sigobito/config']).toBeDefined();
  });

  it.each(['admin-ui', 'public-site'] as const)('%s, which runs in the browser or bundles for it, imports nothing of @sigobito/config but the contracts', (app) => {
    const others = appFiles(app).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('@sigobito/config') && spec !== '@sigobito/config/contracts')
        .map((spec) => `${rel(file)}: ${spec}`),
    );
    expect(others).toEqual([]);
  });
});

/** Every list of names the contracts export (roles, statuses, field allow-lists, notification kinds…). */
const LISTS = Object.entries(contracts).filter(
  (entry): entry is [string, readonly string[]] => Array.isArray(entry[1]) && entry[1].length > 1 && entry[1].every((x) => typeof x === 'string'),
);
const key = (values: readonly string[]) => JSON.stringify([...new Set(values)].sort());
const LIST_BY_KEY = new Map(LISTS.map(([name, values]) => [key(values), name]));

describe('hand copies', () => {
  it('are looked for among many lists', () => {
    expect(LISTS.map(([name]) => name)).toEqual(expect.arrayContaining(['ROLES', 'REQUEST_STATUSES', 'ARO_MANAGER_FIELDS', 'GOAL_MANAGER_FIELDS', 'PROGRESS_ONLY_ROLES', 'NOTIFICATION_KINDS', 'AUDITED_RESOURCES', 'GOAL_HEALTHS']));
  });

  it.each(['admin-ui', 'public-site'] as const)('%s writes none of the contracts’ lists out again', (app) => {
    const copies: string[] = [];
    for (const file of appFiles(app)) {
      const visit = (node: ts.Node) => {
        if (ts.isArrayLiteralExpression(node) && node.elements.length > 1 && node.elements.every(ts.isStringLiteral)) {
          const copied = LIST_BY_KEY.get(key(node.elements.map((e) => (e as ts.StringLiteral).text)));
          if (copied) copies.push(`${rel(file)}:${node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1} copies ${copied}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(parse(file));
    }
    expect(copies).toEqual([]);
  });
});
