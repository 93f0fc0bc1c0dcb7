import ts from 'typescript';
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
 * Folds each run of white space with a line break in the text of html`` templates into one space:
 * the page renders them alike (no template has pre-formatted text), and the indentation of the
 * source is bytes in every download. The template's parts are found by TypeScript's parser, so
 * the code inside `${…}` is left alone.
 */
function foldHtmlTemplates(): Plugin {
  return {
    name: 'fold-html-templates',
    transform(code, id) {
      if (!/\.[jt]s$/.test(id) || !code.includes('html`')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest);
      const texts: [number, number][] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'html') {
          const { template } = node;
          const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) texts.push([part.getStart(source), part.end]);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let folded = '';
      let last = 0;
      for (const [start, end] of texts.sort((a, b) => a[0] - b[0])) {
        folded += code.slice(last, start) + code.slice(start, end).replace(/[ \t]*\n\s*/g, ' ');
        last = end;
      }
      return { code: folded + code.slice(last), map: null };
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

/**
 * Lists every chunk an entry needs up front in the entry itself, in the order they run (rolldown
 * does not hoist transitive imports yet): the browser then requests them all as soon as it reads
 * the entry, instead of discovering them one level of imports at a time.
 */
function hoistTransitiveImports(): Plugin {
  return {
    name: 'hoist-transitive-imports',
    generateBundle(_, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])));
      for (const entry of chunks.values()) {
        if (!entry.isEntry) continue;
        const order: string[] = [];
        const seen = new Set<string>();
        const visit = (name: string) => {
          if (seen.has(name)) return;
          seen.add(name);
          chunks.get(name)?.imports.forEach(visit);
          order.push(name);
        };
        entry.imports.forEach(visit);
        // Every chunk, the entry's own imports too: they run in exactly the order they did.
        if (order.length > entry.imports.length) entry.code = order.map((name) => `import"./${name}";`).join('') + entry.code;
      }
    },
  };
}

/** Every element: the tag is the public entry name (`clinic-elements/<tag>.js`, `dist/cdn/<tag>.js`). */
export const elementTags = [
  'age-gate',
  'clinic-provider',
  'consent-checkbox',
  'cookie-banner',
  'external-link-notice',
  'legal-document',
  'medical-disclaimer',
  'procedure-guide',
  'sensitive-content',
  'site-notice',
  'terms-accept',
] as const;

const defineModules = Object.fromEntries(elementTags.map((tag) => [tag, `src/components/${tag}/define.ts`]));
// Two CDN files are built on their own, each as one file plus what it loads on demand (their
// chunks are named apart): the cookie banner (mode `cdn-banner`), as a returning visitor's file
// must be one request and a first visit's banner must not wait on a chain of small shared chunks;
// and clinic-elements.js (mode `cdn-all`), every element in one request, 1.1 KiB (brotli) smaller
// than the same code split into the thirty chunks the per-element files share.
const cdnDefineModules = Object.fromEntries(Object.entries(defineModules).filter(([tag]) => tag !== 'cookie-banner'));
const singleFileBuilds: Record<string, { entry: Record<string, string>; chunkPrefix: string }> = {
  'cdn-banner': { entry: { 'cookie-banner': defineModules['cookie-banner'] }, chunkPrefix: 'banner-' },
  'cdn-all': { entry: { 'clinic-elements': 'src/cdn.ts' }, chunkPrefix: 'all-' },
};

/**
 * `vite build` makes the npm build: unbundled ES modules that mirror src/ (so bundlers tree-shake),
 * Lit external. `vite build --mode cdn` makes dist/cdn: Lit bundled and minified for a plain
 * `<script type="module">`, split into shared chunks, with each built-in document its own
 * lazily loaded chunk; `--mode cdn-banner` and `--mode cdn-all` add the two single files.
 */
export default defineConfig(({ mode }) => {
  const single = singleFileBuilds[mode];
  const cdn = mode === 'cdn' || single !== undefined;
  return {
    plugins: cdn ? [minifyCssTemplates(), foldHtmlTemplates(), dropPureAnnotations(), hoistTransitiveImports()] : [minifyCssTemplates()],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: !single,
      copyPublicDir: false,
      minify: cdn,
      lib: {
        entry: single
          ? single.entry
          : cdn
            ? cdnDefineModules
            : { index: 'src/index.ts', 'core/index': 'src/core/index.ts', 'content/index': 'src/content/index.ts', cli: 'src/cli.ts', ...defineModules },
        formats: ['es'],
      },
      rolldownOptions: {
        external: cdn ? [] : [/^lit(\/.*)?$/, /^@lit\//, /^node:/],
        preserveEntrySignatures: single ? 'allow-extension' : undefined,
        output: cdn
          ? {
              minify: true,
              entryFileNames: '[name].js',
              chunkFileNames: `chunks/${single?.chunkPrefix ?? ''}[name]-[hash:6].js`,
            }
          : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
