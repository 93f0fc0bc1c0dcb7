// Builds the React example into examples/react/dist/ with esbuild: `node examples/react/build.mjs`
// (production) or `--dev` (React's development build, with its warnings). React, react-dom, Lit
// and clinic-elements (dist/, through the package's "exports") come from the repository's
// node_modules and build; run `npm run build` first.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const dev = process.argv.includes('--dev');
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export async function buildReactExample({ development = dev } = {}) {
  return build({
    entryPoints: [here('src/main.tsx')],
    outdir: here('dist'),
    bundle: true,
    splitting: true, // the built-in documents stay separate chunks, loaded when shown
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    tsconfig: here('tsconfig.json'),
    minify: !development,
    sourcemap: true,
    define: { 'process.env.NODE_ENV': JSON.stringify(development ? 'development' : 'production') },
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildReactExample();
  console.log(`examples/react/dist/main.js built (${dev ? 'development' : 'production'} React)`);
}
