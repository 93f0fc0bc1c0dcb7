import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { readyElement } from './play-helpers.js';
import { inDemoClinic } from './demo-clinic.js';
import { langArgType, themeArgType } from './shared-arg-types.js';

interface ConsentArgs {
  purpose?: string;
  required?: boolean;
  version?: string;
  uses?: string;
  'health-data-href'?: string;
  theme?: string;
  lang?: string;
  /** The clinic's own statement, slotted (empty: the built-in one). */
  statement?: string;
}

let renders = 0;

/** An appointment form with the consent under the fields; the submitted data goes to the Actions panel. */
const render = (args: ConsentArgs) =>
  html`${keyed(
    ++renders,
    inDemoClinic(
      html`<form class="story-form" @submit=${(e: Event) => (e.preventDefault(), action('submit')([...new FormData(e.target as HTMLFormElement)]))}>
          <label>Email <input name="email" type="email" value="pat@example.com" /></label>
          <consent-checkbox
            name="consent"
            purpose=${ifDefined(args.purpose || undefined)}
            version=${ifDefined(args.version || undefined)}
            uses=${ifDefined(args.uses || undefined)}
            health-data-href=${ifDefined(args['health-data-href'] || undefined)}
            ?required=${args.required}
            theme=${ifDefined(args.theme || undefined)}
            lang=${ifDefined(args.lang || undefined)}
            @consent-given=${(e: CustomEvent) => action('consent-given')(e.detail)}
            @consent-withdrawn=${(e: CustomEvent) => action('consent-withdrawn')(e.detail)}
            >${args.statement ?? ''}</consent-checkbox
          >
          <button>Request an appointment</button>
        </form>
        <style>
          .story-form {
            display: grid;
            gap: 0.75rem;
            justify-items: start;
            max-width: 40rem;
            font-family: system-ui, sans-serif;
          }
        </style>`,
      { namespace: `story-consent-${renders}` },
    ),
  )}`;

const meta = {
  title: 'Components/Consent checkbox',
  component: 'consent-checkbox',
  render,
  args: { purpose: 'email-marketing' },
  argTypes: {
    purpose: {
      type: 'string',
      control: 'select',
      options: ['email-marketing', 'sms', 'photo-release', 'health-data', 'custom'],
      table: { category: 'attributes' },
    },
    required: { control: 'boolean', table: { category: 'attributes' } },
    version: { type: 'string', control: 'text', table: { category: 'attributes' } },
    uses: { type: 'string', control: 'text', table: { category: 'attributes' } },
    'health-data-href': { type: 'string', control: 'text', table: { category: 'attributes' } },
    statement: { type: 'string', control: 'text', description: "The clinic's own statement (slotted).", table: { category: 'slots' } },
    theme: themeArgType,
    lang: langArgType,
  },
  parameters: {
    docs: {
      description: {
        component:
          'One separate consent for a form, never bundled with the Terms and never pre-ticked. The form receives `consent`, ' +
          '`consent.version`, `consent.hash` (SHA-256 of the words shown) and `consent.receipt`; every tick and untick is a receipt.',
      },
      story: { inline: false, height: '300px' },
    },
  },
} satisfies Meta<ConsentArgs>;

export default meta;
type Story = StoryObj<ConsentArgs>;

/** Email marketing: optional, unticked, separate from the Terms. */
export const EmailMarketing: Story = {};

/** Text messages. */
export const Sms: Story = { name: 'SMS', args: { purpose: 'sms' } };

/** A photo release: what may be used and where, each its own choice, and how to revoke. */
export const PhotoRelease: Story = { args: { purpose: 'photo-release', required: true }, parameters: { docs: { story: { inline: false, height: '520px' } } } };

/** A photo release with a use and a place ticked by the play function: the release is given. */
export const PhotoReleaseGiven: Story = {
  args: { purpose: 'photo-release', uses: 'photos website social-media' },
  parameters: { docs: { story: { inline: false, height: '460px', autoplay: true } } },
  play: async ({ canvasElement }) => {
    const release = await readyElement(canvasElement, 'consent-checkbox', (element) => element.shadowRoot?.querySelectorAll('input').length === 3);
    const [photos, website] = release.shadowRoot!.querySelectorAll('input');
    photos.click();
    website.click();
    await waitFor(() => expect(release.checked).toBe(true));
  },
};

/** Consumer health data (Washington's My Health My Data Act): required by this form, with its policy linked. */
export const HealthData: Story = { args: { purpose: 'health-data', required: true, 'health-data-href': '/consumer-health-data' } };

/** The required health-data consent left unticked: the form is refused and the box outlined. */
export const HealthDataRefused: Story = {
  name: 'Health data (form refused)',
  args: { purpose: 'health-data', required: true, 'health-data-href': '/consumer-health-data' },
  parameters: { docs: { story: { inline: false, height: '300px', autoplay: true } } },
  play: async ({ canvasElement }) => {
    const consent = await readyElement(canvasElement, 'consent-checkbox', (element) => element.shadowRoot?.querySelector('input'));
    consent.form!.requestSubmit();
    await waitFor(() => expect(consent.hasAttribute('data-tried')).toBe(true));
  },
};

/** The clinic's own statement (slotted), with its version: the hash is of these words. */
export const OwnStatement: Story = {
  args: { purpose: 'custom', version: '2026-11', statement: 'Send me Miller Plastic Surgery’s quarterly newsletter about new treatments.' },
};

/** A custom consent without a statement: it says so and cannot be ticked. */
export const NoStatement: Story = { name: 'Error (no statement)', args: { purpose: 'custom' } };

/** Spanish. */
export const Spanish: Story = { args: { purpose: 'sms', lang: 'es' } };

/** The dark theme, a photo release. */
export const DarkTheme: Story = {
  args: { purpose: 'photo-release', theme: 'dark' },
  globals: { theme: 'dark' },
  parameters: { docs: { story: { inline: false, height: '520px' } } },
};
