import { expect, fixture, waitUntil } from '@open-wc/testing';
import { CookieBanner } from '../src/components/cookie-banner/define-eager.js';
import '../src/components/clinic-provider/define.js';
import '../src/components/medical-disclaimer/define.js';
import '../src/components/procedure-guide/define.js';
import { warningsOfEachTest } from './helpers.js';

let count = 0;

/** A first visit's banner inside a provider, after the first layer shows. */
async function banner(attributes = ''): Promise<CookieBanner> {
  const page = await fixture<HTMLElement>(`
    <clinic-provider storage-namespace="host-css-${++count}" privacy-href="/privacy">
      <cookie-banner policy-version="1" ${attributes}></cookie-banner>
    </clinic-provider>`);
  const el = page.querySelector<CookieBanner>('cookie-banner')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="banner"]'), 'the banner did not show');
  return el;
}

/** Adds a site's style sheet to the test page until the end of the test. */
function siteCss(text: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  added.push(sheet);
}
const added: CSSStyleSheet[] = [];

describe('on a theme’s page', () => {
  warningsOfEachTest();
  afterEach(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => !added.includes(sheet));
    added.length = 0;
    document.documentElement.style.removeProperty('font-size');
    document.body.style.removeProperty('padding-bottom');
  });

  it('a 62.5 % root font size leaves the banner’s text at 16 px and its switches over 24 px', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const el = await banner();
    const text = el.shadowRoot!.querySelector('[part="banner"] p')!;
    expect(parseFloat(getComputedStyle(text).fontSize)).to.be.at.least(16);
    await el.showPreferences();
    const switches = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(switches.length).to.be.greaterThan(2);
    for (const input of switches) {
      const box = input.getBoundingClientRect();
      expect(box.height, input.name).to.be.at.least(24);
      expect(box.width, input.name).to.be.at.least(24);
    }
    // The label follows its switch, and the switches are a named group.
    expect(switches[0].nextElementSibling!.localName).to.equal('label');
    expect(switches[0].closest('[role="group"]')!.getAttribute('aria-labelledby')).to.equal('preferences-title');
    el.shadowRoot!.querySelector<HTMLDialogElement>('#preferences')!.close();
  });

  it('keeps light brand tokens out of the dark palette, and takes the dark tokens', async () => {
    siteCss(
      `clinic-provider.brand { --clinic-color-surface-alt: rgb(246, 239, 227); --clinic-color-accent: rgb(15, 107, 99); --clinic-dark-color-accent: rgb(127, 214, 204); }`,
    );
    const page = await fixture<HTMLElement>(`
      <div>
        <clinic-provider class="brand" theme="light"><medical-disclaimer id="light"></medical-disclaimer></clinic-provider>
        <clinic-provider class="brand" theme="dark"><medical-disclaimer id="dark"></medical-disclaimer></clinic-provider>
      </div>`);
    const panel = (id: string) => getComputedStyle(page.querySelector(`#${id}`)!.shadowRoot!.querySelector('aside')!);
    await waitUntil(() => page.querySelector('#dark')!.shadowRoot?.querySelector('aside'));
    expect(panel('light').backgroundColor).to.equal('rgb(246, 239, 227)');
    expect(panel('light').borderInlineStartColor).to.equal('rgb(15, 107, 99)');
    expect(panel('dark').backgroundColor).to.equal('rgb(30, 43, 57)');
    expect(panel('dark').borderInlineStartColor).to.equal('rgb(127, 214, 204)');
  });

  it('puts the floating settings button in a named landmark and keeps room for it', async () => {
    const el = await banner('floating-button');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reject-button"]')!.click();
    const floating = await waitUntil(() => el.shadowRoot!.querySelector('[part="floating-button"]')).then(() =>
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="floating-button"]')!,
    );
    const region = floating.closest('aside')!;
    expect(region.getAttribute('aria-label')).to.equal('Cookie settings');
    expect(parseFloat(document.body.style.paddingBottom)).to.be.at.least(region.offsetHeight);
  });

  it('leaves the guide’s collapsed text to find-in-page under a theme’s [hidden] rule', async () => {
    siteCss(`[hidden] { display: none !important; }`);
    const guide = await fixture<HTMLElement>(`
      <procedure-guide layout="accordion" no-structured-data>
        <section id="one"><h2>About the consultation</h2><p>It takes about an hour.</p></section>
        <section id="two"><h2>Costs</h2><p>The fee is counted towards surgery.</p></section>
      </procedure-guide>`);
    const body = await waitUntil(() => guide.querySelector('#two [hidden]')).then(() => guide.querySelector<HTMLElement>('#two [hidden]')!);
    expect(body.getAttribute('hidden')).to.equal('until-found');
    expect(getComputedStyle(body).display).to.not.equal('none');
    expect(getComputedStyle(body).contentVisibility).to.equal('hidden');
  });

  it('keeps the guide’s toggles clear of a theme’s button styles', async () => {
    siteCss(`button, button:hover { background: rgb(216, 27, 96); color: #fff; text-transform: uppercase; letter-spacing: 0.15em; padding: 30px; }`);
    const guide = await fixture<HTMLElement>(`
      <procedure-guide layout="accordion" no-structured-data>
        <section id="one"><h2>About the consultation</h2><p>It takes about an hour.</p></section>
        <section id="two"><h2>Costs</h2><p>The fee is counted towards surgery.</p></section>
      </procedure-guide>`);
    const toggle = await waitUntil(() => guide.querySelector('[data-guide-toggle]')).then(() => guide.querySelector<HTMLElement>('[data-guide-toggle]')!);
    const style = getComputedStyle(toggle);
    expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
  });
});
