import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/components/clinic-provider/define.js';
import '../src/components/site-notice/define.js';
import type { SiteNotice } from '../src/components/site-notice/site-notice.js';
import { visibleText, warningsOfEachTest } from './helpers.js';

async function notice(attributes: string, text = ''): Promise<SiteNotice> {
  const provider = await fixture<HTMLElement>(`
    <clinic-provider storage-namespace="notices" privacy-href="/privacy" terms-href="/terms">
      <site-notice ${attributes}>${text}</site-notice>
    </clinic-provider>`);
  const element = provider.querySelector('site-notice')!;
  await element.updateComplete;
  return element;
}

const part = (element: SiteNotice, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

/** Loads the notice page (a security notice and the cookie banner) in a frame; `reload` loads it again. */
async function noticePage(id: string) {
  const frame = await fixture<HTMLIFrameElement>(`<iframe title="Clinic page" width="800" height="600" src="/test/pages/notice.html?id=${id}"></iframe>`);
  const ready = () => waitUntil(() => frame.contentDocument?.querySelector('cookie-banner')?.shadowRoot?.querySelector('.banner'), 'the page did not load');
  await ready();
  return {
    frame,
    notice: () => frame.contentDocument!.querySelector('site-notice')!,
    reload: async () => {
      const loaded = oneEvent(frame, 'load');
      frame.contentWindow!.location.reload();
      await loaded;
      await ready();
    },
  };
}

describe('<site-notice>', () => {
  const warnings = warningsOfEachTest();

  it("announces a security notice as an alert, with its link and the clinic's own words", async () => {
    const element = await notice('kind="security" notice-id="breach-2026-11" href="/security"', 'We learned of unauthorized access to an appointment system.');
    expect(part(element, 'notice')!.getAttribute('role')).to.equal('alert');
    expect(visibleText(element)).to.equal('Security notice: We learned of unauthorized access to an appointment system. Read the notice Dismiss');
    expect(part(element, 'link')!.getAttribute('href')).to.equal('/security');
    expect(part(element, 'dismiss-button')!.getAttribute('aria-label')).to.equal('Dismiss this notice');
  });

  it("says a policy changed, with the date in the visitor's language and the provider's link", async () => {
    const privacy = await notice('kind="policy-update" notice-id="privacy-2026-11" date="2026-11-20"');
    expect(part(privacy, 'notice')!.getAttribute('role'), 'polite').to.equal('status');
    expect(visibleText(privacy)).to.equal('Policy update: Our Privacy Policy changed on November 20, 2026. Read the Privacy Policy Dismiss');
    expect(part(privacy, 'link')!.getAttribute('href')).to.equal('/privacy');
    const terms = await notice('kind="policy-update" notice-id="terms-2026-11" document="terms" lang="es"', '\n  ');
    expect(visibleText(terms)).to.equal('Actualización de políticas: Nuestros Términos de uso han cambiado. Leer los Términos de uso Cerrar');
    expect(part(terms, 'link')!.getAttribute('href')).to.equal('/terms');
  });

  it('stays dismissed after a reload; a notice with a new id shows again', async () => {
    const page = await noticePage('breach-1');
    const dismissed = oneEvent(page.notice(), 'notice-dismiss');
    part(page.notice(), 'dismiss-button')!.click();
    expect((await dismissed).detail).to.deep.equal({ noticeId: 'breach-1', kind: 'security' });
    await page.notice().updateComplete;
    expect(part(page.notice(), 'notice'), 'gone').to.equal(null);
    await page.reload();
    await page.notice().updateComplete;
    expect(part(page.notice(), 'notice'), 'still dismissed after a reload').to.equal(null);
    page.frame.remove();
    const next = await noticePage('breach-2');
    await next.notice().updateComplete;
    expect(part(next.notice(), 'notice'), 'a new notice shows').to.not.equal(null);
    next.frame.contentWindow!.localStorage.clear();
  });

  it('sits in the page above the cookie banner, never under it', async () => {
    const page = await noticePage('overlap');
    const banner = page.frame.contentDocument!.querySelector('cookie-banner')!.shadowRoot!.querySelector('.banner')!.getBoundingClientRect();
    const button = part(page.notice(), 'dismiss-button')!;
    button.focus();
    const box = part(page.notice(), 'notice')!.getBoundingClientRect();
    expect(box.bottom <= banner.top || box.top >= banner.bottom, 'the notice and the banner overlap').to.equal(true);
    const focused = button.getBoundingClientRect();
    expect(focused.bottom <= banner.top, 'the focused dismiss button is covered').to.equal(true);
    page.frame.contentWindow!.localStorage.clear();
  });

  it('no longer shows past its until date, and warns of an until that is not a date (and shows)', async () => {
    const past = await notice('notice-id="event" until="2020-01-31"', 'Our office is closed for the holidays.');
    expect(part(past, 'notice')).to.equal(null);
    const bad = await notice('notice-id="event" until="next week"', 'Our office is closed for the holidays.');
    expect(part(bad, 'notice')).to.not.equal(null);
    expect(warnings.messages).to.deep.equal([
      'clinic-elements: <site-notice> until="next week" is not valid; expected a date as YYYY-MM-DD. The notice shows with no end date.',
    ]);
  });

  it('warns of a notice without an id and of an unknown kind, and still shows them', async () => {
    const element = await notice('kind="urgent"', 'Our phone lines are down today; please email us.');
    expect(warnings.messages).to.deep.equal([
      'clinic-elements: <site-notice> kind="urgent" is not valid; expected one of security, policy-update, info. Using "info".',
      'clinic-elements: <site-notice> notice-id=null is not valid; expected a name for this notice, e.g. "security-2026-11". The notice shows; a dismissal lasts for this page only.',
    ]);
    expect(visibleText(element)).to.include('Notice: Our phone lines are down today');
    part(element, 'dismiss-button')!.click();
    await element.updateComplete;
    expect(part(element, 'notice')).to.equal(null);
    expect(
      Object.keys(localStorage).filter((key) => key.startsWith('notices:')),
      'nothing remembered without an id',
    ).to.deep.equal([]);
  });
});
