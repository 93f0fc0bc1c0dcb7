// Checks what npm users get after the build (`node scripts/check-package.mjs`, after `npm run build`):
//
// 1. In the repository: every `exports` target and its types exist; each element in
//    custom-elements.json has an npm entry and a CDN file.
// 2. The tarball `npm pack` makes: no tests, stories, demo, examples, benchmarks, coverage or
//    TypeScript sources; the CDN file of every element, the React and Vue types, the VS Code data, README,
//    CHANGELOG and the manifest; every `exports`, `main`, `types` and `bin` target is packed.
// 3. The tarball installed as a consumer gets it: extracted into a temporary
//    node_modules/clinic-elements, next to links to its declared dependencies only (so an import
//    of anything undeclared fails): every `exports` subpath resolves in Node, the Node-safe
//    entries (core.js, content.js) import and work, the `clinic-elements` command renders a guide,
//    and `tsc` compiles a consumer that imports every export's types, uses the elements in React
//    JSX and through Vue's GlobalComponents, and contains the README's ```ts and ```tsx snippets,
//    against the installed .d.ts files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const problems = [];
const done = [];

const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => d.tagName);
/** Every file an `exports` entry points at, with the subpath and condition it came from. */
const exportTargets = Object.entries(pkg.exports).flatMap(([subpath, target]) =>
  typeof target === 'string'
    ? [{ subpath, condition: 'default', file: target }]
    : Object.entries(target).map(([condition, file]) => ({ subpath, condition, file })),
);

// ---------------------------------------------------------------------------------------------
// 1. The repository's build.

for (const { subpath, file } of exportTargets) {
  if (!file.includes('*') && !existsSync(join(root, file))) problems.push(`exports["${subpath}"] → ${file} does not exist`);
}
if (!existsSync(join(root, pkg.customElements))) problems.push('customElements manifest is missing');
for (const tag of tags) {
  if (!pkg.exports[`./${tag}.js`]) problems.push(`<${tag}> has no "./${tag}.js" entry in exports`);
  if (!existsSync(join(root, `dist/cdn/${tag}.js`))) problems.push(`dist/cdn/${tag}.js is missing`);
}

// ---------------------------------------------------------------------------------------------
// 2. The tarball. One `npm pack --json` both lists the files (the same list `--dry-run` prints)
// and writes the tarball for step 3.

