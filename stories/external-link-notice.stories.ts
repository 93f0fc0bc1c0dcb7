import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { readyElement } from './play-helpers.js';
import { inDemoClinic } from './demo-clinic.js';
import { langArgType, themeArgType } from './shared-arg-types.js';

interface NoticeArgs {
  allow?: string;
  remember?: boolean;
  theme?: string;
  lang?: string;
}

/** A clinic footer whose links to other sites are watched (the other sites are never reached from a story: Continue is left to the visitor). */
const render = (args: NoticeArgs) =>
  inDemoClinic(html`
    <footer class="story-footer">
      <external-link-notice
        allow=${ifDefined(args.allow || undefined)}
        ?remember=${args.remember}
        theme=${ifDefined(args.theme || undefined)}
        lang=${ifDefined(args.lang || undefined)}
        @external-link=${(e: CustomEvent) => action('external-link')(e.detail)}
      >
        <ul>
          <li><a id="pharmacy" href="https://www.brickell-pharmacy.example/">Our partner pharmacy</a></li>
          <li><a href="https://shop.millerplasticsurgery.example/">Skin care shop (an allowed site of the clinic)</a></li>
          <li><a href="#privacy">Privacy Policy (this site)</a></li>
        </ul>
      </external-link-notice>
    </footer>
    <style>
      .story-footer {
        font-family: system-ui, sans-serif;
      }
      /* Footer links a finger can hit: 24px apart at least (WCAG 2.5.8). */
      .story-footer li {
        padding-block: 0.25rem;
      }
    </style>
  `);

/** The play function: a click on the pharmacy link opens the notice. */
const openNotice: Story['play'] = async ({ canvasElement }) => {
  const notice = await readyElement(canvasElement, 'external-link-notice', (element) => element.shadowRoot);
  canvasElement.querySelector<HTMLAnchorElement>('#pharmacy')!.click();
  await waitFor(() => expect(notice.shadowRoot!.querySelector('dialog')?.open).toBe(true));
};

const meta = {
  title: 'Components/External link notice',
  component: 'external-link-notice',
  render,
  args: { allow: 'shop.millerplasticsurgery.example' },
  argTypes: {
    allow: { type: 'string', control: 'text', table: { category: 'attributes' } },
    remember: { control: 'boolean', table: { category: 'attributes' } },
    theme: themeArgType,
    lang: langArgType,
  },
  parameters: {
    docs: {
      description: {
        component:
          'Terms §9: a click on a link to another site opens "You are leaving …" with Stay and Continue. Links to this site, to the ' +
          'hosts on `allow`, and clicks with a modifier key are the browser’s.',
      },
      story: { inline: false, height: '360px' },
    },
  },
} satisfies Meta<NoticeArgs>;

export default meta;
type Story = StoryObj<NoticeArgs>;

/** The footer's links, before any click. */
export const FooterLinks: Story = {};

/** The notice, opened by a click on the pharmacy link. */
export const Open: Story = { play: openNotice, parameters: { docs: { story: { inline: false, height: '360px', autoplay: true } } } };

/** With "Don't ask again for this site during this visit". */
export const Remember: Story = {
  args: { remember: true },
  play: openNotice,
  parameters: { docs: { story: { inline: false, height: '400px', autoplay: true } } },
};

/** Spanish. */
export const Spanish: Story = { args: { lang: 'es' }, play: openNotice, parameters: { docs: { story: { inline: false, height: '360px', autoplay: true } } } };

/** The dark theme. */
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: openNotice,
  parameters: { docs: { story: { inline: false, height: '360px', autoplay: true } } },
};
