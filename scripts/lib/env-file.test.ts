import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SECRET_VARIABLES } from '@sigobito/config';
import { ensureSecrets, secretsToGenerate } from './env-file';

const allSecrets = Object.fromEntries(SECRET_VARIABLES.map((k) => [k, 'x'.repeat(32)]));

describe('local secrets on the first start', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigobito-env-'));
    file = path.join(dir, '.env');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('generates every missing secret outside production, once', () => {
    expect(ensureSecrets(file, {})).toEqual([...SECRET_VARIABLES]);
    const written = fs.readFileSync(file, 'utf8');
    for (const k of SECRET_VARIABLES) expect(written).toMatch(new RegExp(`^${k}=.{16,}$`, 'm'));
    expect(ensureSecrets(file, {})).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toBe(written);
  });

  it('generates nothing when the environment already has the secrets', () => {
    expect(ensureSecrets(file, allSecrets)).toEqual([]);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('generates nothing in production set in the environment', () => {
    expect(ensureSecrets(file, { NODE_ENV: 'production' })).toEqual([]);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('generates nothing in production set only in the .env file, so the start refuses to run without secrets', () => {
    fs.writeFileSync(file, 'NODE_ENV=production\nDATABASE_CLIENT=mysql\n');
    expect(ensureSecrets(file, {})).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toBe('NODE_ENV=production\nDATABASE_CLIENT=mysql\n');
  });

  it('lets the real environment override the file', () => {
    expect(secretsToGenerate({ NODE_ENV: 'development', ...allSecrets, JWT_SECRET: '' })).toEqual(['JWT_SECRET']);
    expect(secretsToGenerate({ NODE_ENV: 'production' })).toEqual([]);
  });
});
