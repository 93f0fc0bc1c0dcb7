// ESLint (flat config). typescript-eslint without type information: fast, no project needed.
// Formatting is Prettier's (.prettierrc.json); eslint-config-prettier turns off the stylistic rules.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import { configs as lit } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import { configs as wc } from 'eslint-plugin-wc';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const coreBoundary = 'src/core/ is the logic without UI: it never imports lit, @lit/*, src/components/ or src/content/ (see the README, "Layout").';

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'storybook-static/', 'hardening-report/', 'examples/react/dist/', 'examples/vue/dist/', 'node_modules/', 'test/types/']),

  // The library, its tests and stories: TypeScript, Lit, custom elements, accessibility of templates.
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended, lit['flat/recommended'], wc['flat/best-practice'], litA11y.configs.recommended],
    languageOptions: { globals: globals.browser },
    settings: { wc: { elementBaseClasses: ['LitElement', 'FormControlElement'] } },
    rules: {
      // LitElement always has connectedCallback/disconnectedCallback: the guard this rule asks for is noise.
      'wc/guard-super-call': 'off',
      'lit/lifecycle-super': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },

  // Tests build hostile and incomplete markup on purpose, and chai assertions are expressions.
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      ...Object.fromEntries(Object.keys(litA11y.rules).map((rule) => [`lit-a11y/${rule}`, 'off'])),
    },
  },

  // Node scripts, benchmarks and configs (some drive a browser: their page callbacks use DOM globals).
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'bench/**/*.js', 'bin/**/*.js', '*.mjs', '*.js', 'examples/**/*.mjs', 'demo/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['vite.config.ts', 'examples/**/*.tsx', 'examples/**/*.ts'],
    extends: [tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  // The one boundary a newcomer must not cross.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: coreBoundary },
            { group: ['**/components', '**/components/**'], message: coreBoundary },
            { group: ['**/content', '**/content/**'], message: coreBoundary },
          ],
        },
      ],
    },
  },

  prettier,
);
