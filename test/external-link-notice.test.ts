import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/clinic-provider/define.js';
import '../src/components/external-link-notice/define.js';
import type { ExternalLinkNotice } from '../src/components/external-link-notice/external-link-notice.js';
import { warningsOfEachTest } from './helpers.js';

// The test server under another host name is another origin: another site, without leaving this machine.
const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const other = `${location.protocol}//${otherHost}:${location.port}`;
const landing = (query: string) => `${other}/test/pages/landing.html?${query}`;

/** A region with links: to another site (in a frame), to this site, and a mail link. */
async function footer(attributes = ''): Promise<{ notice: ExternalLinkNotice; link: (id: string) => HTMLAnchorElement; frame: HTMLIFrameElement }> {
  const wrapper = await fixture<HTMLElement>(`
    <div>
      <clinic-provider clinic-name="Harbor Dermatology" storage-namespace="leaving">
        <external-link-notice ${attributes}>
          <a id="away" href="${landing('away')}" target="landing">Partner pharmacy</a>
          <a id="same" href="/test/pages/landing.html?same" target="landing">Our own page</a>
          <a id="mail" href="mailto:front-desk@harbor.example">Email us</a>
          <a id="new" href="${landing('new')}" target="_blank">Opens a new window</a>
        </external-link-notice>
      </clinic-provider>
      <iframe name="landing" title="Landing"></iframe>
    </div>`);
  const notice = wrapper.querySelector('external-link-notice')!;
  await notice.updateComplete;
  return { notice, link: (id) => wrapper.querySelector<HTMLAnchorElement>(`#${id}`)!, frame: wrapper.querySelector('iframe')! };
}

const dialogOf = (notice: ExternalLinkNotice) => notice.shadowRoot!.querySelector('dialog');
const landed = () => oneEvent(window, 'message').then((event) => (event as unknown as MessageEvent<{ landed: string }>).data.landed);

/** Clicks `link` with `init`; returns whether the page's default action was taken over. Nothing navigates. */
function clickAndStop(link: HTMLAnchorElement, init: MouseEventInit = {}): boolean {
  let prevented = false;
  const stop = (event: Event) => ((prevented = event.defaultPrevented), event.preventDefault());
  document.addEventListener('click', stop, { once: true });
  link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0, ...init }));
  document.removeEventListener('click', stop);
  return prevented;
}

describe('<external-link-notice>', () => {
  const warnings = warningsOfEachTest();
  beforeEach(() => sessionStorage.clear());

  it('stops a link to another site with a named dialog; Continue lands on that address', async () => {
    const { notice, link } = await footer();
    link('away').click();
    await notice.updateComplete;
    const dialog = dialogOf(notice)!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
    expect(dialog.querySelector('#title')!.textContent).to.equal('You are leaving Harbor Dermatology');
    expect(dialog.querySelector('#text')!.textContent).to.include(`This link goes to ${otherHost}, a site we do not control.`);
    expect(notice.shadowRoot!.activeElement?.textContent, 'focus on the choice that keeps the visitor here').to.equal('Stay on this site');
    const arrival = landed();
    const left = oneEvent(notice, 'external-link');
    notice.shadowRoot!.querySelector<HTMLButtonElement>('[part="continue-button"]')!.click();
    expect(await arrival).to.equal(landing('away'));
    expect((await left).detail).to.deep.equal({ host: otherHost });
    expect(dialogOf(notice), 'closed').to.equal(null);
  });

  it('leaves same-site links, mail links and modified or other-button clicks to the browser', async () => {
    const { notice, link } = await footer();
    expect(clickAndStop(link('same')), 'same site').to.equal(false);
    expect(clickAndStop(link('mail')), 'mailto').to.equal(false);
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
      expect(clickAndStop(link('away'), init), JSON.stringify(init)).to.equal(false);
    }
    await notice.updateComplete;
    expect(dialogOf(notice), 'no notice for any of them').to.equal(null);
    expect(clickAndStop(link('away')), 'a plain click').to.equal(true);
  });

  it('works from the keyboard: Enter on a link opens it, Escape stays and gives focus back to the link', async () => {
    const { notice, link } = await footer();
    link('away').focus();
    await sendKeys({ press: 'Enter' });
    await notice.updateComplete;
    expect(dialogOf(notice)?.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => dialogOf(notice) === null, 'Escape did not close the notice');
    expect(document.activeElement).to.equal(link('away'));
  });

  it('skips the hosts on the allow list and warns of an entry that is not a host name', async () => {
    const { notice, link } = await footer(`allow="harbor-clinic.example, https://${otherHost}/shop, bad/entry"`);
    expect(clickAndStop(link('away')), 'allowed by its address').to.equal(false);
    await notice.updateComplete;
    expect(dialogOf(notice)).to.equal(null);
    expect(warnings.messages).to.deep.equal([
      'clinic-elements: <external-link-notice> allow="bad/entry" is not valid; expected a host name such as "harbor-clinic.com" or "*.harbor-clinic.com". That entry is left out; links to it show the notice.',
    ]);
  });

  it('offers "don\'t ask again" for the visit, per site', async () => {
    const { notice, link } = await footer('remember');
    clickAndStop(link('away'));
    await notice.updateComplete;
    const skip = dialogOf(notice)!.querySelector<HTMLInputElement>('input[name="skip"]')!;
    expect(skip.parentElement!.textContent).to.equal(`Don’t ask again for ${otherHost} during this visit`);
    skip.click();
    const arrival = landed();
    notice.shadowRoot!.querySelector<HTMLButtonElement>('[part="continue-button"]')!.click();
    await arrival;
    expect(clickAndStop(link('away')), 'not asked again this visit').to.equal(false);
  });

  it('opens a new window without this page as its opener', async () => {
    const { notice, link } = await footer();
    clickAndStop(link('new'));
    await notice.updateComplete;
    let relWhenFollowed = '';
    document.addEventListener('click', (event) => ((relWhenFollowed = link('new').rel), event.preventDefault()), { once: true });
    notice.shadowRoot!.querySelector<HTMLButtonElement>('[part="continue-button"]')!.click();
    expect(relWhenFollowed).to.equal('noopener');
    expect(link('new').hasAttribute('rel'), "the page's link is given back as it was").to.equal(false);
  });

  it('watches the whole page with scope="page", and a link without a target leaves the page itself', async () => {
    const frame = await fixture<HTMLIFrameElement>(`<iframe title="Clinic page" src="/test/pages/leaving.html?other=${encodeURIComponent(other)}"></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('external-link-notice')?.shadowRoot, 'the page did not load');
    const page = frame.contentDocument!;
    const notice = page.querySelector('external-link-notice')!;
    page.querySelector<HTMLAnchorElement>('#partner')!.click();
    await notice.updateComplete;
    const arrival = landed();
    notice.shadowRoot!.querySelector<HTMLButtonElement>('[part="continue-button"]')!.click();
    expect(await arrival).to.equal(landing('from=footer'));
  });

  it('warns of an unknown scope and watches its region', async () => {
    const { notice, link } = await footer('scope="site"');
    expect(warnings.messages).to.deep.equal([
      'clinic-elements: <external-link-notice> scope="site" is not valid; expected one of region, page. Using "region".',
    ]);
    expect(notice.scope).to.equal('region');
    expect(clickAndStop(link('away'))).to.equal(true);
  });
});
