import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { inDemoClinic } from './demo-clinic.js';
import { langArgType, themeArgType } from './shared-arg-types.js';

interface NoticeArgs {
  kind?: string;
  date?: string;
  until?: string;
  document?: string;
  href?: string;
  theme?: string;
  lang?: string;
  /** The notice's own text (slotted; empty: the built-in one). */
  text?: string;
}

let renders = 0;

/** The notice at the top of a page, each render with its own storage (a dismissal does not carry over). */
const render = (args: NoticeArgs) =>
  html`${keyed(
    ++renders,
    inDemoClinic(
      html`<site-notice
          notice-id="story-notice"
          kind=${ifDefined(args.kind || undefined)}
          date=${ifDefined(args.date || undefined)}
          until=${ifDefined(args.until || undefined)}
          document=${ifDefined(args.document || undefined)}
          href=${ifDefined(args.href || undefined)}
          theme=${ifDefined(args.theme || undefined)}
          lang=${ifDefined(args.lang || undefined)}
          @notice-dismiss=${(e: CustomEvent) => action('notice-dismiss')(e.detail)}
          >${args.text ?? ''}</site-notice
        >
        <p class="story-page">The page's own content starts here, below the notice.</p>
        <style>
          .story-page {
            font-family: system-ui, sans-serif;
          }
        </style>`,
      { namespace: `story-site-notice-${renders}`, privacyHref: '/privacy-policy', termsHref: '/terms-of-use' },
    ),
  )}`;

const meta = {
  title: 'Components/Site notice',
  component: 'site-notice',
  render,
  args: { kind: 'security', href: '/security-notice' },
  argTypes: {
    kind: { type: 'string', control: 'inline-radio', options: ['security', 'policy-update', 'info'], table: { category: 'attributes' } },
    date: { type: 'string', control: 'text', table: { category: 'attributes' } },
    until: { type: 'string', control: 'text', table: { category: 'attributes' } },
    document: { type: 'string', control: 'inline-radio', options: ['privacy', 'terms'], table: { category: 'attributes' } },
    href: { type: 'string', control: 'text', table: { category: 'attributes' } },
    text: { type: 'string', control: 'text', description: "The notice's own text (slotted).", table: { category: 'slots' } },
    theme: themeArgType,
    lang: langArgType,
  },
  parameters: {
    docs: {
      description: {
        component:
          'A notice for every visitor, in the page’s flow: a security notice (an alert), a policy update or other news. ' +
          'Dismissed, it stays dismissed for its `notice-id`; a new id shows again.',
      },
      story: { inline: false, height: '200px' },
    },
  },
} satisfies Meta<NoticeArgs>;

export default meta;
type Story = StoryObj<NoticeArgs>;

/** The Privacy Policy's security notice, with the clinic's own words. */
export const Security: Story = {
  args: { text: 'On 20 November we learned that our appointment system was accessed without permission. Here is what happened and what we are doing.' },
};

/** A security notice with the built-in words. */
export const SecurityBuiltIn: Story = { name: 'Security (built-in text)' };

/** A policy update, with the built-in words and the provider's Privacy Policy link. */
export const PolicyUpdate: Story = { args: { kind: 'policy-update', date: '2026-11-20', href: '' } };

/** Any other news. */
export const Info: Story = { args: { kind: 'info', text: 'Our Brickell office is closed on 24 and 25 December.', href: '' } };

/** Spanish, a policy update of the Terms. */
export const Spanish: Story = { args: { kind: 'policy-update', document: 'terms', date: '2026-11-20', href: '', lang: 'es' } };

/** The dark theme. */
export const DarkTheme: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };
