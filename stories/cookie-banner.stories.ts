import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { langArgType, themeArgType } from './shared-arg-types.js';
import { readyElement } from './play-helpers.js';

/** The controls designers can tune; keys are the element's attribute names. */
interface BannerArgs {
  'policy-version'?: string;
  'expires-days'?: number;
  categories?: string;
  storage?: string;
  'consent-mode'?: boolean;
  'record-endpoint'?: string;
  'privacy-href'?: string;
  'sensitive-page'?: boolean;
  layout?: string;
  'floating-button'?: boolean;
  theme?: string;
  lang?: string;
}

/** What the loader sets up before a story renders (`parameters.cookieBanner`). */
interface BannerSetup {
  /** A decision already stored, as a returning visitor has one. `version` defaults to the story's `policy-version`. */
  stored?: { version?: string; categories: Record<string, boolean>; method: 'accept-all' | 'reject-all' | 'custom' };
  /** Simulates a browser that sends the Global Privacy Control signal. */
  gpc?: boolean;
}

const day = 86_400_000;
let renders = 0;

/**
 * Gives every render a fresh first visit. The consent store is a per-page singleton per storage
 * namespace and keeps its decision in memory, so clearing localStorage alone would not bring the
 * banner back after a click on "Accept all" (Storybook keeps the preview page between stories).
 * Every render therefore gets its own namespace, `story-<story>-<n>-<random>`: the story's earlier
 * keys are removed, a stored decision is written for returning-visitor stories, and
 * `navigator.globalPrivacyControl` is set only where the story asks for it.
 */
const prepareVisit = async ({ id, args, parameters }: StoryContext<BannerArgs>) => {
  const prefix = `story-${id.split('--')[1].slice(0, 24)}-`;
  for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
  for (const pair of document.cookie.split('; ')) {
    const name = decodeURIComponent(pair.split('=')[0]);
    if (name.startsWith(prefix)) document.cookie = `${encodeURIComponent(name)}=; path=/; max-age=0`;
  }
  // The random part keeps two frames of one story apart (the docs page shows the first story twice).
  const namespace = `${prefix}${++renders}-${Math.random().toString(36).slice(2, 6)}`;

  const setup: BannerSetup = parameters.cookieBanner ?? {};
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: setup.gpc ? true : undefined, configurable: true });
  if (setup.stored) {
    const decidedAt = Date.now() - 30 * day;
    const decision = {
      categories: { necessary: true, preferences: false, analytics: false, advertising: false, ...setup.stored.categories },
      version: setup.stored.version ?? args['policy-version'] ?? '1',
      decidedAt,
      expiresAt: decidedAt + 180 * day,
      method: setup.stored.method,
      gpc: false,
      receipt: crypto.randomUUID(),
    };
    localStorage.setItem(`${namespace}:consent`, JSON.stringify({ v: 1, data: decision }));
  }
  return { namespace };
};

const consentChange = action('consent-change');

/**
 * A clinic's vendors, declared inside the banner as the demo page does: a category of the clinic's
 * own (live chat) and a service per vendor, two of them selling or sharing data (off under Global
 * Privacy Control). The privacy links are only shown, never requested.
 */
const vendors = html`
  <consent-category
    name="support"
    label="Live chat"
    label-es="Chat en vivo"
    description="A chat window to ask our patient coordinators about procedures, costs and appointments."
    description-es="Una ventana de chat para preguntar a nuestras coordinadoras de pacientes sobre procedimientos, costos y citas."
    purpose="offer a live chat"
    purpose-es="ofrecer un chat en vivo"
  ></consent-category>
  <consent-service
    name="ga4"
    category="analytics"
    label="Google Analytics 4"
    vendor="Google LLC"
    purpose="Counts visits and the pages viewed."
    privacy-href="https://policies.google.com/privacy"
    cookies="_ga _ga_*"
    reads-consent-mode
  ></consent-service>
  <consent-service
    name="call-tracking"
    category="analytics"
    label="Call tracking"
    vendor="Example Calls, Inc."
    purpose="Shows a tracking phone number and counts which pages lead to calls."
    cookies="_ct_session"
    sale-or-share
  ></consent-service>
  <consent-service
    name="meta-pixel"
    category="advertising"
    label="Meta Pixel"
    vendor="Meta Platforms, Inc."
    purpose="Measures whether our ads on Facebook and Instagram lead to consultations."
    privacy-href="https://www.facebook.com/privacy/policy/"
    cookies="_fbp"
    sale-or-share
  ></consent-service>
  <consent-service
    name="youtube"
    category="advertising"
    label="YouTube"
    vendor="Google LLC"
    purpose="Plays the videos on this site."
    privacy-href="https://policies.google.com/privacy"
    cookies="YSC VISITOR_INFO1_LIVE"
  ></consent-service>
  <consent-service
    name="maps"
    category="preferences"
    label="Google Maps"
    vendor="Google LLC"
    purpose="Shows where the clinic is."
    privacy-href="https://policies.google.com/privacy"
  ></consent-service>
  <consent-service name="chat" category="support" label="Clinic chat" vendor="Example Chat, Inc." purpose="Answers your questions in a chat window."></consent-service>
`;

