import { defineConfig, type Plugin } from 'vite';

/**
 * Collapses the white space and comments inside css`` and cssText`` templates (the bundler minifies code, not
 * the text of template literals). Spaces before `:` are kept: in a selector they are a combinator.
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.endsWith('.ts') || !/\bcss(Text)?`/.test(code)) return null;
      return code.replace(/\b(css|cssText)`([^`]*)`/g, (_, tag: string, body: string) => {
        const minified = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `${tag}\`${minified}\``;
      });
    },
  };
}

/**
 * Drops the `/* @__PURE__ *\/` annotations the minifier keeps: they only help a later bundler,
 * and the CDN files are what the browser runs.
 */
function dropPureAnnotations(): Plugin {
  return {
    name: 'drop-pure-annotations',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = file.code.replace(/\/\* @__PURE__ \*\/ ?/g, '');
    },
  };
}

/** Every element: the tag is the public entry name (`clinic-elements/<tag>.js`, `dist/cdn/<tag>.js`). */
export const elementTags = [
  'age-gate',
  'clinic-provider',
  'cookie-banner',
  'legal-document',
  'medical-disclaimer',
  'procedure-guide',
  'sensitive-content',
  'terms-accept',
] as const;

const defineModules = Object.fromEntries(elementTags.map((tag) => [tag, `src/components/${tag}/define.ts`]));
// The CDN cookie banner is built on its own (mode `cdn-banner`): a returning visitor's 3 KiB must
// be one request, and a first visit's banner must not wait on a chain of small shared chunks.
const cdnDefineModules = Object.fromEntries(Object.entries(defineModules).filter(([tag]) => tag !== 'cookie-banner'));

/**
 * `vite build` makes the npm build: unbundled ES modules that mirror src/ (so bundlers tree-shake),
 * Lit external. `vite build --mode cdn` makes dist/cdn: Lit bundled and minified for a plain
 * `<script type="module">`, split into shared chunks, with each built-in document its own
 * lazily loaded chunk.
 */
export default defineConfig(({ mode }) => {
  const banner = mode === 'cdn-banner';
  const cdn = mode === 'cdn' || banner;
  return {
    plugins: cdn ? [minifyCssTemplates(), dropPureAnnotations()] : [minifyCssTemplates()],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: !banner,
      copyPublicDir: false,
      minify: cdn,
      lib: {
        entry: banner
          ? { 'cookie-banner': defineModules['cookie-banner'] }
          : cdn
            ? { 'clinic-elements': 'src/cdn.ts', ...cdnDefineModules }
            : { index: 'src/index.ts', 'core/index': 'src/core/index.ts', 'content/index': 'src/content/index.ts', cli: 'src/cli.ts', ...defineModules },
        formats: ['es'],
      },
      rolldownOptions: {
        external: cdn ? [] : [/^lit(\/.*)?$/, /^@lit\//, /^node:/],
        preserveEntrySignatures: banner ? 'allow-extension' : undefined,
        output: cdn
          ? {
              minify: true,
              entryFileNames: '[name].js',
              chunkFileNames: banner ? 'chunks/banner-[name]-[hash].js' : 'chunks/[name]-[hash].js',
            }
          : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
