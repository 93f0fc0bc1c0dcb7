import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { loadBuiltInDocument } from '../src/content/index.js';
import { demoClinic } from '../src/core/documents/clinic.js';
import { documentHashes } from '../src/core/documents/hash.js';
import { inDemoClinic } from './demo-clinic.js';
import { langArgType, themeArgType } from './shared-arg-types.js';

interface LegalArgs {
  document?: string;
  src?: string;
  version?: string;
  'effective-date'?: string;
  theme?: string;
  lang?: string;
}

/** The demo clinic of the source documents fills the `{clinic.*}` placeholders. */
const render = (args: LegalArgs) =>
  inDemoClinic(html`
    <legal-document
      document=${ifDefined(args.document || undefined)}
      src=${ifDefined(args.src || undefined)}
      version=${ifDefined(args.version || undefined)}
      effective-date=${ifDefined(args['effective-date'] || undefined)}
      theme=${ifDefined(args.theme || undefined)}
      lang=${ifDefined(args.lang || undefined)}
    ></legal-document>
  `);

const meta = {
  title: 'Components/Legal document',
  component: 'legal-document',
  render,
  args: { document: 'terms', version: '2024-05', 'effective-date': '2024-05-01' },
  argTypes: {
    document: { type: 'string', control: 'inline-radio', options: ['terms', 'privacy'], table: { category: 'attributes' } },
    src: { type: 'string', control: 'text', table: { category: 'attributes' } },
    version: { type: 'string', control: 'text', table: { category: 'attributes' } },
    'effective-date': { type: 'string', control: 'text', table: { category: 'attributes' } },
    theme: themeArgType,
    lang: langArgType,
  },
  parameters: {
    docs: {
      description: {
        component:
          'The Terms of Use or Privacy Policy written into the page as numbered sections with real headings, a table of contents, ' +
          'the version and effective date, and the clinic filled in from `<clinic-provider>`.',
      },
      // Both documents use the same section ids; each story gets its own frame.
      story: { inline: false, height: '560px' },
    },
  },
} satisfies Meta<LegalArgs>;

export default meta;
type Story = StoryObj<LegalArgs>;

/** The Terms of Use: fourteen numbered sections. */
export const TermsOfUse: Story = {};

/** The Privacy Policy: cookies, web beacons, server logs and third-party ad servers among its sections. */
export const PrivacyPolicy: Story = { args: { document: 'privacy' } };

/** Spanish controls and date (the text itself is the clinic's English). */
export const Spanish: Story = { args: { lang: 'es' } };

/** An unknown document name: the error names the built-in ones. */
export const UnknownDocument: Story = { args: { document: 'cookies', version: '', 'effective-date': '' } };

/** The dark theme. */
export const DarkTheme: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

/**
 * `show-changes`, for a visitor who accepted version 2023-01 in this browser (with
 * `<terms-accept>`), whose "No Medical Advice" and "Jurisdiction" read differently then: the notice
 * links to those two, and a bar marks each in the text.
 */
export const WhatChanged: Story = {
  name: 'What changed since the accepted version',
  loaders: [
    async () => {
      const current = await documentHashes(await loadBuiltInDocument('terms'), demoClinic);
      const sections = { ...current.sections, 'no-medical-advice': 'older', jurisdiction: 'older' };
      const accepted = { document: 'terms', lang: 'en', version: '2023-01', hash: 'older', sections };
      localStorage.setItem('story-legal-changes:terms-accepted', JSON.stringify({ v: 1, data: accepted }));
      return {};
    },
  ],
  render: (args) =>
    inDemoClinic(
      html`<legal-document
        document=${ifDefined(args.document || undefined)}
        version=${ifDefined(args.version || undefined)}
        show-changes
        lang=${ifDefined(args.lang || undefined)}
      ></legal-document>`,
      { namespace: 'story-legal-changes' },
    ),
};
