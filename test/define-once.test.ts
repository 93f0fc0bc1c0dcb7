import { expect, waitUntil } from '@open-wc/testing';
import { MedicalDisclaimer } from '../src/components/medical-disclaimer/define.js';
import { defineOnce } from '../src/components/shared/define-once.js';
import { defineOnUse } from '../src/components/shared/define-on-use.js';
import { captureWarnings } from './helpers.js';

describe('defineOnce', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('defines a new tag', () => {
    class FreshElement extends HTMLElement {}
    defineOnce('fresh-element-for-test', FreshElement);
    expect(customElements.get('fresh-element-for-test')).to.equal(FreshElement);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('ignores the same class registered twice, silently', () => {
    expect(() => defineOnce('medical-disclaimer', MedicalDisclaimer)).not.to.throw();
    expect(warnings.messages).to.deep.equal([]);
  });

  it('loads the define module a second time without error or warning', async () => {
    // A query string makes the browser evaluate the module again, as a second script tag would.
    const again = '../src/components/medical-disclaimer/define.ts?loaded-twice';
    await import(/* @vite-ignore */ again);
    expect(customElements.get('medical-disclaimer')).to.equal(MedicalDisclaimer);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('keeps the first class and warns once, naming the tag, when another copy of the library loads', async () => {
    const copy = '../src/components/medical-disclaimer/medical-disclaimer.ts?second-copy';
    const second = (await import(/* @vite-ignore */ copy)) as { MedicalDisclaimer: typeof MedicalDisclaimer };
    defineOnce('medical-disclaimer', second.MedicalDisclaimer);
    defineOnce('medical-disclaimer', second.MedicalDisclaimer);

    expect(second.MedicalDisclaimer).not.to.equal(MedicalDisclaimer);
    expect(customElements.get('medical-disclaimer')).to.equal(MedicalDisclaimer);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<medical-disclaimer> is already defined');
  });
});

describe('defineOnUse (the all-in-one file)', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('loads an element the first time its tag is in the document, once, and says so when it cannot', async () => {
    const loads: string[] = [];
    defineOnUse({
      'on-use-absent': async () => void loads.push('absent'),
      'on-use-later': async () => void loads.push('later'),
      'on-use-broken': () => Promise.reject(new Error('offline')),
    });
    expect(loads, 'nothing on the page yet').to.deep.equal([]);
    document.body.insertAdjacentHTML('beforeend', '<div id="on-use"><section><on-use-later></on-use-later><on-use-later></on-use-later></section></div>');
    await waitUntil(() => loads.length === 1, 'the tag added later was not loaded');
    document.body.insertAdjacentHTML('beforeend', '<on-use-later></on-use-later><on-use-broken></on-use-broken>');
    await waitUntil(() => warnings.messages.length === 1, 'no warning for the code that did not load');
    expect(loads, 'loaded once').to.deep.equal(['later']);
    expect(warnings.messages[0]).to.equal('clinic-elements: <on-use-broken> could not be loaded (Error: offline); reload the page to try again.');
    document.querySelectorAll('#on-use, on-use-later, on-use-broken').forEach((element) => element.remove());
  });
});