/** A stand-in for a YouTube player (a data URL: the story requests nothing from anywhere). */
const videoFrame = `data:text/html;charset=utf-8,${encodeURIComponent(
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stand-in video player</title><style>html,body{height:100%;margin:0}body{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px;background:radial-gradient(circle at 50% 40%,#2b3440,#0b0f14 70%);color:#d5dbe2;font:14px system-ui,sans-serif}</style></head><body><svg viewBox="0 0 68 48" width="68" height="48" aria-hidden="true"><rect width="68" height="48" rx="12" fill="#e0302b"/><path d="M27 14l18 10-18 10z" fill="#fff"/></svg><p>Stand-in for a YouTube video</p></body></html>',
)}`;

/** What a story adds to the page of `renderBanner`: declarations inside the banner, content after the text. */
interface PageExtras {
  declarations?: TemplateResult;
  content?: TemplateResult;
}

/**
 * A page with the banner, inside its own `<clinic-provider storage-namespace>`. `keyed` makes a new
 * banner for every render: it reads its settings when it connects, so a changed control needs a
 * new element (and the fresh namespace a new store).
 */
const renderBanner = (args: BannerArgs, namespace: string, { declarations, content }: PageExtras = {}) => html`
  <style>
    .story-page {
      max-width: 40rem;
    }
    .story-page h1 {
      margin-block: 0 0.75rem;
      font-size: 1.5rem;
    }
    .story-page iframe {
      display: block;
      max-width: 100%;
      height: auto;
      aspect-ratio: 16 / 9;
      border: 0;
      border-radius: 8px;
    }
  </style>
  ${keyed(
    namespace,
    html`
      <clinic-provider storage-namespace=${namespace}>
        <div class="story-page">
          <h1>Miller Plastic Surgery</h1>
          <p>
            Facelifts, necklifts and rhinoplasty in Miami. Read about each procedure, what recovery looks like, and
            book a consultation with Dr. Miller.
          </p>
          <p>The cookie banner below is fixed to the viewport, so it stays in view while the page scrolls.</p>
          ${content}
        </div>
        <cookie-banner
          policy-version=${ifDefined(args['policy-version'] || undefined)}
          expires-days=${ifDefined(args['expires-days'] ?? undefined)}
          categories=${ifDefined(args.categories ?? undefined)}
          storage=${ifDefined(args.storage || undefined)}
          ?consent-mode=${args['consent-mode'] ?? false}
          record-endpoint=${ifDefined(args['record-endpoint'] || undefined)}
          privacy-href=${ifDefined(args['privacy-href'] || undefined)}
          ?sensitive-page=${args['sensitive-page'] ?? false}
          layout=${ifDefined(args.layout || undefined)}
          ?floating-button=${args['floating-button'] ?? false}
          theme=${ifDefined(args.theme || undefined)}
          lang=${ifDefined(args.lang || undefined)}
          @consent-change=${(event: CustomEvent) => consentChange(event.detail)}
          >${declarations}</cookie-banner
        >
      </clinic-provider>
    `,
  )}
`;

/** The namespace `prepareVisit` made for this render. */
const namespaceOf = (loaded: unknown) => (loaded as { namespace: string }).namespace;

/** Opens the preferences once the banner has its store (as the Customize button does). */
const openPreferences = async (canvasElement: HTMLElement) => {
  const banner = await readyElement(canvasElement, 'cookie-banner', (element) => element.store);
  await banner.showPreferences();
  await waitFor(() => expect(banner.shadowRoot?.querySelector<HTMLDialogElement>('#preferences')?.open).toBe(true));
  return banner;
};

