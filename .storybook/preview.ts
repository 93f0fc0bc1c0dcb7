import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import './preview.css';

// Fills the Docs tables (attributes, slots, CSS parts, CSS custom properties) from the manifest
// that `npm run analyze` writes.
setCustomElementsManifest(manifest);

/**
 * Wraps each story in a <clinic-provider> that follows the toolbar (theme, language), inside a
 * canvas whose background follows the provider's theme tokens. A story opts out with
 * `parameters: { clinicProvider: false }` (the clinic-provider stories set up their own), and
 * drops the canvas padding with `parameters: { canvasPadding: false }` (full-width banners).
 */
const withClinicProvider: Decorator = (story, context) => {
  if (context.parameters.clinicProvider === false) return story();
  const canvasClass = [
    'clinic-story-canvas',
    context.viewMode === 'docs' ? '' : 'clinic-story-canvas--story',
    context.parameters.canvasPadding === false ? 'clinic-story-canvas--flush' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const { theme = 'light', locale = 'en' } = context.globals;
  return html`
    <clinic-provider theme=${theme} locale=${locale}>
      <div class=${canvasClass}>${story()}</div>
    </clinic-provider>
  `;
};

/** A story on its own is a page's main content (as on a clinic's site), so landmark rules see a page. */
const withMainLandmark: Decorator = (story, context) => (context.viewMode === 'docs' ? story() : html`<main>${story()}</main>`);

const preview: Preview = {
  tags: ['autodocs'],
  // The last decorator is the outermost: the provider sits inside <main>.
  decorators: [withClinicProvider, withMainLandmark],
  globalTypes: {
    theme: {
      description: 'Theme given by the surrounding <clinic-provider>',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language given by the surrounding <clinic-provider>',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    // The canvas decorator paints the page background from the theme tokens.
    backgrounds: { disable: true },
    controls: { expanded: true },
  },
};

export default preview;
