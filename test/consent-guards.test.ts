import { expect, waitUntil } from '@open-wc/testing';
import { warningsOfEachTest } from './helpers.js';
import { emptyLog, frames, includesAll, openPage, openPreferences, requested, settle, type Page } from './vendor-page.js';

/** A first visit that accepts everything, so the next page is a returning visitor's. */
async function acceptEverything(): Promise<void> {
  const page = await openPage();
  page.part('accept-button')!.click();
  await waitUntil(() => page.win.runs.includes('init'), 'the first page did not run its vendors');
  frames.splice(0).forEach((frame) => frame.remove());
  await emptyLog();
}

/** The last Consent Mode update the page pushed. */
const lastUpdate = (page: Page) =>
  [...(page.win.dataLayer ?? [])].reverse().find((entry) => entry[0] === 'consent' && entry[1] === 'update')?.[2] as Record<string, string> | undefined;

describe('the health-page guard, Global Privacy Control and the audit', () => {
  const warnings = warningsOfEachTest({ resetReceipts: true });
  beforeEach(emptyLog);
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('keeps granted analytics and advertising held back on a sensitive page, except services allowed there', async () => {
    await acceptEverything();
    const sensitive = await openPage('?sensitive-page&consent-mode');
    await waitUntil(async () => includesAll(await requested(), ['clinic-stats', 'maps-style', 'chat']), 'the services allowed here did not load');
    await settle();
    const log = await requested();
    expect(
      ['ga4', 'reviews', 'pixel', 'youtube-1', 'clip', 'library'].filter((id) => log.includes(id)),
      'trackers on a health page',
    ).to.deep.equal([]);
    expect(lastUpdate(sensitive)).to.include({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' });
    expect(sensitive.win.clinicConsent!.granted('service:ga4'), 'still granted, only held back here').to.equal(true);

    const placeholder = sensitive.doc.querySelector('#video-1')!.previousElementSibling!;
    await waitUntil(() => placeholder.shadowRoot, 'no placeholder');
    expect(placeholder.shadowRoot!.textContent).to.include('It is not loaded on this health page, so that Google LLC does not learn which page you read.');
    expect(placeholder.shadowRoot!.querySelector('button'), 'nothing to load here').to.equal(null);

    await sensitive.win.clinicConsent!.showPreferences();
    const dialog = sensitive.banner.shadowRoot!.querySelector('#preferences')!;
    expect(dialog.querySelector('.sensitive')!.textContent).to.equal(
      'This is a health page: analytics and advertising stay off here whatever you choose, so no tracker learns which page you read.',
    );

    frames.splice(0).forEach((frame) => frame.remove());
    await emptyLog();
    const normal = await openPage('?consent-mode');
    await waitUntil(async () => includesAll(await requested(), ['ga4', 'pixel', 'youtube-1']), 'a normal page did not release the granted services');
    expect(lastUpdate(normal)).to.include({ ad_storage: 'granted', analytics_storage: 'granted' });

    frames.splice(0).forEach((frame) => frame.remove());
    await emptyLog();
    await openPage('?provider-sensitive');
    await waitUntil(async () => (await requested()).includes('clinic-stats'), 'the page did not release what is allowed');
    await settle();
    expect(await requested(), 'sensitive-page on the provider').not.to.include('ga4');
  });

  it('loads Google tags before consent only in Advanced Consent Mode, and never on a sensitive page', async () => {
    await openPage('?consent-mode=advanced');
    await waitUntil(async () => (await requested()).includes('ga4'), 'the tag that reads Consent Mode did not load');
    await settle();
    expect(await requested(), 'only the tag that reads Consent Mode').to.deep.equal(['ga4']);

    frames.splice(0).forEach((frame) => frame.remove());
    await emptyLog();
    await openPage('?consent-mode=advanced&sensitive-page');
    await settle();
    expect(await requested()).to.deep.equal([]);
  });

  it('keeps services that sell or share data off under Global Privacy Control, and says so', async () => {
    const page = await openPage('?gpc');
    expect(page.part('banner')!.querySelector('.gpc')!.textContent).to.include('Global Privacy Control signal is honored');
    page.part('accept-button')!.click();
    await waitUntil(async () => (await requested()).includes('ga4'), 'the analytics that does not sell did not load');
    await settle();
    const log = await requested();
    expect(['reviews', 'pixel', 'library'].filter((id) => log.includes(id))).to.deep.equal([]);
    expect(page.win.clinicConsent!.get()!.services).to.include({ ga4: true, reviews: false, 'meta-pixel': false });

    await page.win.clinicConsent!.showPreferences();
    const dialog = page.banner.shadowRoot!.querySelector('#preferences')!;
    expect(dialog.querySelector('.gpc')!.textContent).to.include('Global Privacy Control signal is honored');
    expect(dialog.querySelector<HTMLInputElement>('#switch-analytics')!.checked, 'not all of analytics is on').to.equal(false);
    expect(dialog.querySelector('#description-service-reviews')!.textContent).to.include('Sells or shares your data');
  });

  it('withdraws a stored grant of a service that sells or shares when the signal appears', async () => {
    await acceptEverything();
    const page = await openPage('?gpc');
    await waitUntil(() => page.win.clinicConsent!.decision?.method === 'gpc', 'the grant was not withdrawn');
    expect(page.win.clinicConsent!.get()!.services).to.include({ reviews: false, ga4: true });
    await settle();
    expect(await requested()).not.to.include('reviews');
  });

  it('lists in one table what no declaration covers: a forgotten script, a noscript pixel, an undeclared cookie', async () => {
    const page = await openPage('?audit');
    await waitUntil(() => page.win.tables.length === 1, 'no audit table');
    const rows = page.win.tables[0] as { kind: string; what: string; problem: string }[];
    expect(rows.map((row) => `${row.kind} ${row.what.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')}`)).to.deep.equal([
      'script /vendors/forgotten.js?id=forgotten',
      'noscript img /vendors/noscript-pixel.gif?id=noscript-pixel',
      'cookie forgotten_id',
    ]);
    page.doc.cookie = 'forgotten_id=; max-age=0; path=/';
  });

  it('asks again after a policy change with the clinic’s one line on what changed', async () => {
    await acceptEverything();
    const changed = await openPage('?version=2&policy-changes=We%20added%20a%20live%20chat.');
    expect(changed.part('banner')!.querySelector('.changes')!.textContent).to.equal('What changed: We added a live chat.');
    frames.splice(0).forEach((frame) => frame.remove());
    localStorage.clear();
    const newcomer = await openPage('?version=2&policy-changes=We%20added%20a%20live%20chat.');
    expect(newcomer.part('banner')!.querySelector('.changes'), 'nothing changed for a first visit').to.equal(null);
  });

  it('warns about each mistake once, naming the element and attribute, and keeps the rest working', async () => {
    const page = await openPage('?mistakes');
    await waitUntil(() => page.win.warnings.length >= 7, `warnings: ${page.win.warnings.join(' | ')}`);
    expect(page.win.warnings).to.deep.equal([
      'clinic-elements: <consent-service> name="youtube" is not valid; expected a name not used before. Ignoring it.',
      'clinic-elements: <consent-service> name="bad name" is not valid; expected a lower-case name (letters, digits, - and _). Ignoring it.',
      'clinic-elements: <consent-service> category="social" is not valid; expected one of necessary, preferences, analytics, advertising, support. Ignoring service "forum".',
      'clinic-elements: <consent-service> privacy-href="javascript:alert(1)" is not valid; expected an http(s) address. No link is shown.',
      'clinic-elements: <img> data-consent="service:tiktok" names service:tiktok, which this page does not declare; it stays held back.',
      'clinic-elements: <img> has both src and data-src: src="/vendors/early.gif?id=early" loads before any consent. Remove src.',
      'clinic-elements: <script> has both src and data-src: data-src="/vendors/ga4.js?id=ga4-new" runs once consent is given. Remove src.',
    ]);
    const dialog = await openPreferences(page);
    const hostile = dialog.querySelector<HTMLInputElement>('input[name="service:hostile"]')!;
    expect(hostile.labels![0].textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(dialog.querySelector('img'), 'the label is text').to.equal(null);
    expect([...dialog.querySelectorAll('a')].some((link) => link.href.startsWith('javascript:'))).to.equal(false);
    expect(dialog.querySelector('input[name="service:youtube"]')!.closest('li')!.textContent).not.to.include('Duplicate');
    dialog.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    expect(page.win.clinicConsent!.decision, 'the banner still decides').not.to.equal(null);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('refuses a cookie-domain that is not this host or a parent of it, keeping the cookie on this host', async () => {
    const page = await openPage('?storage=cookie&cookie-domain=example.com');
    expect(page.win.warnings).to.include(
      'clinic-elements: <cookie-banner> cookie-domain="example.com" is not valid; expected localhost or a parent domain of it. The cookie stays on this host.',
    );
    page.part('reject-button')!.click();
    expect(page.doc.cookie).to.include('vendors-page%3Aconsent=');
    page.doc.cookie = 'vendors-page%3Aconsent=; max-age=0; path=/';
  });

  it('keeps a second banner inert, and says which provider settings a banner outside the provider misses', async () => {
    const page = await openPage('?second-banner');
    const second = page.doc.querySelector('#second')!;
    expect(second.shadowRoot?.childNodes.length ?? 0).to.equal(0);
    expect(page.win.warnings).to.include(
      'clinic-elements: <cookie-banner> is not the first <cookie-banner> of this page; only that one asks (one banner per page).',
    );

    frames.splice(0).forEach((frame) => frame.remove());
    const outside = await openPage('?outside');
    expect(outside.win.warnings).to.include(
      'clinic-elements: <cookie-banner> is outside <clinic-provider>, so it does not get the provider’s storage-namespace, record-endpoint, privacy-href.',
    );
    expect(outside.win.warnings).to.include(
      'clinic-elements: <cookie-banner> has no privacy-href, nor a <clinic-provider privacy-href> around it: visitors cannot read your Privacy Policy from the banner.',
    );
  });
});
