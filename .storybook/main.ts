import { defineMain } from '@storybook/web-components-vite/node';

/**
 * Storybook for clinic-elements. Everything is served from the local build: no web fonts, no CDN,
 * no telemetry. The builder drops the library's own `build` settings from vite.config.ts (lib mode,
 * Lit external) and keeps only `build.target`, so the stories bundle Lit normally.
 */
export default defineMain({
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
});
