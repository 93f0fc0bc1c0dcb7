import { expect, waitUntil } from '@open-wc/testing';

// This file is its own page: a first visit, with only the lazy entry point loaded.
describe('<cookie-banner> on a first visit', () => {
  before(async () => {
    localStorage.clear();
    document.body.insertAdjacentHTML(
      'beforeend',
      `<cookie-banner policy-version="1" privacy-href="/privacy"></cookie-banner>
       <script type="text/plain" data-consent="analytics">window.firstVisitAnalytics = true;</script>`,
    );
    await import('../src/components/cookie-banner/define.js');
  });

  it('loads the banner UI and asks, running nothing held back', async () => {
    const banner = document.querySelector('cookie-banner')!;
    await waitUntil(() => banner.shadowRoot?.querySelector('section.banner'), 'the banner did not appear');
    expect((window as { firstVisitAnalytics?: boolean }).firstVisitAnalytics).to.equal(undefined);
  });

  it('fetches the preferences dialog while the page is idle, before Customize is clicked', async () => {
    const requested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/cookie-banner/cookie-preferences.'));
    await waitUntil(requested, 'the preferences were not fetched after the banner showed', { timeout: 3000 });
    expect(document.querySelector('cookie-banner')!.shadowRoot!.querySelector('#preferences'), 'fetched, not shown').to.equal(null);
  });

  it('runs the held-back scripts the decision grants', async () => {
    const banner = document.querySelector('cookie-banner')!;
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="accept-button"]')!.click();
    expect((window as { firstVisitAnalytics?: boolean }).firstVisitAnalytics).to.equal(true);
    expect(banner.shadowRoot!.querySelector('section.banner')).to.equal(null);
  });
});
