// Builds the Vue example into examples/vue/dist/ with Vite and @vitejs/plugin-vue (the config is
// vite.config.mjs beside this file): `node examples/vue/build.mjs` (production) or `--dev` (Vue's
// development build, with its warnings). Vue, Lit and clinic-elements (dist/, through the package's
// "exports") come from the repository's node_modules and build; run `npm run build` first.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const dev = process.argv.includes('--dev');
const root = fileURLToPath(new URL('.', import.meta.url));

/** Builds the example; resolves to the bundler's warnings (`{ code, message }`), which it also prints. */
export async function buildVueExample({ development = dev } = {}) {
  const warnings = [];
  await build({
    root,
    logLevel: 'warn',
    // Vue's development build (its runtime warnings), as an app's `vite build --mode development`.
    define: { 'process.env.NODE_ENV': JSON.stringify(development ? 'development' : 'production') },
    build: {
      minify: !development,
      sourcemap: true,
      rolldownOptions: {
        // How long plugins took is not the example's business (and varies with the machine's load).
        checks: { bundlerTimings: false },
        onwarn(warning, warn) {
          warnings.push({ code: warning.code, message: warning.message });
          warn(warning);
        },
      },
    },
  });
  return warnings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const warnings = await buildVueExample();
  console.log(`examples/vue/dist/ built (${dev ? 'development' : 'production'} Vue)${warnings.length ? `, ${warnings.length} warning(s)` : ''}`);
}
