import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { captureWarnings, visibleText } from '../helpers.js';
import { frames } from './inspect.js';

/**
 * Elements that exist before their definition (the page's HTML is parsed before the script tag
 * runs, or a framework creates them first) and are upgraded later, with the elements defined
 * before their provider (two separate CDN files in either order). This file is its own page:
 * nothing is defined when it starts.
 */

// The page as parsed before any clinic-elements script ran.
document.body.insertAdjacentHTML(
  'beforeend',
  `<div id="early">
    <clinic-provider clinic-name="Sol Clinic" terms-href="/terms" privacy-href="/privacy" storage-namespace="upgrade">
      <medical-disclaimer></medical-disclaimer>
      <sensitive-content><template><p class="photo">Photo</p></template></sensitive-content>
      <terms-accept version="2024-05"></terms-accept>
      <legal-document document="terms"></legal-document>
      <procedure-guide src="/hardening/doc.json?kind=guide&field=none"></procedure-guide>
      <age-gate scope="content" mode="confirm"><p>Gallery</p></age-gate>
      <cookie-banner policy-version="1"></cookie-banner>
    </clinic-provider>
  </div>`,
);
// Made by a script before the definition, its properties set while it is still a plain element.
const early = document.createElement('medical-disclaimer') as HTMLElement & { label: string; termsHref: string; variant: string };
early.label = 'Set before the upgrade';
early.termsHref = '/early-terms';
early.variant = 'banner';
document.querySelector('#early clinic-provider')!.append(early);

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element | null, name: string) => el?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(`#early ${selector}`)!;

describe('elements created before their definition', function () {
  this.timeout(30_000);
  let warnings: ReturnType<typeof captureWarnings>;
  let faultsInjected = 0;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());
  after(async () => {
    await executeServerCommand('hardening-figure', { name: 'faults injected', value: faultsInjected });
  });

  it('upgrades every element when the definitions arrive later, the provider last', async () => {
    expect(customElements.get('medical-disclaimer'), 'nothing is defined yet').to.equal(undefined);
    faultsInjected += 3; // created before definition, properties set before the upgrade, consumers defined before their provider
    // Consumers first, each as its own script would, then the provider.
    await import('../../src/components/medical-disclaimer/define.js');
    await import('../../src/components/sensitive-content/define.js');
    await import('../../src/components/terms-accept/define.js');
    await import('../../src/components/legal-document/define.js');
    await import('../../src/components/procedure-guide/define.js');
    await import('../../src/components/age-gate/define.js');
    await import('../../src/components/cookie-banner/define.js');
    await frames();
    await import('../../src/components/clinic-provider/define.js');

    await waitUntil(() => part($('medical-disclaimer'), 'link')?.getAttribute('href') === '/terms', "the disclaimer never received the provider's settings");
    expect(part($('terms-accept'), 'link')!.getAttribute('href')).to.equal('/terms');
    expect(shadow($('age-gate')).querySelector('#gate-reason a')!.getAttribute('href')).to.equal('/terms');
    await waitUntil(() => $('legal-document').textContent!.includes('Sol Clinic'), 'the Terms do not name the clinic');
    await waitUntil(() => $('procedure-guide').querySelectorAll(':scope > [data-guide-section]').length === 3, 'the guide did not render');
    await waitUntil(() => part($('cookie-banner'), 'banner'), 'the cookie banner did not show');
    expect(shadow($('cookie-banner')).querySelector('section.banner a')!.getAttribute('href')).to.equal('/privacy');
    expect(part($('sensitive-content'), 'cover')!.checkVisibility()).to.equal(true);
  });

  it('keeps the properties a script set before the upgrade', async () => {
    await waitUntil(() => part(early, 'panel'), 'the early element did not render');
    expect(part(early, 'panel')!.getAttribute('aria-label')).to.equal('Set before the upgrade');
    expect(part(early, 'link')!.getAttribute('href')).to.equal('/early-terms');
    expect(early.getAttribute('variant')).to.equal('banner');
  });

  it('renders elements created after the definitions, and works when interacted with', async () => {
    faultsInjected += 1;
    const provider = document.createElement('clinic-provider');
    provider.setAttribute('terms-href', '/later-terms');
    provider.setAttribute('storage-namespace', 'upgrade-later');
    const disclaimer = document.createElement('medical-disclaimer');
    const gate = document.createElement('age-gate');
    gate.setAttribute('scope', 'content');
    gate.setAttribute('mode', 'confirm');
    gate.append(Object.assign(document.createElement('p'), { textContent: 'Later gallery' }));
    provider.append(disclaimer, gate);
    document.body.append(provider);
    try {
      await waitUntil(() => part(disclaimer, 'link')?.getAttribute('href') === '/later-terms', "the later disclaimer did not get its provider's settings");
      part(gate, 'yes-button')!.click();
      await waitUntil(() => !part(gate, 'gate'), 'the later gate did not open');
      expect(visibleText(gate)).to.contain('Later gallery');

      // And the early banner still decides.
      part($('cookie-banner'), 'reject-button')!.click();
      expect(part($('cookie-banner'), 'banner')).to.equal(null);
    } finally {
      provider.remove();
      localStorage.clear();
    }
  });
});
