import { expect, waitUntil } from '@open-wc/testing';
import { ClinicStorage } from '../src/core/platform/storage.js';
import type { ConsentDecision } from '../src/core/consent/consent-types.js';

// This file is its own page: a returning visitor whose decision still counts, with only the
// entry point that defines the banner only when needed (`clinic-elements/cookie-banner.js`) loaded.
const decision: ConsentDecision = {
  categories: { necessary: true, preferences: false, analytics: true, advertising: false },
  version: '7',
  decidedAt: Date.now() - 86_400_000,
  expiresAt: Date.now() + 30 * 86_400_000,
  method: 'custom',
  gpc: false,
  receipt: '6f1c2a8e-0000-4000-8000-000000000001',
};

describe('<cookie-banner> for a returning visitor', () => {
  before(async () => {
    localStorage.clear();
    new ClinicStorage({ namespace: 'clinic' }).write('consent', 1, decision);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<cookie-banner policy-version="7" consent-mode></cookie-banner>
       <script type="text/plain" data-consent="analytics">window.returningAnalytics = true;</script>
       <script type="text/plain" data-consent="advertising">window.returningAds = true;</script>`,
    );
    await import('../src/components/cookie-banner/define.js');
  });

  it('applies the stored decision without creating any banner DOM or downloading a UI chunk', async () => {
    await waitUntil(() => (window as { returningAnalytics?: boolean }).returningAnalytics, 'the granted script did not run');
    expect((window as { returningAds?: boolean }).returningAds).to.equal(undefined);
    expect(customElements.get('cookie-banner'), 'the banner element is not even defined').to.equal(undefined);
    expect(document.querySelector('cookie-banner')!.shadowRoot, 'no shadow root, so no banner DOM').to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => /cookie-banner\/(cookie-preferences|reload)|consent\/revoke/.test(name))).to.deep.equal([]);
  });

  it('feeds Google Consent Mode: all denied by default, then the stored decision', async () => {
    await waitUntil(() => (window.dataLayer?.length ?? 0) >= 2, 'Consent Mode was not fed');
    const [defaults, update] = window.dataLayer!.map((entry) => [...(entry as IArguments)]);
    expect(defaults.slice(0, 2)).to.deep.equal(['consent', 'default']);
    expect(update[1]).to.equal('update');
    expect(update[2]).to.include({ analytics_storage: 'granted', ad_storage: 'denied', security_storage: 'granted' });
  });

  it('defines the banner and loads the preferences dialog only when the visitor reopens the preferences', async () => {
    await window.clinicConsent!.showPreferences();
    const banner = document.querySelector('cookie-banner')!;
    const dialog = banner.shadowRoot!.querySelector<HTMLDialogElement>('#preferences')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector<HTMLInputElement>('input[name="analytics"]')!.checked).to.equal(true);
    expect(getComputedStyle(dialog.querySelector('[part="save-button"]')!).minHeight, 'its buttons have the banner styles').to.equal('44px');
    expect(banner.shadowRoot!.querySelector('section.banner'), 'the first layer stays closed').to.equal(null);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(
      loaded.some((name) => name.includes('/cookie-preferences.')),
      'now the dialog was downloaded',
    ).to.equal(true);
    dialog.close();
  });
});