const meta = {
  title: 'Components/Cookie banner',
  component: 'cookie-banner',
  render: (args, { loaded }) => renderBanner(args, namespaceOf(loaded)),
  loaders: [prepareVisit],
  args: { 'policy-version': '2024-05', layout: 'bar', 'privacy-href': '/privacy-policy' },
  // `type: 'string'` replaces the TypeScript type names the manifest gives (`BannerLayout`,
  // `Theme | undefined`), which Storybook does not know and so drops from `?args=` URLs.
  argTypes: {
    'policy-version': {
      type: 'string',
      control: 'text',
      description: 'Revision of your privacy policy; a stored decision for another revision no longer counts, so every visitor is asked again.',
      table: { category: 'attributes', defaultValue: { summary: '1' } },
    },
    'expires-days': {
      type: 'number',
      control: { type: 'number', min: 1, max: 730, step: 1 },
      description: 'Days a decision counts, 1–730.',
      table: { category: 'attributes', defaultValue: { summary: '180' } },
    },
    categories: {
      type: 'string',
      control: 'text',
      description: 'Categories to ask about, from `preferences analytics advertising` (space- or comma-separated). Unset: all three.',
      table: { category: 'attributes', defaultValue: { summary: 'preferences analytics advertising' } },
    },
    storage: {
      type: 'string',
      control: 'inline-radio',
      options: ['local', 'cookie'],
      description: 'Where decisions are kept: `local` (localStorage) or `cookie`.',
      table: { category: 'attributes', defaultValue: { summary: 'local' } },
    },
    'consent-mode': {
      type: 'boolean',
      control: 'boolean',
      description: 'Pushes Google Consent Mode v2 defaults (all denied) and updates to `window.dataLayer`.',
      table: { category: 'attributes', defaultValue: { summary: 'false' } },
    },
    'record-endpoint': {
      type: 'string',
      control: 'text',
      description:
        "Same-origin URL that receives a receipt for every decision (defaults to the provider's). Left unset here: Storybook has no endpoint to receive them.",
      table: { category: 'attributes' },
    },
    'privacy-href': {
      type: 'string',
      control: 'text',
      description: "Address of the Privacy Policy (defaults to the provider's `privacy-href`). Without one, no link is shown.",
      table: { category: 'attributes' },
    },
    'sensitive-page': {
      type: 'boolean',
      control: 'boolean',
      description:
        'A health page: analytics and advertising stay held back whatever the visitor granted, except services declared `allowed-on-sensitive` (also on `<clinic-provider>`).',
      table: { category: 'attributes', defaultValue: { summary: 'false' } },
    },
    layout: {
      type: 'string',
      control: 'inline-radio',
      options: ['bar', 'box', 'modal'],
      description: '`bar` (bottom strip), `box` (bottom corner) or `modal` (blocks the page until a choice).',
      table: { category: 'attributes', defaultValue: { summary: 'bar' } },
    },
    'floating-button': {
      type: 'boolean',
      control: 'boolean',
      description: 'Shows a "Cookie settings" button once a decision is made, to reopen the preferences.',
      table: { category: 'attributes', defaultValue: { summary: 'false' } },
    },
    theme: themeArgType,
    lang: langArgType,
  },
  parameters: {
    // The banner is fixed to the bottom of the viewport (and `modal` takes the whole page), so on
    // the docs page every story gets its own frame: inline, they would all stack at the bottom of
    // the docs page, and each frame keeps its own consent store and GPC setting.
    docs: {
      story: { inline: false, height: '420px' },
      description: {
        component:
          'A cookie consent banner with Accept all, Reject all and Customize, and a preferences dialog with a switch ' +
          'per category. Every story starts from a fresh visit: it has its own `<clinic-provider storage-namespace>` ' +
          'and clears what an earlier render stored, so a decision made in one story does not carry over to the next. ' +
          'Decisions show as `consent-change` in the Actions panel. Use the toolbar to wrap every story in a ' +
          '`<clinic-provider>` with another theme or language.',
      },
    },
  },
} satisfies Meta<BannerArgs>;

export default meta;
type Story = StoryObj<BannerArgs>;

/** The first visit: nothing stored, so the bar asks. Try the `layout` control. */
export const FirstVisit: Story = {
  name: 'First visit (bar)',
};

/** `layout="box"`: the first layer as a box in the bottom corner, leaving most of the page visible. */
export const Box: Story = {
  args: { layout: 'box' },
};

/**
 * `layout="modal"`: the first layer is a modal dialog that blocks the page until a choice. Escape
 * does not dismiss it; one of the three buttons must be used.
 */
export const Modal: Story = {
  args: { layout: 'modal' },
  parameters: { docs: { story: { inline: false, height: '520px' } } },
};

/**
 * Customize opened (by the story's play function, which calls `showPreferences()`): a switch per
 * category, `necessary` always on, the others off until the visitor turns them on.
 */
export const PreferencesOpen: Story = {
  name: 'Preferences open',
  parameters: { docs: { story: { inline: false, height: '720px', autoplay: true } } },
  play: async ({ canvasElement }) => {
    await openPreferences(canvasElement);
  },
};

/**
 * The site's vendors declared inside the banner (`<consent-service>`, and `<consent-category>` for
 * the clinic's own live chat), with the preferences open: under each category a switch per
 * service, with its vendor, purpose, cookies and privacy policy, and at the end "Your consent ID"
 * once a decision exists.
 */
