import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { addUiStrings } from '../src/core/i18n/messages.js';
import frenchStrings from '../test/fixtures/ui-strings.fr.json';
import { langArgType, themeArgType } from './shared-arg-types.js';

/** The controls designers can tune; keys are the element's attribute names. */
interface DisclaimerArgs {
  variant?: string;
  'terms-href'?: string;
  theme?: string;
  lang?: string;
  label?: string;
}

const renderDisclaimer = (args: DisclaimerArgs) => html`
  <medical-disclaimer
    variant=${ifDefined(args.variant || undefined)}
    terms-href=${ifDefined(args['terms-href'] || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    label=${ifDefined(args.label || undefined)}
  ></medical-disclaimer>
`;

const meta = {
  title: 'Components/Medical disclaimer',
  component: 'medical-disclaimer',
  render: renderDisclaimer,
  args: { variant: 'inline' },
  // `type: 'string'` replaces the TypeScript type names the manifest gives (`DisclaimerVariant`,
  // `Theme | undefined`), which Storybook does not know and so drops from `?args=` URLs.
  argTypes: {
    variant: {
      type: 'string',
      control: 'inline-radio',
      options: ['inline', 'banner'],
      description: '`inline` (a box in the text flow) or `banner` (a full-width strip).',
      table: { category: 'attributes', defaultValue: { summary: 'inline' } },
    },
    'terms-href': {
      type: 'string',
      control: 'text',
      description: 'Address of the full Terms of Use. Without it (and without a provider value) no link is shown.',
      table: { category: 'attributes' },
    },
    theme: themeArgType,
    lang: langArgType,
    label: {
      type: 'string',
      control: 'text',
      description: 'Accessible name of the landmark, for pages with more than one disclaimer. Unset: "Medical disclaimer" (translated).',
      table: { category: 'attributes' },
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The Terms of Use\'s "No Medical Advice" clause in short form, as a named `aside` landmark in English or Spanish. ' +
          'Use the toolbar to wrap every story in a `<clinic-provider>` with another theme or language.',
      },
    },
  },
} satisfies Meta<DisclaimerArgs>;

export default meta;
type Story = StoryObj<DisclaimerArgs>;

/** The default: an inline box with the built-in text and no link. */
export const Inline: Story = {
  name: 'Inline (default)',
};

/** With `terms-href` the element links to the full Terms of Use. */
export const InlineWithTermsLink: Story = {
  name: 'Inline with terms link',
  args: { 'terms-href': '/terms-of-use' },
};

/** `variant="banner"`: a full-width strip, e.g. above a page footer. */
export const Banner: Story = {
  args: { variant: 'banner', 'terms-href': '/terms-of-use' },
  parameters: { canvasPadding: false },
};

/** `theme="dark"` on the element itself, shown on a dark page (the toolbar theme is set to Dark). */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', 'terms-href': '/terms-of-use' },
  globals: { theme: 'dark' },
};

/** `lang="es"`: the built-in text, the landmark label and the link text are in Spanish. */
export const Spanish: Story = {
  args: { lang: 'es', 'terms-href': '/terminos-de-uso' },
};

/** Children replace the built-in text; the link to the terms stays after them. */
export const CustomText: Story = {
  name: 'Custom text (slot)',
  args: { 'terms-href': '/terms-of-use' },
  render: (args) => html`
    <medical-disclaimer variant=${ifDefined(args.variant || undefined)} terms-href=${ifDefined(args['terms-href'] || undefined)}>
      <p>
        <strong>Results vary.</strong> Photos and descriptions on this page show typical outcomes; your surgeon will
        discuss what is realistic for you at a consultation.
      </p>
    </medical-disclaimer>
  `,
};

/**
 * The element has no `terms-href` of its own: the surrounding `<clinic-provider>` supplies it,
 * so a page states the address once for every element.
 */
export const InsideClinicProvider: Story = {
  name: 'Inside a clinic-provider',
  render: (args) => html`
    <clinic-provider clinic-name="Miller Plastic Surgery" terms-href="/terms-of-use">
      <medical-disclaimer variant=${ifDefined(args.variant || undefined)}></medical-disclaimer>
    </clinic-provider>
  `,
};

/**
 * Brand colours through the `--clinic-*` custom properties, set from the page's own stylesheet on a
 * class (no inline `style=""` attribute, so the page can keep a strict Content-Security-Policy).
 */
export const CustomTokens: Story = {
  name: 'Custom tokens',
  args: { 'terms-href': '/terms-of-use' },
  render: (args) => html`
    <style>
      .brand-disclaimer {
        --clinic-color-surface-alt: #fbf4ef;
        --clinic-color-text: #3b2a22;
        --clinic-color-border: #e3cdbd;
        --clinic-color-accent: #9c4a1a;
        --clinic-color-link: #8a3d12;
        --clinic-color-focus: #9c4a1a;
        --clinic-radius: 2px;
        --clinic-disclaimer-font-size: 1rem;
      }
    </style>
    <medical-disclaimer
      class="brand-disclaimer"
      variant=${ifDefined(args.variant || undefined)}
      terms-href=${ifDefined(args['terms-href'] || undefined)}
    ></medical-disclaimer>
  `,
};

/**
 * `variant="popup"` is not a valid value: the element falls back to `inline` (and reflects
 * `variant="inline"`) and logs a console warning naming the element, the attribute and the valid
 * values: `clinic-elements: <medical-disclaimer> variant="popup" is not valid; expected one of inline, banner. Using "inline".`
 * Open the browser console to see it.
 */
export const InvalidAttributes: Story = {
  name: 'Invalid attributes',
  args: { variant: 'popup' },
  argTypes: { variant: { control: 'text' } },
};

/**
 * A language that is not built in: the page adds the disclaimer's strings in French (as a
 * `<script type="application/json" data-clinic-strings>` would, before the library), and every
 * element inside `lang="fr"` speaks it. `npx clinic-elements strings` prints the strings to translate.
 */
export const AddedLanguage: Story = {
  name: 'Added language (French UI strings)',
  render: (args) => {
    addUiStrings({ lang: 'fr', strings: { 'medical-disclaimer': frenchStrings.strings['medical-disclaimer'] } });
    return html`<div lang="fr">${renderDisclaimer(args)}</div>`;
  },
};
