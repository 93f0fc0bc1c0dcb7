import { expect, waitUntil } from '@open-wc/testing';

type SlowWindow = Window & { gatedRuns?: number };

// The banner's script may run before the parser reaches the end of the page.
describe('<cookie-banner> on a page still arriving', () => {
  it('shows the banner before the page has finished, and runs held-back scripts only once it has', async () => {
    localStorage.removeItem('slow-page:consent');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    frame.src = '/test-pages/slow-banner.html';
    document.body.append(frame);
    try {
      const banner = () => frame.contentDocument?.querySelector('cookie-banner')?.shadowRoot?.querySelector('section.banner');
      await waitUntil(() => banner(), 'the banner did not show while the page was arriving', { timeout: 5000 });
      expect(frame.contentDocument!.readyState, 'the page is still loading').to.equal('loading');

      banner()!.querySelector<HTMLButtonElement>('[part="accept-button"]')!.click();
      expect(banner(), 'the decision closes the banner').to.equal(null);
      expect((frame.contentWindow as SlowWindow).gatedRuns, 'nothing runs before it has fully arrived').to.equal(undefined);

      await fetch('/test-pages/slow-banner/release');
      await waitUntil(() => frame.contentDocument!.getElementById('end'), 'the rest of the page did not arrive');
      await waitUntil(() => (frame.contentWindow as SlowWindow).gatedRuns === 1, 'the granted script did not run');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((frame.contentWindow as SlowWindow).gatedRuns, 'it ran once').to.equal(1);
    } finally {
      await fetch('/test-pages/slow-banner/release');
      frame.remove();
      localStorage.removeItem('slow-page:consent');
    }
  });
});
