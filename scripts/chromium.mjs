// Makes sure the browser tests have a Chromium before `npm test` runs them (package.json "pretest"):
// CHROMIUM_PATH when set, else Debian's /usr/bin/chromium, which is installed here with apt-get when
// missing and we run as root (a fresh machine or CI). Playwright cannot download its own browser
// here, so nothing else is tried; without root the message says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.env.CHROMIUM_PATH || !root || !existsSync('/usr/bin/apt-get')) {
    console.error(`${path} is missing: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log('Installing Debian\'s chromium for the browser tests (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}
