import { defineConfig } from 'vite';

/** Every element: the tag is the public entry name (`clinic-elements/<tag>.js`, `dist/cdn/<tag>.js`). */
export const elementTags = ['clinic-provider', 'medical-disclaimer', 'procedure-guide'] as const;

const defineModules = Object.fromEntries(elementTags.map((tag) => [tag, `src/components/${tag}/define.ts`]));

/**
 * `vite build` makes the npm build: unbundled ES modules that mirror src/ (so bundlers tree-shake),
 * Lit external. `vite build --mode cdn` makes dist/cdn: Lit bundled and minified for a plain
 * `<script type="module">`, split into shared chunks, with each built-in document its own
 * lazily loaded chunk.
 */
export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: true,
      copyPublicDir: false,
      minify: cdn,
      lib: {
        entry: cdn
          ? { 'clinic-elements': 'src/index.ts', ...defineModules }
          : { index: 'src/index.ts', 'core/index': 'src/core/index.ts', 'content/index': 'src/content/index.ts', cli: 'src/cli.ts', ...defineModules },
        formats: ['es'],
      },
      rolldownOptions: {
        external: cdn ? [] : [/^lit(\/.*)?$/, /^@lit\//, /^node:/],
        output: cdn
          ? { minify: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' }
          : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
