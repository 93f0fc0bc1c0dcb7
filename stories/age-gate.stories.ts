import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { langArgType, themeArgType } from './shared-arg-types.js';
import { readyElement } from './play-helpers.js';

/** The controls designers can tune; keys are the element's attribute names. */
interface GateArgs {
  'min-age'?: number;
  mode?: string;
  'remember-days'?: number;
  'policy-version'?: string;
  'deny-href'?: string;
  scope?: string;
  theme?: string;
  lang?: string;
}

/** What the loader sets up before a story renders (`parameters.ageGate`). */
interface GateSetup {
  /** A visitor who already answered "under the age" in this browser session. */
  denied?: boolean;
}

let renders = 0;

/**
 * Gives every render a fresh first visit. The gate reads storage when it connects (a pass in
 * localStorage or sessionStorage, a denial in sessionStorage), and Storybook keeps the preview page
 * between stories, so a pass or denial from one render would otherwise hide the gate in the next.
 * Every render therefore gets its own namespace, `story-age-<story>-<n>-<random>` (at most 40
 * characters, as `<clinic-provider>` requires): the story's earlier keys are removed, and a
 * denial is written for the stories that ask for one.
 */
const prepareVisit = async ({ id, args, parameters }: StoryContext<GateArgs>) => {
  const prefix = `story-age-${id.split('--')[1].slice(0, 16)}-`;
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith(prefix)) storage.removeItem(key);
  }
  // The random part keeps two frames of one story apart (the docs page shows the first story twice).
  const namespace = `${prefix}${++renders}-${Math.random().toString(36).slice(2, 6)}`;

  const setup: GateSetup = parameters.ageGate ?? {};
  if (setup.denied) {
    const denial = { minAge: args['min-age'] ?? 18, policyVersion: args['policy-version'] || '1' };
    sessionStorage.setItem(`${namespace}:age-gate-denied`, JSON.stringify({ v: 1, data: denial }));
  }
  return { namespace };
};

// Logged with their detail (`{ method, minAge }`). `parameters.actions.handles` would log the
// CustomEvent itself, and the Actions panel shows only its own properties (`isTrusted`), not `detail`.
const ageVerified = action('age-verified');
const ageDenied = action('age-denied');

/**
 * A clinic page with the gate, inside its own `<clinic-provider storage-namespace>` (which also
 * gives the Terms of Use link). The gate's children are a before/after gallery: with
 * `scope="content"` only they are gated; with `scope="page"` the modal covers the whole page.
 * `keyed` makes a new gate for every render: it reads storage when it connects, so a changed
 * control needs a new element (and the fresh namespace).
 */
const renderGate = (args: GateArgs, namespace: string) => html`
  <style>
    .story-page {
      max-width: 40rem;
    }
    .story-page h1 {
      margin-block: 0 0.75rem;
      font-size: 1.5rem;
    }
    .story-gallery h2 {
      margin-block: 1.5rem 0.5rem;
      font-size: 1.25rem;
    }
    .story-photos {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 10rem));
      gap: 0.75rem;
    }
    .story-photo {
      display: grid;
      place-items: center;
      aspect-ratio: 4 / 3;
      border: 1px dashed var(--clinic-color-border, #c5cfda);
      border-radius: var(--clinic-radius, 8px);
      color: var(--clinic-color-muted, #4a5563);
    }
  </style>
  ${keyed(
    namespace,
    html`
      <clinic-provider storage-namespace=${namespace} terms-href="/terms-of-use">
        <div class="story-page">
          <h1>Miller Plastic Surgery</h1>
          <p>
            Facelifts, necklifts and rhinoplasty in Miami. Read about each procedure, what recovery looks like, and
            book a consultation with Dr. Miller.
          </p>
          <age-gate
            min-age=${ifDefined(args['min-age'] ?? undefined)}
            mode=${ifDefined(args.mode || undefined)}
            remember-days=${ifDefined(args['remember-days'] ?? undefined)}
            policy-version=${ifDefined(args['policy-version'] || undefined)}
            deny-href=${ifDefined(args['deny-href'] || undefined)}
            scope=${ifDefined(args.scope || undefined)}
            theme=${ifDefined(args.theme || undefined)}
            lang=${ifDefined(args.lang || undefined)}
            @age-verified=${(event: CustomEvent) => ageVerified(event.detail)}
            @age-denied=${(event: CustomEvent) => ageDenied(event.detail)}
          >
            <section class="story-gallery">
              <h2>Before and after</h2>
              <p>Photos of Dr. Miller's patients, shown with their permission.</p>
              <div class="story-photos">
                <div class="story-photo">Before</div>
                <div class="story-photo">After</div>
              </div>
            </section>
          </age-gate>
          <p>Consultations are available Monday to Friday. Call the office to book a visit.</p>
        </div>
      </clinic-provider>
    `,
  )}
`;

