// Writes generated text (size table, hardening figures) into README.md between a pair of markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));

/** Replaces what stands between `start` and `end` in README.md with `content`; throws when a marker is missing. */
export function writeReadmeSection(start, end, content) {
  const readme = readFileSync(readmePath, 'utf8');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${start} … ${end}`);
  writeFileSync(readmePath, `${readme.slice(0, from + start.length)}\n\n${content}\n\n${readme.slice(to)}`);
}
