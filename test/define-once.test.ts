import { expect } from '@open-wc/testing';
import { MedicalDisclaimer } from '../src/components/medical-disclaimer/define.js';
import { defineOnce } from '../src/components/shared/define-once.js';
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
