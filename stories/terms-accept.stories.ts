import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { loadBuiltInDocument } from '../src/content/index.js';
import { demoClinic } from '../src/core/documents/clinic.js';
import { documentHashes } from '../src/core/documents/hash.js';
import { inDemoClinic } from './demo-clinic.js';
import { langArgType, themeArgType } from './shared-arg-types.js';
import harborTerms from '../test/fixtures/harbor-terms.json';

/**
 * A clinic's own Terms file (test/fixtures/harbor-terms.json), served as a same-origin file: a
 * `blob:` URL of this page, as a clinic's site would serve `/terms.json`.
 */
const harborTermsUrl = URL.createObjectURL(new Blob([JSON.stringify(harborTerms)], { type: 'application/json' }));

interface TermsArgs {
  version?: string;
  src?: string;
  required?: boolean;
  theme?: string;
  lang?: string;
}

let renders = 0;

/** A sign-up form, in its own storage namespace per render (unless given) so an acceptance does not carry over. */
const render = (args: TermsArgs, namespace = `story-terms-${++renders}`) => {
  return html`${keyed(
    renders,
    html`
      ${inDemoClinic(
        html`<form class="story-form" @submit=${(e: Event) => (e.preventDefault(), action('submit')(Object.fromEntries(new FormData(e.target as HTMLFormElement))))}>
          <label>Email <input name="email" type="email" value="pat@example.com" /></label>
          <terms-accept
            name="terms"
            version=${ifDefined(args.version || undefined)}
            src=${ifDefined(args.src || undefined)}
            ?required=${args.required}
            theme=${ifDefined(args.theme || undefined)}
            lang=${ifDefined(args.lang || undefined)}
            @terms-accepted=${(e: CustomEvent) => action('terms-accepted')(e.detail)}
          ></terms-accept>
          <button>Create account</button>
        </form>`,
        { namespace, termsHref: '/terms-of-use' },
      )}
      <style>
        .story-form {
          display: grid;
          gap: 0.75rem;
          justify-items: start;
          font-family: system-ui, sans-serif;
        }
      </style>
    `,
  )}`;
};

const meta = {
  title: 'Components/Terms accept',
  component: 'terms-accept',
  render: (args) => render(args),
  args: { version: '2024-05', required: true },
  argTypes: {
    version: { type: 'string', control: 'text', table: { category: 'attributes' } },
    src: { type: 'string', control: 'text', table: { category: 'attributes' } },
    required: { control: 'boolean', table: { category: 'attributes' } },
    theme: themeArgType,
    lang: langArgType,
  },
  parameters: {
    docs: {
      description: {
        component:
          'A form-associated "I have read and agree to the Terms of Use" box. Submitting the form without it shows the browser’s ' +
          'validation message; ticking it fires `terms-accepted` with the version and the SHA-256 of the Terms as shown.',
      },
      story: { inline: false, height: '260px' },
    },
  },
} satisfies Meta<TermsArgs>;

export default meta;
type Story = StoryObj<TermsArgs>;

/** A sign-up form with the required box. */
export const SignUpForm: Story = {};

/** A visitor who accepted version 2023-01, whose "No Medical Advice" and "Jurisdiction" read differently: those two are listed. */
export const ChangedTerms: Story = {
  loaders: [
    async () => {
      const current = await documentHashes(await loadBuiltInDocument('terms'), demoClinic);
      const sections = { ...current.sections, 'no-medical-advice': 'older', jurisdiction: 'older' };
      localStorage.setItem('story-terms-changed:terms-accepted', JSON.stringify({ v: 1, data: { version: '2023-01', hash: 'older', sections } }));
      return {};
    },
  ],
  render: (args) => render(args, 'story-terms-changed'),
};

/** A page behind `mode="gate"`, in its own storage namespace per render. */
const gateStory = (attributes: { version?: string; src?: string; requireScroll?: boolean }): Story => ({
  render: () =>
    html`${keyed(
      ++renders,
      inDemoClinic(
        html`<div><h1>Patient portal</h1><p>Behind the gate.</p></div>
          <terms-accept
            mode="gate"
            version=${ifDefined(attributes.version)}
            src=${ifDefined(attributes.src)}
            ?require-scroll=${attributes.requireScroll}
            @terms-accepted=${(e: CustomEvent) => action('terms-accepted')(e.detail)}
          ></terms-accept>`,
        { namespace: `story-terms-gate-${renders}` },
      ),
    )}`,
  parameters: { docs: { story: { inline: false, height: '640px' } } },
});

/** `mode="gate"` with `require-scroll`: the page is blocked until the visitor has scrolled through the Terms and accepted them. */
export const GateWithRequireScroll: Story = gateStory({ version: '2024-05', requireScroll: true });

/** Spanish label, link and validation message. */
export const Spanish: Story = { args: { lang: 'es' } };

/** The dark theme. */
export const DarkTheme: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

/**
 * A clinic's own Terms (`src`): the proof names them. The form receives `terms.document`,
 * `terms.version`, `terms.effective-date`, `terms.hash` and `terms.receipt`; `clinic-elements hash
 * terms.json` prints the same hash.
 */
export const ClinicOwnTerms: Story = { args: { src: harborTermsUrl, version: '' } };

/** A clinic's own Terms in `mode="gate"`: the dialog shows them, lists and links intact. */
export const ClinicOwnTermsGate: Story = gateStory({ src: harborTermsUrl });
