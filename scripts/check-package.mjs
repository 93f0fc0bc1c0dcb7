// Checks what npm users get after the build: every `exports` target and its types exist, each
// element in custom-elements.json has an npm entry and a CDN file, and the bin command runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const problems = [];

for (const [subpath, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of files) {
    if (!file.includes('*') && !existsSync(new URL(`../${file}`, import.meta.url))) problems.push(`exports["${subpath}"] → ${file} does not exist`);
  }
}
if (!existsSync(new URL(`../${pkg.customElements}`, import.meta.url))) problems.push('customElements manifest is missing');

const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName);
for (const tag of tags) {
  if (!pkg.exports[`./${tag}.js`]) problems.push(`<${tag}> has no "./${tag}.js" entry in exports`);
  if (!existsSync(new URL(`../dist/cdn/${tag}.js`, import.meta.url))) problems.push(`dist/cdn/${tag}.js is missing`);
}

// The `clinic-elements` command as npm installs it.
const bin = fileURLToPath(new URL(`../${pkg.bin['clinic-elements']}`, import.meta.url));
const rendered = spawnSync(process.execPath, [bin, 'render', '--procedure', 'necklift'], { encoding: 'utf8' });
if (rendered.status !== 0 || (rendered.stdout.match(/<section /g) ?? []).length !== 11) {
  problems.push(`clinic-elements render --procedure necklift failed (exit ${rendered.status}): ${rendered.stderr.trim()}`);
}

if (problems.length) {
  console.error(`Package check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Package check passed: ${Object.keys(pkg.exports).length} exports resolve; ${tags.length} elements each have an npm and a CDN entry; the render command works.`);
