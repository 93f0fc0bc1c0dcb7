import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { langArgType, themeArgType } from './shared-arg-types.js';
import harborLaser from '../test/fixtures/harbor-laser.json';
import harborLaserEs from '../test/fixtures/harbor-laser.es.json';

/** A clinic's own guide file, served as a same-origin `blob:` URL, as a clinic's site would serve `/laser.json`. */
const fileUrl = (content: unknown) => URL.createObjectURL(new Blob([JSON.stringify(content)], { type: 'application/json' }));
const laserUrls = { en: fileUrl(harborLaser), es: fileUrl(harborLaserEs) };

/** The controls designers can tune; keys are the element's attribute names. */
interface GuideArgs {
  procedure?: string;
  layout?: string;
  'heading-level'?: number;
  'no-timeline'?: boolean;
  theme?: string;
  lang?: string;
}

/** The guide with the story's attributes; `content` goes inside it (slotted children, authored sections). */
const renderGuide = (args: GuideArgs, content: TemplateResult | typeof nothing = nothing) => html`
  <procedure-guide
    procedure=${ifDefined(args.procedure || undefined)}
    layout=${ifDefined(args.layout || undefined)}
    heading-level=${ifDefined(args['heading-level'] ?? undefined)}
    ?no-timeline=${args['no-timeline'] ?? false}
    theme=${ifDefined(args.theme || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    >${content}</procedure-guide
  >
`;

/**
 * The booking button a clinic puts in the `cta` slot. Slotted content keeps the page's styles, so
 * the story styles it from a `<style>` element (no inline `style=""`, for a strict CSP).
 */
const ctaButton = html`
  <style>
    .story-cta {
      justify-self: start;
      min-height: 44px;
      padding: 0.625rem 1.25rem;
      border: 0;
      border-radius: var(--clinic-radius, 8px);
      background: var(--clinic-color-accent, #0b5cad);
      color: var(--clinic-color-on-accent, #ffffff);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .story-cta:focus-visible {
      outline: 3px solid var(--clinic-color-focus, #0b5cad);
      outline-offset: 2px;
    }
  </style>
  <button class="story-cta" slot="cta" type="button">Book a consultation</button>
`;