const meta = {
  title: 'Components/Age gate',
  component: 'age-gate',
  render: (args, { loaded }) => renderGate(args, (loaded as { namespace: string }).namespace),
  loaders: [prepareVisit],
  args: { 'deny-href': 'https://www.example.org/' },
  // `type: 'string'` replaces the TypeScript type names the manifest gives (`AgeGateMode`,
  // `AgeGateScope`, `Theme | undefined`), which Storybook does not know and so drops from `?args=` URLs.
  argTypes: {
    'min-age': {
      type: 'number',
      control: { type: 'number', min: 1, max: 120, step: 1 },
      description: 'Youngest age allowed in, 1–120.',
      table: { category: 'attributes', defaultValue: { summary: '18' } },
    },
    mode: {
      type: 'string',
      control: 'inline-radio',
      options: ['birthdate', 'confirm'],
      description: '`birthdate` (day, month and year fields) or `confirm` (two equal buttons: old enough, or not).',
      table: { category: 'attributes', defaultValue: { summary: 'birthdate' } },
    },
    'remember-days': {
      type: 'number',
      control: { type: 'number', min: 0, max: 730, step: 1 },
      description: 'Days a pass is remembered, 0–730; 0 remembers it for this browser session only.',
      table: { category: 'attributes', defaultValue: { summary: '30' } },
    },
    'policy-version': {
      type: 'string',
      control: 'text',
      description: 'Revision of your Terms of Use; a pass for another revision does not count, so every visitor is asked again.',
      table: { category: 'attributes', defaultValue: { summary: '1' } },
    },
    'deny-href': {
      type: 'string',
      control: 'text',
      description: 'Where to send a visitor who is under the age (a "Leave this site" link). Without it, no link is shown.',
      table: { category: 'attributes' },
    },
    scope: {
      type: 'string',
      control: 'inline-radio',
      options: ['page', 'content'],
      description: '`page` (a modal dialog blocks the whole page) or `content` (only the children are gated, hidden and inert until passed).',
      table: { category: 'attributes', defaultValue: { summary: 'page' } },
    },
    theme: themeArgType,
    lang: langArgType,
  },
  parameters: {
    docs: {
      // With `scope="page"` the gate is a modal dialog that blocks the page it is on: inline, it
      // would block the whole docs page. Every story therefore gets its own frame.
      story: { inline: false, height: '520px' },
      description: {
        component:
          'The Terms of Use\'s "No Minors" rule as a gate: a modal dialog that blocks the page (or, with ' +
          '`scope="content"`, only the element\'s children) until the visitor gives a date of birth or confirms ' +
          'their age. The age is worked out in the browser; the date of birth is never stored or sent. Every story ' +
          'starts from a fresh visit: it has its own `<clinic-provider storage-namespace>`, so a pass or denial in ' +
          'one story does not carry over to the next. Answers show as `age-verified` and `age-denied` in the ' +
          'Actions panel. Use the toolbar to wrap every story in a `<clinic-provider>` with another theme or language.',
      },
    },
  },
} satisfies Meta<GateArgs>;

export default meta;
type Story = StoryObj<GateArgs>;

/** The default: a modal asks for the date of birth and blocks the page until it is given. */
export const DateOfBirth: Story = {
  name: 'Date of birth (default)',
};

/**
 * `mode="confirm"`: two buttons of equal weight, "I am 18 or older" and "I am under 18". Try the
 * `min-age` control: the question and both buttons follow it.
 */
export const Confirm: Story = {
  args: { mode: 'confirm' },
  parameters: { docs: { story: { inline: false, height: '420px' } } },
};

/**
 * A date that does not exist (31 February 1990), typed and submitted by the story's play function:
 * the message shows under the fields, and the day and month fields are marked invalid.
 */
export const ImpossibleDate: Story = {
  name: 'Error (impossible date)',
  parameters: { docs: { story: { inline: false, height: '560px', autoplay: true } } },
  play: async ({ canvasElement }) => {
    const gate = await readyElement(canvasElement, 'age-gate', (element) => element.shadowRoot?.querySelector('form'));
    const root = gate.shadowRoot!;
    const field = (name: 'day' | 'month' | 'year') => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    await userEvent.type(field('day'), '31');
    await userEvent.type(field('month'), '02');
    await userEvent.type(field('year'), '1990');
    root.querySelector('form')!.requestSubmit();
    await waitFor(() => {
      expect(root.querySelector('[part="error"]')?.textContent?.trim()).toBeTruthy();
      expect(field('day').getAttribute('aria-invalid')).toBe('true');
    });
  },
};

/**
 * A visitor who answered "under the age" earlier in this browser session (the story's loader
 * stores the denial): the gate says the site is not available and offers only the `deny-href`
 * "Leave this site" link.
 */
export const Denied: Story = {
  parameters: { ageGate: { denied: true } satisfies GateSetup, docs: { story: { inline: false, height: '420px' } } },
};

/**
 * `scope="content"`: only the before/after gallery is gated; it stays in the page (for search
 * engines) but is hidden and inert until the visitor passes. The rest of the page stays usable.
 */
export const ContentScope: Story = {
  name: 'Content scope',
  args: { scope: 'content' },
};

/** `lang="es"`: the gate in Spanish, with the fields in day, month, year order. */
export const Spanish: Story = {
  args: { lang: 'es' },
};

/** `theme="dark"` on the element itself, shown on a dark page (the toolbar theme is set to Dark). */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
};
