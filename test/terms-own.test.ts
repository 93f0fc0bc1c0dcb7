import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/components/clinic-provider/define.js';
import '../src/components/legal-document/define.js';
import { TermsAccept } from '../src/components/terms-accept/define.js';
import type { TermsAcceptedDetail } from '../src/components/terms-accept/terms-accept.js';
import { documentHashes } from '../src/core/documents/hash.js';
import type { LegalDocument } from '../src/core/documents/model.js';
import { warningsOfEachTest } from './helpers.js';

// A second clinic, with Terms of its own: a dermatology practice in Texas.
const clinic = { name: 'Harbor Dermatology', state: 'Texas' };
const ownTerms = '/test/fixtures/harbor-terms.json';
const changedTerms = '/test/fixtures/harbor-terms-changed.json';
/** The built-in Terms' hash for the demo clinic, as receipts carried it before clinics could bring their own. */
const builtInHash = '2814c06927a315109e590042d1c36f01171a5e931c347998521e9ff887503a2c';

const box = (el: TermsAccept) => el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
const fetchJson = async <T>(url: string): Promise<T> => (await fetch(url)).json();

async function page(terms: string, { namespace = 'own-terms', provider = `clinic-name="${clinic.name}" state="${clinic.state}"` } = {}) {
  const form = await fixture<HTMLFormElement>(`
    <form>
      <clinic-provider ${provider} storage-namespace="${namespace}" record-endpoint="/api/receipts">
        ${terms}
      </clinic-provider>
    </form>`);
  const el = form.querySelector('terms-accept')!;
  await el.updateComplete;
  return { form, el };
}

async function accept(el: TermsAccept): Promise<TermsAcceptedDetail> {
  const accepted = oneEvent(el, 'terms-accepted');
  box(el).click();
  return (await accepted).detail;
}

async function hashesOf(url: string, settings: Record<string, string> = clinic) {
  return documentHashes(await fetchJson<LegalDocument>(url), settings);
}

async function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return executeServerCommand('render-cli', { args });
}