/** A small line drawing as a `data:` URL, so the stories make no outside requests. */
const svgUrl = (body: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200" width="320" height="200">` +
      `<rect width="320" height="200" fill="#f2f5f8"/>` +
      `<g fill="none" stroke="#4a5563" stroke-width="3" stroke-linecap="round">` +
      // Head in profile-ish front view: face oval, ear, neck.
      `<ellipse cx="160" cy="92" rx="52" ry="66"/>` +
      `<path d="M212 86 q14 -4 12 16 q-2 16 -12 14"/>` +
      `<path d="M132 152 v40 M188 152 v40"/>` +
      `</g>${body}</svg>`,
  )}`;

const faceBefore = svgUrl(
  `<g fill="none" stroke="#4a5563" stroke-width="2.5" stroke-linecap="round">` +
    `<path d="M132 108 q6 22 -2 40"/><path d="M188 108 q-6 22 2 40"/>` +
    `<path d="M120 142 q8 14 22 14"/><path d="M200 142 q-8 14 -22 14"/>` +
    `<path d="M138 170 q22 12 44 0"/><path d="M136 182 q24 10 48 0"/></g>`,
);

const faceIncisions = svgUrl(
  `<path d="M214 40 q6 20 -2 46 q-6 20 4 34 q12 10 20 -4 q6 -14 -2 -26" fill="none" stroke="#b42318" stroke-width="3" stroke-dasharray="6 5" stroke-linecap="round"/>`,
);

const faceAfter = svgUrl(
  `<g fill="none" stroke="#4a5563" stroke-width="2.5" stroke-linecap="round">` + `<path d="M136 118 q4 12 0 22"/><path d="M184 118 q-4 12 0 22"/></g>`,
);

const meta = {
  title: 'Components/Procedure guide',
  component: 'procedure-guide',
  render: (args) => renderGuide(args),
  decorators: [withActions],
  args: { procedure: 'necklift', layout: 'article' },
  // `type: 'string'` replaces the TypeScript type names the manifest gives (`GuideLayout`,
  // `Theme | undefined`), which Storybook does not know and so drops from `?args=` URLs.
  argTypes: {
    procedure: {
      type: 'string',
      control: 'inline-radio',
      options: ['necklift', 'facelift'],
      description: 'A built-in guide: `necklift` or `facelift`. Used when the element has no sections of its own and no `src`.',
      table: { category: 'attributes' },
    },
    layout: {
      type: 'string',
      control: 'inline-radio',
      options: ['article', 'accordion', 'steps'],
      description: '`article` (all sections, with a table of contents), `accordion` (collapsed sections) or `steps` (one section at a time).',
      table: { category: 'attributes', defaultValue: { summary: 'article' } },
    },
    'heading-level': {
      type: 'number',
      control: { type: 'number', min: 2, max: 6, step: 1 },
      description: "Level of the section headings, 2 to 6 (the page's own title is the `h1`).",
      table: { category: 'attributes', defaultValue: { summary: '2' } },
    },
    'no-timeline': {
      type: 'boolean',
      control: 'boolean',
      description: 'Leaves out the recovery timeline.',
      table: { category: 'attributes', defaultValue: { summary: 'false' } },
    },
    theme: themeArgType,
    lang: langArgType,
  },
  parameters: {
    actions: { handles: ['section-change', 'cta-click'] },
    docs: {
      // Each guide writes its sections (with ids such as #risks) into the page; inline on one docs
      // page they would share ids, so every story gets its own frame.
      story: { inline: false, height: '640px' },
      description: {
        component:
          'A patient-education guide for one procedure. The text is rendered into the page (light DOM) as real ' +
          'headings and paragraphs, so find-in-page, screen readers, printing and search engines reach it; the ' +
          'controls (table of contents, steps, recovery timeline) live in the shadow root. `section-change` and ' +
          '`cta-click` show in the Actions panel. Use the toolbar to wrap every story in a `<clinic-provider>` ' +
          'with another theme or language.',
      },
    },
  },
} satisfies Meta<GuideArgs>;

export default meta;
type Story = StoryObj<GuideArgs>;

/** The built-in necklift guide as one article with a table of contents, and a booking button in the `cta` slot. */
export const Article: Story = {
  name: 'Article (default)',
  render: (args) => renderGuide(args, ctaButton),
};

/** `layout="accordion"`: every section collapsed behind its heading; find-in-page still opens them. */
export const Accordion: Story = {
  args: { layout: 'accordion' },
};

/** `layout="steps"`: one section at a time, with a step counter and Previous / Next buttons. */
export const Steps: Story = {
  args: { layout: 'steps' },
  render: (args) => renderGuide(args, ctaButton),
};

/**
 * The recovery timeline with a surgery date filled in (7 December 2026, set by the story's play
 * function): each milestone shows its calendar date and the `.ics` download appears. The sections
 * are collapsed (`layout="accordion"`) so the timeline is in view.
 */
export const RecoveryTimeline: Story = {
  name: 'Recovery timeline with a date',
  args: { layout: 'accordion' },
  parameters: { docs: { story: { inline: false, height: '640px', autoplay: true } } },
  play: async ({ canvasElement, viewMode }) => {
    const guide = canvasElement.querySelector('procedure-guide')!;
    const input = await waitFor(() => {
      const field = guide.shadowRoot?.querySelector<HTMLInputElement>('input[type="date"]');
      expect(field).toBeTruthy();
      return field!;
    });
    input.value = '2026-12-07';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const timeline = await waitFor(() => {
      expect(guide.shadowRoot?.querySelector('[part="download"]')).toBeTruthy();
      return guide.shadowRoot!.querySelector<HTMLElement>('[part="timeline"]')!;
    });
    // On the docs page the story stays where it is; on its own it scrolls to the timeline.
    if (viewMode === 'story') timeline.scrollIntoView({ block: 'start' });
  },
};

/**
 * `lang="es"`: the controls (table of contents, timeline, disclaimer) are in Spanish. The guide's
 * text stays in English, the language it is written in: the built-in guides exist in English only.
 */
export const Spanish: Story = {
  name: 'Spanish UI',
  args: { lang: 'es' },
};

/**
 * What the necklift guide asks the reader not to miss: the red flags as a warning callout (set
 * apart, printed) and the questions to ask the surgeon as a checklist the reader ticks. The ticks
 * stay in this browser (localStorage), never sent. The story opens at the planning section.
 */
export const WarningAndChecklist: Story = {
  name: 'Warning callout and questions checklist',
  args: { layout: 'accordion' },
  play: async ({ canvasElement }) => {
    const guide = canvasElement.querySelector('procedure-guide')!;
    await waitFor(() => expect(guide.querySelector('[data-guide-checklist]')).toBeTruthy());
    await (guide as HTMLElement & { goTo(id: string): Promise<void> }).goTo('planning');
    await (guide as HTMLElement & { goTo(id: string): Promise<void> }).goTo('after');
  },
};

/**
 * A clinic's own non-surgical guide (test/fixtures/harbor-laser.json, laser resurfacing): its
 * `procedureType` is `NoninvasiveProcedure`, so the timeline speaks of treatment and the clinician,
 * not of surgery, and counts from two weeks before the visit.
 */
export const ClinicTreatmentGuide: Story = {
  name: 'Clinic own treatment guide (laser)',
  args: { lang: 'en' },
  render: (args) => html`<procedure-guide src=${laserUrls.en} lang=${ifDefined(args.lang || undefined)}></procedure-guide>`,
};

/**
 * One guide, two files: `src` (English) and `src-es` (Spanish). The element's language picks the
 * file, and changing `lang` (the `lang` control, or the toolbar's language) switches the text
 * live, without any script of the page's own.
 */
export const BilingualGuide: Story = {
  name: 'Bilingual guide (src and src-es)',
  args: { lang: 'es' },
  render: (args) => html`<procedure-guide src=${laserUrls.en} src-es=${laserUrls.es} lang=${ifDefined(args.lang || undefined)}></procedure-guide>`,
};

/**
 * The built-in facelift guide: an illustrated sequence of five figures whose images the clinic
 * supplies as `<img slot="figure-<id>">` children; the element moves each into its figure. Here
 * three (`before`, `incisions`, `after`) are simple drawings; the others show only their caption.
 */
export const FaceliftIllustrated: Story = {
  name: 'Facelift, illustrated',
  args: { procedure: 'facelift' },
  render: (args) =>
    renderGuide(
      args,
      html`
        <img slot="figure-before" src=${faceBefore} width="320" height="200" alt="A face before a facelift, with jowls and loose skin at the neck." />
        <img slot="figure-incisions" src=${faceIncisions} width="320" height="200" alt="A dashed incision line from the temple, in front of the ear and behind the earlobe." />
        <img slot="figure-after" src=${faceAfter} width="320" height="200" alt="The same face after a facelift, with a smoother jawline and neck." />
      `,
    ),
};

/**
 * Progressive enhancement: the clinic writes its own `<section>`s with `h2`s and paragraphs inside
 * the element, and they are readable before any script runs. The element enhances them in place
 * (table of contents, layouts); `procedure="necklift"` adds the recovery timeline and structured
 * data. `heading-level` does not change the clinic's own headings.
 */
export const ClinicAuthored: Story = {
  name: 'Clinic-authored sections',
  render: (args) =>
    renderGuide(
      args,
      html`
        <section>
          <h2>Is a necklift right for you?</h2>
          <p>A necklift tightens loose skin and muscle bands under the chin and along the jaw. It suits adults in good health whose skin still has some elasticity.</p>
          <p>At Miller Plastic Surgery we also discuss non-surgical options with you first.</p>
        </section>
        <section>
          <h2>Your consultation</h2>
          <p>Dr. Miller examines your neck and jawline, reviews your medical history and explains what a necklift can and cannot change.</p>
        </section>
        <section>
          <h2>After surgery</h2>
          <p>Most patients return to desk work within two weeks. Bring someone to drive you home and stay with you the first night.</p>
        </section>
        ${ctaButton}
      `,
    ),
};

/**
 * What `npx clinic-elements render` prints, pasted into a page: the table of contents and the
 * disclaimer come before the sections, so the text, its contents and the disclaimer are on screen
 * before any script runs, and enhancing them paints nothing new. The element shows the printed
 * table of contents (`slot="toc"`) in place of its own and marks the section being read; style it
 * with the site's CSS (`::part(toc)` reaches only the element's own).
 */
export const PrintedHtml: Story = {
  name: 'Printed HTML (clinic-elements render)',
  render: (args) =>
    renderGuide(
      args,
      html`
        <nav slot="toc" data-guide-toc aria-labelledby="story-printed-toc-title">
          <p id="story-printed-toc-title">On this page</p>
          <ol>
            <li><a href="#printed-candidates">The best candidates</a></li>
            <li><a href="#printed-consultation">Your consultation</a></li>
            <li><a href="#printed-recovery">Getting back to normal</a></li>
          </ol>
        </nav>
        <medical-disclaimer slot="disclaimer"
          ><p>
            <strong>Not medical advice.</strong> The content on this site is for educational and informational purposes only and is not a substitute for
            diagnosis, treatment, or medical advice from a qualified health care professional.
          </p></medical-disclaimer
        >
        <section id="printed-candidates" data-guide-section aria-labelledby="printed-candidates-heading">
          <h2 id="printed-candidates-heading">The best candidates</h2>
          <div id="printed-candidates-body" data-guide-body>
            <p>A man or woman whose neck has begun to sag, but whose skin still has some elasticity.</p>
          </div>
        </section>
        <section id="printed-consultation" data-guide-section aria-labelledby="printed-consultation-heading">
          <h2 id="printed-consultation-heading">Your consultation</h2>
          <div id="printed-consultation-body" data-guide-body>
            <p>Your surgeon examines your neck and jawline and explains what a necklift can and cannot change.</p>
          </div>
        </section>
        <section id="printed-recovery" data-guide-section aria-labelledby="printed-recovery-heading">
          <h2 id="printed-recovery-heading">Getting back to normal</h2>
          <div id="printed-recovery-body" data-guide-body>
            <ul>
              <li>Up and about in a day or two</li>
              <li>Back at work in ten days to two weeks</li>
            </ul>
          </div>
        </section>
      `,
    ),
  play: async ({ canvasElement }) => {
    const guide = canvasElement.querySelector('procedure-guide')!;
    await waitFor(() => expect(guide.shadowRoot?.querySelector('slot[name="toc"]')).toBeTruthy());
    await waitFor(() => expect(guide.querySelectorAll('[data-guide-toc] a[aria-current]')).toHaveLength(1));
    await expect(guide.shadowRoot!.querySelector('[part="toc"]')).toBeNull();
  },
};

/**
 * `procedure="rhinoplasty"` is not a built-in guide: the element shows an inline alert naming the
 * guides it has, and logs the same message as a console warning.
 */
export const UnknownProcedure: Story = {
  name: 'Error: unknown procedure',
  args: { procedure: 'rhinoplasty' },
  argTypes: { procedure: { control: 'text' } },
};

/** `theme="dark"` on the element itself, shown on a dark page (the toolbar theme is set to Dark). */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  render: (args) => renderGuide(args, ctaButton),
};
