/* The systemd units in deploy/ run what `npm start` runs, one process each, as documented. */
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv, repoRoot, SECRET_VARIABLES } from '@sigobito/config';

type Unit = Record<string, Record<string, string[]>>;

/** Minimal systemd unit parser: [Section] and Key=value lines; comments and blanks skipped. */
function readUnit(name: string): Unit {
  const unit: Unit = {};
  let section = '';
  for (const raw of fs.readFileSync(path.join(repoRoot, 'deploy', name), 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = line.match(/^\[(\w+)\]$/);
    if (header) {
      section = header[1];
      unit[section] = unit[section] ?? {};
      continue;
    }
    const eq = line.indexOf('=');
    const key = line.slice(0, eq);
    (unit[section][key] = unit[section][key] ?? []).push(line.slice(eq + 1));
  }
  return unit;
}

const startScript = fs.readFileSync(path.join(repoRoot, 'scripts/start.ts'), 'utf8');
const services = ['sigobito-cms.service', 'sigobito-site.service', 'sigobito-backup.service'];

describe('the systemd units in deploy/', () => {
  it.each(services)('%s runs as the sigobito user in /srv/sigobito, in production, with the shared settings file', (name) => {
    const s = readUnit(name).Service;
    expect(s.User).toEqual(['sigobito']);
    expect(s.WorkingDirectory).toEqual(['/srv/sigobito']);
    expect(s.Environment).toContain('NODE_ENV=production');
    expect(s.EnvironmentFile).toEqual(['/etc/sigobito/sigobito.env']);
    expect(s.ExecStart).toHaveLength(1);
  });

  it.each([
    ['sigobito-cms.service', 'cms/server.js'],
    ['sigobito-site.service', 'public-site/server.mjs'],
  ])('%s starts one node process on %s, the file npm start runs, and restarts it on failure', (name, file) => {
    const unit = readUnit(name);
    const argv = unit.Service.ExecStart[0].split(/\s+/);
    expect(argv[0]).toBe('/usr/bin/env');
    expect(argv.slice(-2)).toEqual(['node', file]);
    expect(fs.existsSync(path.join(repoRoot, file))).toBe(true);
    expect(startScript).toContain(`['${file}']`);
    expect(unit.Service.Restart).toEqual(['on-failure']);
    expect(unit.Install.WantedBy).toEqual(['multi-user.target']);
  });

  it("points the public site at the CMS's default local port", () => {
    const secrets = Object.fromEntries(SECRET_VARIABLES.map((k) => [k, 'x'.repeat(16)]));
    const port = parseEnv({ ...secrets, NODE_ENV: 'production' }).PORT;
    expect(readUnit('sigobito-site.service').Service.ExecStart[0]).toContain(` CMS_URL=http://127.0.0.1:${port} `);
  });

  it('backs up every night with an npm script that exists, catching up after the machine was off', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const service = readUnit('sigobito-backup.service').Service;
    expect(service.Type).toEqual(['oneshot']);
    const [, npm, run, silent, script] = service.ExecStart[0].split(/\s+/);
    expect([npm, run, silent]).toEqual(['npm', 'run', '--silent']);
    expect(Object.hasOwn(scripts, script)).toBe(true);
    const timer = readUnit('sigobito-backup.timer');
    expect(timer.Timer.OnCalendar).toEqual(['*-*-* 02:30:00']);
    expect(timer.Timer.Persistent).toEqual(['true']);
    expect(timer.Install.WantedBy).toEqual(['timers.target']);
  });
});
