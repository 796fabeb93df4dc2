import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * `npm run lint` runs dependency-cruiser with the repository's rules (.dependency-cruiser.cjs).
 * These tests run the same rules on small trees laid out like ours, to show they bite.
 */
const root = path.resolve(__dirname, '..', '..');
const depcruise = path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

function cruise(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-rules-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const run = spawnSync(process.execPath, [depcruise, ...['cms/src', 'admin-ui/src'].filter((d) => fs.existsSync(path.join(dir, d))), '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'err'], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { failed: run.status !== 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the import rules of npm run lint', () => {
  it('pass a kernel that modules import, without cycles', () => {
    const result = cruise({
      'cms/src/backoffice/engine.ts': "import { resourceByName } from './registry';\nexport const run = () => resourceByName('x');\n",
      'cms/src/backoffice/registry.ts': 'export const resourceByName = (name: string) => name;\n',
      'cms/src/modules/notes/index.ts': "import { run } from '../../backoffice/engine';\nexport const notes = run;\n",
    });
    expect(result).toEqual({ failed: false, output: expect.stringContaining('no dependency violations') });
  });

  it('fail on an import cycle, in the CMS or in the back office', () => {
    const result = cruise({
      'cms/src/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'cms/src/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
      'admin-ui/src/x.tsx': "import { y } from './y';\nexport const x = () => y;\n",
      'admin-ui/src/y.ts': "import { x } from './x';\nexport const y = () => x;\n",
    });
    expect(result.failed).toBe(true);
    expect(result.output).toMatch(/no-circular: cms\/src\/a\.ts/);
    expect(result.output).toMatch(/no-circular: admin-ui\/src\/x\.tsx/);
  });

  it('fail on a kernel file importing a module', () => {
    const result = cruise({
      'cms/src/backoffice/engine.ts': "import { notes } from '../modules/notes/resources';\nexport const run = () => notes;\n",
      'cms/src/modules/notes/resources.ts': 'export const notes = 1;\n',
    });
    expect(result.failed).toBe(true);
    expect(result.output).toMatch(/kernel-knows-no-module: cms\/src\/backoffice\/engine\.ts → cms\/src\/modules\/notes\/resources\.ts/);
  });
});