describe("<terms-accept> with the clinic's own Terms", () => {
  const warnings = warningsOfEachTest({ resetReceipts: true });

  it('proves the Terms from src: their id, version, effective date and hash, in the event, the receipt and the form', async () => {
    const { form, el } = await page(`<terms-accept name="terms" src="${ownTerms}" required></terms-accept>`);
    const detail = await accept(el);
    const expected = await hashesOf(ownTerms);
    expect(detail).to.include({ document: 'harbor-terms', version: '2026-03', effectiveDate: '2026-03-01', hash: expected.hash });
    expect(detail.hash, 'not the built-in Terms').not.to.equal(builtInHash);

    await el.updateComplete;
    const data = new FormData(form);
    expect(Object.fromEntries(data)).to.deep.equal({
      terms: 'accepted',
      'terms.document': 'harbor-terms',
      'terms.version': '2026-03',
      'terms.effective-date': '2026-03-01',
      'terms.hash': expected.hash,
      'terms.receipt': detail.receipt,
    });

    await waitUntil(async () => (await fetchJson<{ receipts: unknown[] }>('/api/receipts')).receipts.length === 1, 'no receipt arrived');
    const [receipt] = (await fetchJson<{ receipts: Record<string, unknown>[] }>('/api/receipts')).receipts;
    expect(receipt).to.include({
      id: detail.receipt,
      type: 'terms',
      document: 'harbor-terms',
      src: new URL(ownTerms, location.href).href,
      version: '2026-03',
      effectiveDate: '2026-03-01',
      hash: expected.hash,
    });
    expect(receipt.sections).to.deep.equal(expected.sections);
  });

  it('gives two different Terms two hashes, and one changed character a new whole hash and a new hash for its section only', async () => {
    const original = await hashesOf(ownTerms);
    const changed = await hashesOf(changedTerms);
    const builtIn = await page(`<terms-accept version="2024-05"></terms-accept>`, {
      namespace: 'own-terms-built-in',
      provider: 'clinic-name="Miller Plastic Surgery" legal-name="MPS, MD, PA"',
    });
    expect((await accept(builtIn.el)).hash, 'the built-in hash is as it was').to.equal(builtInHash);

    const { el } = await page(`<terms-accept src="${changedTerms}"></terms-accept>`, { namespace: 'own-terms-changed' });
    const detail = await accept(el);
    expect(detail.hash).to.equal(changed.hash);
    expect(changed.hash).not.to.equal(original.hash);
    const differing = Object.keys(original.sections).filter((id) => original.sections[id] !== changed.sections[id]);
    expect(differing).to.deep.equal(['no-medical-advice']);
  });

  it('prints, from the command line, the hash the browser sends', async () => {
    const { el } = await page(`<terms-accept src="${ownTerms}"></terms-accept>`);
    const detail = await accept(el);
    const file = await cli('hash', 'test/fixtures/harbor-terms.json', '--clinic-name', clinic.name, '--state', clinic.state);
    expect(file.status, file.stderr).to.equal(0);
    expect(JSON.parse(file.stdout)).to.deep.include({ document: 'harbor-terms', version: '2026-03', effectiveDate: '2026-03-01', hash: detail.hash });
    const builtIn = await cli('hash', '--document', 'terms', '--clinic-name', 'Miller Plastic Surgery', '--legal-name', 'MPS, MD, PA');
    expect(JSON.parse(builtIn.stdout).hash).to.equal(builtInHash);
    const missing = await cli('hash', 'test/fixtures/nothing.json');
    expect(missing.status).to.equal(1);
    expect(missing.stderr).to.contain('test/fixtures/nothing.json: no such file');
    const guide = await cli('hash', 'test/fixtures/browlift.json');
    expect(guide.stderr).to.contain('is a procedure-guide, not a legal-document');
  });

  it('accepts the Terms a <legal-document> on the page shows (for), with the version that element shows', async () => {
    const { el } = await page(`
      <legal-document id="page-terms" src="${ownTerms}" version="2026-03b"></legal-document>
      <terms-accept for="page-terms"></terms-accept>`);
    const detail = await accept(el);
    expect(detail).to.include({ document: 'harbor-terms', version: '2026-03b', hash: (await hashesOf(ownTerms)).hash });
  });

  it('says so when the version attribute is not the document’s, and records the document’s', async () => {
    const { el } = await page(`<terms-accept src="${ownTerms}" version="2025-01"></terms-accept>`);
    const detail = await accept(el);
    expect(detail.version).to.equal('2026-03');
    expect(warnings.messages.join('\n')).to.contain(`<terms-accept> version="2025-01" is not valid; expected the Terms' own version, "2026-03"`);
  });

  it('asks again, and warns the developer, when the Terms changed under an unchanged version', async () => {
    const original = await hashesOf(ownTerms);
    localStorage.setItem('own-terms:terms-accepted', JSON.stringify({ v: 1, data: { version: '2026-03', hash: original.hash, sections: original.sections } }));
    const { el } = await page(`<terms-accept src="${changedTerms}"></terms-accept>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="changes"]'), 'the visitor was not asked again');
    expect([...el.shadowRoot!.querySelectorAll('[part="changes"] li')].map((li) => li.textContent)).to.deep.equal(['2. No medical advice']);
    expect(warnings.messages.join('\n')).to.contain('the Terms of version "2026-03" are not the text this visitor accepted under that version');
  });

  for (const [name, markup, message] of [
    [
      'a src that is not there',
      `<terms-accept name="terms" src="/test/fixtures/nothing.json" required></terms-accept>`,
      'src="/test/fixtures/nothing.json" could not be used (HTTP 404)',
    ],
    [
      'a src that is a guide',
      `<terms-accept name="terms" src="/test/fixtures/browlift.json" required></terms-accept>`,
      'is a procedure-guide, not a legal document',
    ],
    ['a for that names nothing', `<terms-accept name="terms" for="nowhere" required></terms-accept>`, 'for="nowhere" names no <legal-document> on the page'],
  ]) {
    it(`is never valid, and says why, with ${name}`, async () => {
      const { form, el } = await page(markup);
      await waitUntil(() => warnings.messages.some((text) => text.includes(message)), `no warning: ${warnings.messages.join('; ')}`);
      box(el).click();
      await waitUntil(() => el.matches(':invalid') && el.validationMessage.includes('could not be loaded'), 'the ticked box counts as valid');
      let submitted = 0;
      form.addEventListener('submit', (event) => (event.preventDefault(), (submitted += 1)));
      form.requestSubmit();
      expect(submitted, 'the form does not go out with an unknown text').to.equal(0);
    });
  }

  it('becomes valid once Terms that could not be loaded load on a later try', async () => {
    const { form, el } = await page(`<terms-accept name="terms" for="late-terms" required></terms-accept>`);
    await waitUntil(() => warnings.messages.some((text) => text.includes('for="late-terms" names no <legal-document>')), 'no warning');
    // The page adds the Terms later (a CMS block rendered after the form).
    el.insertAdjacentHTML('beforebegin', `<legal-document id="late-terms" src="${ownTerms}"></legal-document>`);
    const detail = await accept(el);
    expect(detail.document).to.equal('harbor-terms');
    await el.updateComplete;
    expect(el.matches(':invalid'), el.validationMessage).to.equal(false);
    expect(new FormData(form).get('terms.hash')).to.equal(detail.hash);
  });

  it('is never valid in gate mode, without throwing, when required Terms cannot be loaded', async () => {
    const { form, el } = await page(`<terms-accept name="terms" mode="gate" src="/test/fixtures/nothing.json" required></terms-accept>`);
    await waitUntil(() => warnings.messages.some((text) => text.includes('could not be used (HTTP 404)')), 'no warning');
    await waitUntil(() => el.matches(':invalid') && el.validationMessage.includes('could not be loaded'), 'counts as valid');
    expect(form.checkValidity()).to.equal(false);
  });

  it('shows the clinic’s own Terms in gate mode, lists and links intact', async () => {
    const { el } = await page(`<terms-accept mode="gate" src="${ownTerms}"></terms-accept>`);
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open] [part="document"] li'), 'the gate shows no Terms');
    const text = el.shadowRoot!.querySelector('[part="document"]')!;
    expect(text.querySelector('a[href="tel:+15125550100"]')!.textContent).to.equal('our front desk');
    expect(text.textContent).to.contain('governed by the laws of the State of Texas');
    // Short Terms that need no scrolling are not a tab stop of their own.
    const scrolls = text.scrollHeight > text.clientHeight;
    expect(text.hasAttribute('tabindex')).to.equal(scrolls);
  });
});
