import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { langArgType, themeArgType } from './shared-arg-types.js';

interface SensitiveArgs {
  warning?: string;
  theme?: string;
  lang?: string;
}

/** A neutral drawing standing in for a clinic's before/after photo (a data URL: no request anywhere). */
const drawing = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="240" viewBox="0 0 480 240"><rect width="480" height="240" fill="#f2f5f8"/><path d="M90 50c-30 0-45 30-45 60s15 45 30 56c11 9 15 30 19 56M142 50c30 0 41 30 41 60 0 22-8 37-22 49-15 12-19 30-23 63M330 50c-30 0-45 30-45 60s15 41 30 52c11 9 16 30 20 60M382 50c30 0 41 30 41 60 0 22-8 34-21 45-13 12-18 34-21 67" fill="none" stroke="#4a5563" stroke-width="3"/><text x="116" y="30" font-family="sans-serif" font-size="16" text-anchor="middle">Before</text><text x="356" y="30" font-family="sans-serif" font-size="16" text-anchor="middle">After</text></svg>',
)}`;

let renders = 0;

/**
 * `<template>` content cannot be written with lit expressions inside, so the template is built as
 * a string (the only place unsafeHTML is used, with text the story itself controls). Every render
 * gets its own storage namespace, so a "show all" choice in one story does not reveal the next.
 */
const render = (args: SensitiveArgs) => {
  renders += 1;
  sessionStorage.clear();
  return html`${keyed(
    renders,
    html`
      <clinic-provider storage-namespace=${`story-sensitive-${renders}`}>
        <h2>Before and after</h2>
        <sensitive-content
          warning=${ifDefined(args.warning || undefined)}
          theme=${ifDefined(args.theme || undefined)}
          lang=${ifDefined(args.lang || undefined)}
          @sensitive-content-preference=${(e: CustomEvent) => action('sensitive-content-preference')(e.detail)}
        >
          ${unsafeHTML(
            `<template><figure><img src="${drawing}" width="480" height="240" alt="Drawing of a neck in profile before and after a necklift." /><figcaption>Illustration of a typical result. Results vary.</figcaption></figure></template>`,
          )}
        </sensitive-content>
      </clinic-provider>
    `,
  )}`;
};

const meta = {
  title: 'Components/Sensitive content',
  component: 'sensitive-content',
  render,
  argTypes: {
    warning: {
      type: 'string',
      control: 'text',
      description: '`nudity` (the default text from the Terms of Use) or your own warning.',
      table: { category: 'attributes', defaultValue: { summary: 'nudity' } },
    },
    theme: themeArgType,
    lang: langArgType,
  },
  parameters: {
    docs: {
      description: {
        component:
          'Media given inside a `<template>` stays behind a neutral cover, and is not downloaded, until the visitor chooses to see it. ' +
          '"Always show sensitive content on this site" is remembered for the session, or longer when the cookie banner has consent for preferences.',
      },
      story: { inline: false, height: '420px' },
    },
  },
} satisfies Meta<SensitiveArgs>;

export default meta;
type Story = StoryObj<SensitiveArgs>;

/** The cover, with the default warning from the Terms (§6 Nudity). */
export const Covered: Story = {};

/** Revealed: the photo and caption, with Hide and the site-wide choice. */
export const Revealed: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('sensitive-content')!;
    await element.updateComplete;
    await element.reveal(false);
  },
};

/** A warning of the clinic's own. */
export const CustomWarning: Story = { args: { warning: 'Surgical photos of the neck and jaw.' } };

/** Spanish controls and warning. */
export const Spanish: Story = { args: { lang: 'es' } };

/** The dark theme. */
export const DarkTheme: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };
