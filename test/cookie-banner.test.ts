import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { CookieBanner } from '../src/components/cookie-banner/define-eager.js';
import '../src/components/clinic-provider/define.js';
import { warningsOfEachTest } from './helpers.js';

let count = 0;

/** A banner in its own storage namespace, so every test starts as a first visit. */
async function banner(attributes = '', namespace = `banner-test-${++count}`): Promise<CookieBanner> {
  const page = await fixture<HTMLElement>(staticHtml`
    <clinic-provider storage-namespace=${namespace} privacy-href="/privacy#cookies">
      <button id="before">Before</button>
      <cookie-banner policy-version="2024-05" ${unsafeStatic(attributes)}></cookie-banner>
      <button id="after">After</button>
    </clinic-provider>
  `);
  const el = page.querySelector('cookie-banner')!;
  await waitUntil(() => el.shadowRoot!.querySelector('section, dialog[open]') || el.store?.needsDecision === false, 'the banner did not settle');
  return el;
}

const firstLayer = (el: CookieBanner) => el.shadowRoot!.querySelector<HTMLElement>('[part="banner"]');
const button = (el: CookieBanner, part: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`)!;
const preferences = (el: CookieBanner) => el.shadowRoot!.querySelector<HTMLDialogElement>('#preferences');

describe('<cookie-banner>', () => {
  const warnings = warningsOfEachTest();
  afterEach(() => {
    document.documentElement.style.removeProperty('scroll-padding-bottom');
  });

  it('asks a first-time visitor with three equal choices and a link to the policy', async () => {
    const el = await banner();
    const region = firstLayer(el)!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.querySelector('h2')!.textContent).to.equal('Your privacy');
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(
      () =>
        status.textContent ===
        'Your privacy. We use cookies and similar technologies such as web beacons to run this site and, only if you agree, to remember your preferences, measure how the site is used, and let third-party ad servers show ads. Necessary cookies are always on.',
      'announced when shown',
    );
    expect(region.querySelector('a')!.getAttribute('href')).to.equal('/privacy#cookies');

    const choices = ['accept-button', 'reject-button', 'customize-button'].map((part) => button(el, part));
    expect(choices.map((b) => b.textContent)).to.deep.equal(['Accept all', 'Reject all', 'Customize']);
    const looks = choices.map((b) => {
      const style = getComputedStyle(b);
      return [Math.round(b.getBoundingClientRect().width), Math.round(b.getBoundingClientRect().height), style.backgroundColor, style.color, style.fontWeight];
    });
    expect(looks[1], 'Reject all has the weight of Accept all').to.deep.equal(looks[0]);
    expect(looks[2]).to.deep.equal(looks[0]);
    expect(looks[0][1]).to.be.at.least(24);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('accepts all from the keyboard, tells the page, and disappears', async () => {
    const el = await banner();
    button(el, 'accept-button').focus();
    const onElement = oneEvent(el, 'consent-change');
    const onDocument = oneEvent(document, 'consent-change');
    await sendKeys({ press: 'Enter' });
    const expected = {
      categories: { necessary: true, preferences: true, analytics: true, advertising: true },
      services: {},
      method: 'accept-all',
      version: '2024-05',
    };
    expect((await onElement).detail).to.deep.equal(expected);
    expect((await onDocument).detail).to.deep.equal(expected);
    expect(firstLayer(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Your cookie choices were saved.');
  });

  it('rejects all and returns focus to where the visitor was', async () => {
    const el = await banner();
    document.getElementById('before')!.focus();
    button(el, 'reject-button').focus();
    button(el, 'reject-button').click();
    expect(el.store!.decision!.categories).to.deep.equal({ necessary: true, preferences: false, analytics: false, advertising: false });
    expect(document.activeElement).to.equal(document.getElementById('before'));
  });

  it('lets the visitor choose per category in a dialog, by keyboard, with Escape to close', async () => {
    const el = await banner();
    button(el, 'customize-button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => preferences(el)?.open, 'the preferences dialog did not open');
    const dialog = preferences(el)!;

    const switches = [...dialog.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(switches.map((s) => [s.name, s.checked, s.disabled])).to.deep.equal([
      ['necessary', true, true],
      ['preferences', false, false],
      ['analytics', false, false],
      ['advertising', false, false],
    ]);
    expect(dialog.querySelector('#description-advertising')!.textContent).to.contain('Third-party ad servers');
    await expect(el).shadowDom.to.be.accessible();

    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement, 'focus returns to Customize').to.equal(button(el, 'customize-button'));

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open);
    dialog.querySelector<HTMLInputElement>('input[name="analytics"]')!.focus();
    await sendKeys({ press: 'Space' });
    button(el, 'save-button').focus();
    const change = oneEvent(el, 'consent-change');
    await sendKeys({ press: 'Enter' });
    expect((await change).detail).to.deep.equal({
      categories: { necessary: true, preferences: false, analytics: true, advertising: false },
      services: {},
      method: 'custom',
      version: '2024-05',
    });
    expect(dialog.open).to.equal(false);
  });

  it('shows nothing to a returning visitor, and reopens the preferences from the floating button', async () => {
    const namespace = `banner-returning-${++count}`;
    const first = await banner('', namespace);
    button(first, 'accept-button').click();
    first.parentElement!.remove(); // the next page

    const again = await banner('floating-button', namespace);
    await waitUntil(() => again.shadowRoot!.querySelector('[part="floating-button"]'));
    expect(firstLayer(again)).to.equal(null);
    const floating = button(again, 'floating-button');
    expect(floating.textContent).to.equal('Cookie settings');
    floating.click();
    await waitUntil(() => preferences(again)?.open);
    expect(preferences(again)!.querySelector<HTMLInputElement>('input[name="advertising"]')!.checked).to.equal(true);
  });

  it('puts focus on the cookie settings button after a decision when nothing else had it', async () => {
    const el = await banner('floating-button');
    (document.activeElement as HTMLElement | null)?.blur();
    button(el, 'reject-button').click();
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'floating-button'));
  });

  it('links to the Privacy Policy its provider gives through the context, and follows a change', async () => {
    const page = await fixture<HTMLElement>(
      staticHtml`<clinic-provider storage-namespace=${`banner-context-${++count}`}><cookie-banner policy-version="1"></cookie-banner></clinic-provider>`,
    );
    const provider = page as HTMLElement & { privacyHref: string; updateComplete: Promise<boolean> };
    // Set as a property, so no attribute in the markup could give it.
    provider.privacyHref = '/privacy-from-context';
    await provider.updateComplete;
    const el = page.querySelector('cookie-banner')!;
    await waitUntil(
      () => el.shadowRoot!.querySelector('section.banner a')?.getAttribute('href') === '/privacy-from-context',
      'the banner did not use the provided address',
    );
    provider.privacyHref = '/privacy-2025';
    await waitUntil(() => el.shadowRoot!.querySelector('section.banner a')?.getAttribute('href') === '/privacy-2025', 'the banner did not follow the provider');
  });

  it('reopens from the page through window.clinicConsent', async () => {
    const el = await banner();
    button(el, 'reject-button').click();
    expect(window.clinicConsent!.granted('analytics')).to.equal(false);
    await window.clinicConsent!.showPreferences();
    expect(el.shadowRoot!.querySelector<HTMLDialogElement>('#preferences')!.open).to.equal(true);
    el.shadowRoot!.querySelector<HTMLDialogElement>('#preferences')!.close();
  });

  it('blocks the page until a choice with layout="modal", ignoring Escape', async () => {
    const el = await banner('layout="modal"');
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('dialog#first-layer')!;
    await waitUntil(() => dialog.open);
    expect(el.shadowRoot!.activeElement, 'the question itself gets focus, not the policy link').to.equal(dialog.querySelector('h2'));
    expect(document.getElementById('after')!.matches(':modal')).to.equal(false);
    expect(dialog.matches(':modal')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open, 'Escape does not dismiss the consent question').to.equal(true);
    button(el, 'reject-button').click();
    expect(dialog.open).to.equal(false);
  });

  it('keeps the focused element clear of the bar', async () => {
    const el = await banner();
    const padding = parseFloat(document.documentElement.style.getPropertyValue('scroll-padding-bottom'));
    expect(padding).to.be.at.least(firstLayer(el)!.offsetHeight);
    const filler = document.createElement('div');
    filler.style.height = '3000px';
    const target = document.createElement('button');
    target.textContent = 'Far below';
    document.body.append(filler, target);
    try {
      target.focus();
      await waitUntil(() => target.getBoundingClientRect().bottom <= firstLayer(el)!.getBoundingClientRect().top, 'the focused element stayed under the bar', {
        timeout: 1000,
      });
      expect(target.getBoundingClientRect().bottom).to.be.at.most(firstLayer(el)!.getBoundingClientRect().top);
    } finally {
      filler.remove();
      target.remove();
    }
    const bodyPadding = getComputedStyle(document.body).paddingBottom;
    button(el, 'reject-button').click();
    expect(getComputedStyle(document.body).paddingBottom, 'the room is given back').to.not.equal(bodyPadding);
    expect(document.body.style.paddingBottom).to.equal('');
    expect(document.documentElement.style.getPropertyValue('scroll-padding-bottom')).to.equal('');
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await banner('layout="box"');
      const region = firstLayer(el)!;
      expect(region.scrollWidth).to.be.at.most(region.clientWidth);
      expect(region.getBoundingClientRect().right).to.be.at.most(320);
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('says so when Global Privacy Control keeps advertising off', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      const el = await banner();
      expect(firstLayer(el)!.querySelector('.gpc')!.textContent).to.contain('Global Privacy Control');
      button(el, 'accept-button').click();
      expect(el.store!.decision).to.deep.include({ gpc: true, method: 'accept-all' });
      expect(el.store!.granted('advertising')).to.equal(false);
    } finally {
      Object.defineProperty(navigator, 'globalPrivacyControl', { value: undefined, configurable: true });
    }
  });

  it('speaks Spanish, and stays accessible in the dark theme', async () => {
    const el = await banner('lang="es" theme="dark"');
    expect(firstLayer(el)!.querySelector('h2')!.textContent).to.equal('Su privacidad');
    expect(button(el, 'reject-button').textContent).to.equal('Rechazar todas');
    expect(getComputedStyle(firstLayer(el)!).backgroundColor).to.equal('rgb(21, 32, 43)');
    await expect(el).shadowDom.to.be.accessible();
    button(el, 'customize-button').click();
    await waitUntil(() => preferences(el)?.open);
    expect(preferences(el)!.querySelector('h2')!.textContent).to.equal('Preferencias de cookies');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('warns about bad attributes and still asks, with safe settings', async () => {
    const el = await banner('categories="analytics tracking" expires-days="forever" layout="popup" storage="indexeddb" privacy-href="javascript:void(0)"');
    expect(firstLayer(el)).to.exist;
    expect(el.store!.options.categories).to.deep.equal(['necessary', 'analytics']);
    expect(el.store!.options.expiresDays).to.equal(180);
    const all = warnings.messages.join('\n');
    expect(all).to.contain('<cookie-banner> categories="analytics tracking"').and.contain('Ignoring tracking');
    expect(all).to.contain('<cookie-banner> expires-days="forever"');
    expect(
      warnings.messages.filter((message) => message.includes('layout="popup"')),
      'one warning per mistake',
    ).to.have.length(1);
    expect(all).to.contain('<cookie-banner> storage="indexeddb"');
    expect(all).to.contain('<cookie-banner> privacy-href="javascript:void(0)" is not valid');
  });

  it('never links to an unsafe address taken from the provider', async () => {
    const page = await fixture<HTMLElement>(staticHtml`
      <clinic-provider storage-namespace=${`banner-unsafe-${++count}`} privacy-href="javascript:alert(1)"><cookie-banner policy-version="1"></cookie-banner></clinic-provider>
    `);
    const el = page.querySelector('cookie-banner')!;
    await waitUntil(() => firstLayer(el));
    expect(firstLayer(el)!.querySelector('a')).to.equal(null);
  });
});