export const ServiceTable: Story = {
  name: 'Service table',
  render: (args, { loaded }) => renderBanner(args, namespaceOf(loaded), { declarations: vendors }),
  parameters: { docs: { story: { inline: false, height: '720px', autoplay: true } } },
  play: async ({ canvasElement }) => {
    await openPreferences(canvasElement);
  },
};

/**
 * A YouTube frame held back with `data-consent="service:youtube" data-placeholder="video"` and
 * `data-src` (here a stand-in player, a data URL): it loads nothing, and a box of its size says
 * who would receive data, with "Load this video" (this one, this once) and "Always allow YouTube"
 * (a decision, with a receipt). The visitor rejected all 30 days ago, so no banner shows.
 */
export const Placeholder: Story = {
  args: { 'floating-button': true },
  render: (args, { loaded }) =>
    renderBanner(args, namespaceOf(loaded), {
      declarations: vendors,
      content: html`
        <h2>Dr. Miller on the necklift</h2>
        <iframe
          data-consent="service:youtube"
          data-placeholder="video"
          data-src=${videoFrame}
          width="560"
          height="315"
          title="Video: Necklift, what to expect, with Dr. Miller"
        ></iframe>
      `,
    }),
  parameters: {
    cookieBanner: { stored: { categories: {}, method: 'reject-all' } } satisfies BannerSetup,
    docs: { story: { inline: false, height: '640px' } },
  },
};

/**
 * `sensitive-page`, for a page about a procedure or a condition: analytics and advertising stay
 * held back here whatever the visitor grants (unless a service is declared `allowed-on-sensitive`),
 * so no tracker learns which health page was read. The preferences say so.
 */
export const SensitivePage: Story = {
  name: 'Sensitive page',
  args: { 'sensitive-page': true },
  render: (args, { loaded }) => renderBanner(args, namespaceOf(loaded), { declarations: vendors }),
  parameters: { docs: { story: { inline: false, height: '720px', autoplay: true } } },
  play: async ({ canvasElement }) => {
    await openPreferences(canvasElement);
  },
};

/**
 * A returning visitor: a decision for this `policy-version` (analytics on, the rest off, made 30
 * days ago) is already stored, so no banner shows. `floating-button` leaves a "Cookie settings"
 * button to reopen the preferences.
 */
export const ReturningVisitor: Story = {
  name: 'Returning visitor',
  args: { 'floating-button': true },
  parameters: { cookieBanner: { stored: { categories: { analytics: true }, method: 'custom' } } satisfies BannerSetup },
};

/**
 * The stored decision was made for policy `2023-01`, but the banner now has
 * `policy-version="2024-05"`: a decision for another revision of the policy no longer counts, so
 * the returning visitor is asked again.
 */
export const ChangedPolicy: Story = {
  name: 'Changed policy',
  args: { 'floating-button': true },
  parameters: {
    cookieBanner: {
      stored: { version: '2023-01', categories: { preferences: true, analytics: true, advertising: true }, method: 'accept-all' },
    } satisfies BannerSetup,
  },
};

/**
 * The browser sends the Global Privacy Control signal (simulated: the story's loader sets
 * `navigator.globalPrivacyControl` to `true`). The banner says that advertising, and the services
 * declared `sale-or-share`, stay off unless the visitor turns them on. The play function accepts
 * all and opens the preferences at Analytics: it is on but its call-tracking service
 * (`sale-or-share`) is not, and advertising with its Meta Pixel and YouTube stays off.
 */
export const GlobalPrivacyControl: Story = {
  name: 'Global Privacy Control',
  render: (args, { loaded }) => renderBanner(args, namespaceOf(loaded), { declarations: vendors }),
  parameters: {
    cookieBanner: { gpc: true } satisfies BannerSetup,
    docs: { story: { inline: false, height: '720px', autoplay: true } },
  },
  play: async ({ canvasElement }) => {
    const banner = await readyElement(canvasElement, 'cookie-banner', (element) => element.shadowRoot?.querySelector('.gpc'));
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="accept-button"]')!.click();
    await waitFor(() => expect(banner.store?.decision?.method).toBe('accept-all'));
    await openPreferences(canvasElement);
    // Scrolled to Analytics (on): Google Analytics 4 on, Call tracking off; Advertising below it, off.
    banner.shadowRoot!.querySelector('#switch-analytics')!.closest('li')!.scrollIntoView({ block: 'start' });
  },
};

/** `lang="es"`: the banner and its preferences dialog are in Spanish. */
export const Spanish: Story = {
  args: { lang: 'es', 'privacy-href': '/politica-de-privacidad' },
};

/** `theme="dark"` on the element itself, shown on a dark page (the toolbar theme is set to Dark). */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
};
