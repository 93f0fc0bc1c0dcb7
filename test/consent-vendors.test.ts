import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sha256 } from '../src/core/documents/hash.js';
import { warningsOfEachTest } from './helpers.js';
import { count, emptyLog, includesAll, frames, openPage, openPreferences, receipts, requested, settle, switchOf } from './vendor-page.js';

describe('declared vendors on a clinic page', () => {
  const warnings = warningsOfEachTest({ resetReceipts: true });
  beforeEach(emptyLog);
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('requests nothing held back before consent, then each pixel, frame, video, style sheet and script exactly once', async () => {
    const page = await openPage();
    await settle();
    expect(await requested(), 'before any consent').to.deep.equal([]);

    page.part('accept-button')!.click();
    const all = ['ga4', 'clinic-stats', 'reviews', 'pixel', 'youtube-1', 'youtube-2', 'clip', 'maps-style', 'chat', 'library', 'plugin'];
    await waitUntil(async () => includesAll(await requested(), all), 'not everything was requested');
    await waitUntil(() => page.win.runs.includes('init'), 'the last held-back script did not run');
    await settle();
    const log = await requested();
    expect(
      all.filter((id) => count(log, id) !== 1),
      'requested other than once',
    ).to.deep.equal([]);
    expect(page.doc.querySelector('#video-1')!.getAttribute('src')).to.equal('/vendors/frame.html?id=youtube-1');
    expect(warnings.messages).to.deep.equal([]);
    expect(page.win.warnings).to.deep.equal([]);
  });

  it('runs held-back scripts in page order, a script with src waited for before the next', async () => {
    const page = await openPage();
    page.part('accept-button')!.click();
    await waitUntil(() => page.win.runs.includes('init'), 'the pixel did not initialise');
    // The library answers 300 ms late; the plugin and the inline init still come after it.
    const pixel = page.win.runs.filter((id) => ['stub', 'library', 'plugin', 'init'].includes(id));
    expect(pixel).to.deep.equal(['stub', 'library', 'plugin', 'init']);
  });

  it('names only the declared categories in the first layer, a clinic category in its own words', async () => {
    const page = await openPage();
    const text = page.part('banner')!.querySelector('p')!.textContent!;
    expect(text).to.include('to remember your preferences, measure how the site is used, let third-party ad servers show ads, and offer a live chat.');
    const spanish = await openPage('?lang=es');
    expect(spanish.part('banner')!.querySelector('p')!.textContent).to.include('y ofrecer un chat en vivo.');
  });

  it('grants a service by its own switch; the category switch sets all of its services', async () => {
    const page = await openPage();
    const dialog = await openPreferences(page);
    const advertising = switchOf(dialog, 'advertising');
    advertising.click();
    expect([switchOf(dialog, 'service:youtube').checked, switchOf(dialog, 'service:meta-pixel').checked]).to.deep.equal([true, true]);
    switchOf(dialog, 'service:meta-pixel').click();
    expect(advertising.checked, 'a category with one service off is not on').to.equal(false);
    dialog.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    await waitUntil(async () => count(await requested(), 'youtube-2') === 1, 'the granted service did not load');
    await settle();
    const log = await requested();
    expect(
      ['pixel', 'library', 'ga4'].filter((id) => log.includes(id)),
      'services not granted',
    ).to.deep.equal([]);
    expect(page.win.clinicConsent!.get()!.services).to.include({ youtube: true, 'meta-pixel': false, ga4: false });
    expect(page.win.clinicConsent!.granted('advertising')).to.equal(false);
  });

  it('lists every service with vendor, purpose, cookies and privacy link under real headings', async () => {
    const dialog = await openPreferences(await openPage());
    const ga4 = switchOf(dialog, 'service:ga4');
    const details = dialog.querySelector(`#${ga4.getAttribute('aria-describedby')}`)!;
    expect(details.localName).to.equal('dl');
    const pairs = [...details.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling!.textContent]);
    expect(pairs).to.deep.equal([
      ['Vendor', 'Google LLC'],
      ['Purpose', 'Counts visits and the pages viewed.'],
      ['Cookies', '_ga, _ga_*'],
      ['Privacy policy', 'https://policies.google.com/privacy'],
    ]);
    expect(dialog.querySelector(`label[for="${ga4.id}"]`)!.textContent).to.equal('Google Analytics 4');
    expect(switchOf(dialog, 'support').labels![0].textContent).to.equal('Live chat');
  });

  it('shows a placeholder the size of each held-back frame: "Load this video" loads that one, once', async () => {
    const page = await openPage();
    const first = page.doc.querySelector<HTMLIFrameElement>('#video-1')!;
    await waitUntil(() => first.previousElementSibling?.hasAttribute('data-consent-placeholder-for'), 'no placeholder');
    const box = first.previousElementSibling as HTMLElement;
    const size = [box.offsetWidth, box.offsetHeight];
    const placeholder = box.shadowRoot!;
    expect(placeholder.querySelector('[part="placeholder"]')!.textContent).to.include('Loading it sends data such as your IP address to Google LLC.');
    const load = placeholder.querySelector<HTMLButtonElement>('[part="placeholder-load-button"]')!;
    expect(load.textContent).to.equal('Load this video');
    load.click();

    await waitUntil(async () => count(await requested(), 'youtube-1') === 1, 'the video did not load');
    await settle();
    expect(await requested()).to.deep.equal(['youtube-1']);
    expect(first.isConnected && !box.isConnected, 'the frame in place of its placeholder').to.equal(true);
    expect([first.offsetWidth, first.offsetHeight], 'the placeholder had the size of the frame').to.deep.equal(size);
    expect(page.win.clinicConsent!.decision, 'loading once is no decision').to.equal(null);
  });

  it('"Always allow YouTube" grants the service with a receipt of the words shown, and loads every YouTube frame', async () => {
    const page = await openPage();
    const first = page.doc.querySelector<HTMLIFrameElement>('#video-1')!;
    await waitUntil(() => first.previousElementSibling?.shadowRoot, 'no placeholder');
    const placeholder = first.previousElementSibling!.shadowRoot!;
    const allow = placeholder.querySelector<HTMLButtonElement>('[part="placeholder-allow-button"]')!;
    expect(allow.textContent).to.equal('Always allow YouTube');
    allow.focus();
    await sendKeys({ press: 'Enter' });

    await waitUntil(async () => includesAll(await requested(), ['youtube-1', 'youtube-2']), 'the YouTube frames did not load');
    expect(page.doc.activeElement, 'focus goes on to the video').to.equal(first);
    await waitUntil(async () => (await receipts()).length === 1, 'no receipt');
    const [receipt] = await receipts();
    expect(receipt.services).to.include({ youtube: true, 'meta-pixel': false });
    const shown = page.win.clinicConsent!.shownTexts();
    expect(shown.placeholder).to.include('Always allow YouTube');
    expect(receipt.shown!.placeholder).to.equal(await sha256(shown.placeholder));
    expect(receipt.shown!.banner).to.equal(await sha256(shown.banner));
    expect(await requested()).not.to.include('pixel');
  });

  it('deletes a withdrawn service’s declared cookies and says a reload may be needed', async () => {
    const page = await openPage();
    page.part('accept-button')!.click();
    await waitUntil(() => page.win.runs.includes('ga4'));
    page.doc.cookie = '_ga=GA1.1; path=/';
    page.doc.cookie = '_ga_ABC123=GS1.1; path=/';
    page.doc.cookie = 'kept=1; path=/';
    page.win.clinicConsent!.revoke('service:ga4');
    await waitUntil(() => page.banner.shadowRoot!.querySelector('.reload'), 'no reload notice');
    expect(page.doc.cookie.split('; ').sort()).to.deep.equal(['kept=1']);
    expect(page.banner.shadowRoot!.querySelector('.reload')!.textContent).to.include('Reload the page');
    page.doc.cookie = 'kept=; max-age=0; path=/';
  });

  it('shows the consent id in the preferences, the same across decisions and in every receipt', async () => {
    const page = await openPage();
    page.part('reject-button')!.click();
    const id = page.win.clinicConsent!.get()!.consentId;
    page.win.clinicConsent!.grant('analytics');
    await waitUntil(async () => (await receipts()).length === 2, 'two receipts');
    expect((await receipts()).map((receipt) => receipt.consentId)).to.deep.equal([id, id]);
    await page.win.clinicConsent!.showPreferences();
    const dialog = page.banner.shadowRoot!.querySelector('#preferences')!;
    expect(dialog.querySelector('.consent-id')!.textContent).to.equal(`Your consent ID: ${id}`);
    expect(switchOf(dialog as HTMLDialogElement, 'service:ga4').checked, 'a category granted grants its services').to.equal(true);
  });

  it('opens the preferences from a "Your Privacy Choices" link it fills with words and icon', async () => {
    const page = await openPage();
    const link = page.doc.querySelector<HTMLAnchorElement>('#choices')!;
    await waitUntil(() => link.textContent === 'Your Privacy Choices', 'the link was not filled');
    expect(link.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    link.click();
    await waitUntil(() => page.banner.shadowRoot!.querySelector<HTMLDialogElement>('#preferences')?.open, 'the preferences did not open');
    expect(page.win.location.hash).to.equal('');
  });
});
