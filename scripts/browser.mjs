// Finds the Chromium the tests, the smoke test and the benchmark drive. Nothing is ever downloaded.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of a local Chromium, or `null`. */
export function findChromium() {
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

/** Flags for headless Chromium on CI machines (root needs --no-sandbox). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Exits with install instructions when no browser is found; returns its path otherwise. */
export function requireChromium() {
  const path = findChromium();
  if (path) return path;
  console.error(
    [
      'clinic-elements: no Chromium found, and the tests run in a real browser.',
      '',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  macOS:          brew install --cask chromium',
      '  Or point CHROME_PATH at an installed Chrome or Chromium:  CHROME_PATH=/path/to/chrome npm test',
      '',
      `Looked in: ${candidates.filter(Boolean).join(', ')}`,
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) requireChromium();
