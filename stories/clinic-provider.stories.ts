import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface ProviderArgs {
  'clinic-name'?: string;
  'terms-href'?: string;
  locale?: string;
}

const meta = {
  title: 'Components/Clinic provider',
  component: 'clinic-provider',
  args: { 'clinic-name': 'Miller Plastic Surgery', 'terms-href': '/terms-of-use', locale: 'en' },
  argTypes: {
    'clinic-name': { control: 'text', table: { category: 'attributes' } },
    'terms-href': { control: 'text', table: { category: 'attributes' } },
    locale: { control: 'inline-radio', options: ['en', 'es'], table: { category: 'attributes' } },
  },
  parameters: {
    // These stories set up their own providers; the toolbar's provider wrapper is left out.
    clinicProvider: false,
    docs: {
      description: {
        component:
          '`<clinic-provider>` renders no box of its own (`display: contents`). It gives the elements inside it the ' +
          "clinic's settings (here `terms-href`) and, through `theme`, sets the `--clinic-*` tokens that everything " +
          "inside inherits; the page's own content keeps its colours unless it reads the tokens, as the sections here do.",
      },
    },
  },
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

/**
 * Two providers side by side, `theme="light"` and `theme="dark"`. Each themes its whole subtree: the
 * disclaimer, and the page's own section, which paints its background from the inherited
 * `--clinic-color-surface` token. Neither disclaimer has a `terms-href`: the provider supplies it.
 * Each disclaimer has its own `label`, so the two landmarks keep distinct names.
 */
export const ThemingASubtree: Story = {
  name: 'Theming a subtree (light and dark)',
  render: (args) => html`
    <style>
      .provider-demo {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      }
      .provider-demo section {
        padding: 1.5rem;
        background: var(--clinic-color-surface, #ffffff);
        color: var(--clinic-color-text, #1d2733);
        font-family: system-ui, sans-serif;
      }
      .provider-demo h2 {
        margin-block: 0 0.75rem;
        font-size: 1.125rem;
      }
    </style>
    <div class="provider-demo">
      ${(['light', 'dark'] as const).map(
        (theme) => html`
          <clinic-provider theme=${theme} clinic-name=${args['clinic-name'] ?? ''} terms-href=${args['terms-href'] ?? ''} locale=${args.locale ?? ''}>
            <section aria-label=${`${theme} theme`}>
              <h2>${theme === 'light' ? 'Light' : 'Dark'} theme</h2>
              <p>Page content inside the provider can read its tokens: this section paints its text and surface from them.</p>
              <medical-disclaimer label=${`Medical disclaimer, ${theme} theme`}></medical-disclaimer>
            </section>
          </clinic-provider>
        `,
      )}
    </div>
  `,
};

/**
 * A brand set by tokens alone: the light ones (sand and teal) and the `--clinic-dark-color-*` ones
 * for the dark palette, on the provider as the README shows. In dark, the light brand never mixes in.
 */
export const BrandByTokens: Story = {
  name: 'Brand by tokens (light and dark)',
  render: (args) => html`
    <style>
      .brand-demo {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
        gap: 1rem;
      }
      .brand-demo clinic-provider {
        --clinic-color-surface-alt: #f6efe3;
        --clinic-color-accent: #0f6b63;
        --clinic-color-link: #0f5f58;
        --clinic-color-border: #b9a68c;
        --clinic-dark-color-accent: #7fd6cc;
        --clinic-dark-color-link: #7fd6cc;
        --clinic-dark-color-on-accent: #06201d;
        --clinic-font-heading: Georgia, serif;
      }
    </style>
    <div class="brand-demo">
      ${(['light', 'dark'] as const).map(
        (theme) => html`
          <clinic-provider theme=${theme} clinic-name=${args['clinic-name'] ?? ''} terms-href=${args['terms-href'] ?? ''} locale=${args.locale ?? ''}>
            <medical-disclaimer label=${`Medical disclaimer, brand in the ${theme} theme`}></medical-disclaimer>
          </clinic-provider>
        `,
      )}
    </div>
  `,
};