const work = mkdtempSync(join(tmpdir(), 'clinic-elements-package-'));
try {
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack failed (exit ${pack.status}): ${pack.stderr}`);
  const [packed] = JSON.parse(pack.stdout);
  const files = new Set(packed.files.map((f) => f.path));

  const forbidden = [
    [/^(test|stories|demo|examples|bench|coverage|storybook-static|scripts|src|\.storybook|\.ci)\//, 'development files'],
    [/(?<!\.d)\.(ts|tsx|mts|cts)$/, 'TypeScript sources (only .d.ts belongs in the package)'],
    [/(^|\/)(node_modules|\.git)\//, 'installed or VCS files'],
  ];
  for (const [pattern, what] of forbidden) {
    const found = [...files].filter((file) => pattern.test(file));
    if (found.length) problems.push(`the package contains ${what}: ${found.slice(0, 5).join(', ')}${found.length > 5 ? `, … (${found.length})` : ''}`);
  }
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'dist/react.d.ts',
    'dist/vue.d.ts',
    'dist/vscode.html-custom-data.json',
    'dist/cdn/clinic-elements.js',
    ...tags.map((tag) => `dist/cdn/${tag}.js`),
  ];
  for (const file of required) if (!files.has(file)) problems.push(`the package lacks ${file}`);
  const normalize = (file) => file.replace(/^\.\//, '');
  for (const { subpath, condition, file } of exportTargets) {
    const target = normalize(file);
    const packedTarget = target.includes('*') ? [...files].some((f) => f.startsWith(target.slice(0, target.indexOf('*')))) : files.has(target);
    if (!packedTarget) problems.push(`exports["${subpath}"].${condition} → ${file} is not in the package`);
  }
  for (const [field, file] of [
    ['main', pkg.main],
    ['module', pkg.module],
    ['types', pkg.types],
    ...Object.entries(pkg.bin ?? {}).map(([name, f]) => [`bin.${name}`, f]),
  ]) {
    if (file && !files.has(normalize(file))) problems.push(`"${field}": ${file} is not in the package`);
  }
  done.push(`npm pack: ${files.size} files, ${(packed.size / 1024).toFixed(0)} KiB packed; no development files; every exports target packed`);

  // -------------------------------------------------------------------------------------------
  // 3. Installed as a consumer would have it.

  const consumer = join(work, 'consumer');
  const installed = join(consumer, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  const untar = spawnSync('tar', ['-xzf', join(work, packed.filename), '-C', installed, '--strip-components=1'], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`could not extract ${packed.filename}: ${untar.stderr}`);

  // Links to the repository's copies of the declared dependencies and theirs (what npm would install).
  const linked = new Set();
  const link = (name) => {
    if (linked.has(name)) return;
    const source = join(root, 'node_modules', name);
    if (!existsSync(source)) return problems.push(`dependency ${name} is not installed in the repository (run npm ci)`);
    linked.add(name);
    mkdirSync(dirname(join(consumer, 'node_modules', name)), { recursive: true });
    symlinkSync(source, join(consumer, 'node_modules', name), 'dir');
    const manifestOf = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
    Object.keys(manifestOf.dependencies ?? {}).forEach(link);
  };
  Object.keys(pkg.dependencies ?? {}).forEach(link);
  // What a React + TypeScript app adds for `clinic-elements/react`, and a Vue app for `clinic-elements/vue`.
  link('@types/react');
  link('vue');
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));

  // Every exports subpath resolves in Node; the Node-safe entries import and work.
  const nodeCheck = `
    const problems = [];
    for (const subpath of ${JSON.stringify(Object.keys(pkg.exports).filter((s) => !s.includes('*')))}) {
      const specifier = ${JSON.stringify(pkg.name)} + subpath.slice(1);
      try { import.meta.resolve(specifier); } catch (error) { problems.push(specifier + ' does not resolve: ' + error.message); }
    }
    try { import.meta.resolve(${JSON.stringify(`${pkg.name}/cdn/clinic-elements.js`)}); } catch (error) { problems.push('cdn/clinic-elements.js does not resolve'); }
    const core = await import(${JSON.stringify(`${pkg.name}/core.js`)});
    const content = await import(${JSON.stringify(`${pkg.name}/content.js`)});
    const guide = await content.loadBuiltInDocument('necklift');
    const result = core.validateDocument(guide);
    if (result.problems.length) problems.push('the built-in necklift guide does not validate: ' + result.problems.map(core.formatProblem).join('; '));
    if (core.fillPlaceholders('{clinic.name}', { name: 'MPS' }) !== 'MPS') problems.push('fillPlaceholders did not fill {clinic.name}');
    const data = (await import(${JSON.stringify(`${pkg.name}/vscode.html-custom-data.json`)}, { with: { type: 'json' } })).default;
    if (data.version !== 1.1 || data.tags.length !== ${tags.length}) problems.push('vscode.html-custom-data.json is not version 1.1 with every element');
    await import(${JSON.stringify(`${pkg.name}/react`)});
    await import(${JSON.stringify(`${pkg.name}/vue`)});
    process.stdout.write(JSON.stringify(problems));`;
  const node = spawnSync(process.execPath, ['--input-type=module', '-e', nodeCheck], { cwd: consumer, encoding: 'utf8' });
  if (node.status !== 0) problems.push(`importing the installed package in Node failed: ${node.stderr.trim().split('\n').slice(0, 6).join('\n')}`);
  else problems.push(...JSON.parse(node.stdout));

  // The `clinic-elements` command as npm installs it.
  const bin = join(installed, pkg.bin['clinic-elements']);
  const rendered = spawnSync(process.execPath, [bin, 'render', '--procedure', 'necklift'], { cwd: consumer, encoding: 'utf8' });
  if (rendered.status !== 0 || (rendered.stdout.match(/<section [^>]*data-guide-section/g) ?? []).length !== 11) {
    problems.push(`clinic-elements render --procedure necklift failed (exit ${rendered.status}): ${rendered.stderr.trim()}`);
  }

  // TypeScript: every export's types, the React JSX types, and the README's ```ts and ```tsx snippets.
  const typed = exportTargets.filter((t) => t.condition === 'types' || (t.file.endsWith('.json') && !t.subpath.includes('*')));
  const imports = typed.map(({ subpath, file }, i) =>
    file.endsWith('.json')
      ? `import json${i} from '${pkg.name}${subpath.slice(1)}' with { type: 'json' };\nexport const value${i} = json${i};`
      : `import type * as types${i} from '${pkg.name}${subpath.slice(1)}';\nexport type Types${i} = typeof types${i};`,
  );
  writeFileSync(join(consumer, 'exports.ts'), `${imports.join('\n')}\n`);
  writeFileSync(
    join(consumer, 'jsx.tsx'),
    `import type {} from '${pkg.name}/react';
import type { ConsentChangeDetail } from '${pkg.name}';
export const page = (onConsent: (detail: ConsentChangeDetail) => void) => (
  <clinic-provider clinic-name="Miller Plastic Surgery" theme="auto">
    <cookie-banner policy-version="2024-05" floating-button onconsent-change={(event) => onConsent(event.detail)} />
    ${tags
      .filter((tag) => tag !== 'clinic-provider' && tag !== 'cookie-banner')
      .map((tag) => `<${tag} />`)
      .join('\n    ')}
    {/* @ts-expect-error not a disclaimer variant */}
    <medical-disclaimer variant="popup" />
  </clinic-provider>
);
`,
  );
  // The props and listeners vue-tsc checks a template's bindings against (InstanceType<…>['$props']).
  writeFileSync(
    join(consumer, 'vue.ts'),
    `import type {} from '${pkg.name}/vue';
import type { GlobalComponents } from 'vue';
type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
export const banner: Props<'cookie-banner'> = { policyVersion: '2024-05', floatingButton: '', onConsentChange: (event) => void event.detail.categories };
export const terms: Props<'terms-accept'> = { name: 'terms', checked: true, onChange: (event) => void event.currentTarget.checked };
export const email: Props<'consent-checkbox'> = { type: 'checkbox', modelValue: false, name: 'email-consent', purpose: 'email-marketing' };
// @ts-expect-error not a guide layout
export const guide: Props<'procedure-guide'> = { layout: 'carousel' };
// @ts-expect-error a plain v-model (modelValue without type="checkbox") would write the box's value
export const plainModel: Props<'terms-accept'> = { modelValue: true };
`,
  );
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const snippets = [...readme.matchAll(/```(tsx?)\n([\s\S]*?)```/g)].map(([, language, code]) => ({ language, code }));
  snippets.forEach(({ language, code }, i) =>
    writeFileSync(join(consumer, `readme-snippet-${i + 1}.${language}`), `// README.md, \`\`\`${language} block ${i + 1}\n${code}\nexport {};\n`),
  );
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        resolveJsonModule: true,
        skipLibCheck: false,
        types: [],
        noEmit: true,
      },
      include: ['*.ts', '*.tsx'],
    }),
  );
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(consumer, 'tsconfig.json')], {
    cwd: consumer,
    encoding: 'utf8',
  });
  if (tsc.status !== 0)
    problems.push(`tsc on a consumer of the installed package failed:\n${(tsc.stdout + tsc.stderr).replaceAll(consumer, '<consumer>').trim()}`);
  done.push(
    `installed from the tarball: ${Object.keys(pkg.exports).length} exports resolve in Node, core.js and content.js work, the render command works; ` +
      `tsc compiled ${typed.length} typed exports, React JSX for ${tags.length} elements, Vue props and ${snippets.length} README ts/tsx snippet(s) against the installed types`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`Package check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Package check passed:\n- ${Object.keys(pkg.exports).length} exports resolve in the repository; ${tags.length} elements each have an npm and a CDN entry\n- ${done.join('\n- ')}`,
);
