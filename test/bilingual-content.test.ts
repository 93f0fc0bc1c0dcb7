import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/clinic-provider/define.js';
import { LegalDocument } from '../src/components/legal-document/define.js';
import { ProcedureGuide } from '../src/components/procedure-guide/define.js';
import { TermsAccept } from '../src/components/terms-accept/define.js';
import { documentHashes } from '../src/core/documents/hash.js';
import type { LegalDocument as LegalDocumentData } from '../src/core/documents/model.js';
import { warningsOfEachTest } from './helpers.js';

const headings = (el: Element) => [...el.querySelectorAll(':scope > section > h2')].map((h) => h.textContent!.trim());
const sectionLangs = (el: Element) => [...new Set([...el.querySelectorAll(':scope > section')].map((s) => s.getAttribute('lang')))];

async function headingsBecome(el: Element, first: string): Promise<void> {
  await waitUntil(() => headings(el)[0] === first, `the first heading did not become "${first}" (it is "${headings(el)[0]}")`, { timeout: 5000 });
}

/** The hash the browser sends for the Terms in `file`, for the second clinic. */
const hashOf = async (file: string) =>
  (await documentHashes((await (await fetch(file)).json()) as LegalDocumentData, { name: 'Harbor Dermatology', state: 'Texas' })).hash;

/** The terms receipts the test server's record endpoint got. */
const termsReceipts = async () =>
  ((await (await fetch('/api/receipts')).json()) as { receipts: { type: string; hash: string; src: string | null }[] }).receipts.filter(
    (r) => r.type === 'terms',
  );

// One element, one content file per language: `src` and `src-<lang>`, picked by the element's language.
describe('content in the visitor’s language (src-<lang>)', () => {
  const warnings = warningsOfEachTest({ resetReceipts: true });

  it('shows the guide’s Spanish file on a Spanish page, and switches live when the page’s language changes', async () => {
    const provider = await fixture<HTMLElement>(html`
      <clinic-provider clinic-name="Harbor Dermatology">
        <div lang="es">
          <procedure-guide src="/test/fixtures/harbor-laser.json" src-es="/test/fixtures/harbor-laser.es.json"></procedure-guide>
        </div>
      </clinic-provider>
    `);
    const page = provider.querySelector('div')!;
    const guide = page.querySelector<ProcedureGuide>('procedure-guide')!;
    await headingsBecome(guide, 'Acerca del láser');
    expect(sectionLangs(guide)).to.deep.equal(['es']);

    page.lang = 'en';
    await headingsBecome(guide, 'About laser resurfacing');
    expect(sectionLangs(guide)).to.deep.equal(['en']);
    expect(guide.shadowRoot!.querySelector('[part="toc"]')!.textContent).to.contain('About laser resurfacing');

    page.lang = 'es-MX';
    await headingsBecome(guide, 'Acerca del láser');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('falls back to src for a language it has no file for, marking the content’s own language', async () => {
    const page = await fixture<HTMLElement>(html`
      <div lang="fr">
        <procedure-guide src="/test/fixtures/harbor-laser.json" src-es="/test/fixtures/harbor-laser.es.json"></procedure-guide>
      </div>
    `);
    const guide = page.querySelector('procedure-guide')!;
    await headingsBecome(guide, 'About laser resurfacing');
    expect(sectionLangs(guide), 'a French page reads it with an English voice').to.deep.equal(['en']);
  });

  it('loads a src-<lang> given after the element rendered', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="es"><legal-document src="/test/fixtures/harbor-terms.json"></legal-document></div>`);
    const legal = page.querySelector<LegalDocument>('legal-document')!;
    await headingsBecome(legal, '1. Using this site');
    legal.setAttribute('src-es', '/test/fixtures/harbor-terms.es.json');
    await headingsBecome(legal, '1. Uso de este sitio');
    expect(sectionLangs(legal)).to.deep.equal(['es']);
  });

  it('switches a legal document with the language, and <terms-accept for> accepts the text now shown', async () => {
    const page = await fixture<HTMLElement>(html`
      <clinic-provider locale="es" clinic-name="Harbor Dermatology" state="Texas" storage-namespace="bilingual" record-endpoint="/api/receipts">
        <legal-document id="terms" src="/test/fixtures/harbor-terms.json" src-es="/test/fixtures/harbor-terms.es.json"></legal-document>
        <form><terms-accept name="terms" for="terms"></terms-accept></form>
      </clinic-provider>
    `);
    const legal = page.querySelector<LegalDocument>('legal-document')!;
    const accept = page.querySelector<TermsAccept>('terms-accept')!;
    const [spanish, english] = await Promise.all([hashOf('/test/fixtures/harbor-terms.es.json'), hashOf('/test/fixtures/harbor-terms.json')]);
    expect(spanish).not.to.equal(english);

    await headingsBecome(legal, '1. Uso de este sitio');
    expect(legal.querySelector('#law')!.textContent).to.contain('las leyes del estado de Texas');
    expect(await accept.documentHash).to.equal(spanish);

    page.setAttribute('locale', 'en');
    await headingsBecome(legal, '1. Using this site');
    await waitUntil(async () => (await accept.documentHash) === english, 'the clickwrap kept the Spanish text');
    accept.shadowRoot!.querySelector('input')!.click();
    await waitUntil(() => new FormData(accept.form!).get('terms.hash') === english, 'the form does not prove the English text');
    await waitUntil(async () => (await termsReceipts()).some((receipt) => receipt.hash === english), 'no receipt arrived');
    const receipt = (await termsReceipts()).find((r) => r.hash === english)!;
    expect(receipt.src, 'the receipt names the file shown').to.equal(new URL('/test/fixtures/harbor-terms.json', location.href).href);
  });

  it('names the Spanish file in the receipt of the Spanish Terms, and accepts nothing once the shown file fails to load', async () => {
    const page = await fixture<HTMLElement>(html`
      <clinic-provider locale="es" clinic-name="Harbor Dermatology" state="Texas" storage-namespace="bilingual-missing" record-endpoint="/api/receipts">
        <legal-document id="terms-missing" src-en="/test/fixtures/missing-terms.json" src-es="/test/fixtures/harbor-terms.es.json"></legal-document>
        <form><terms-accept name="terms" for="terms-missing" required></terms-accept></form>
      </clinic-provider>
    `);
    const legal = page.querySelector<LegalDocument>('legal-document')!;
    const accept = page.querySelector<TermsAccept>('terms-accept')!;
    await headingsBecome(legal, '1. Uso de este sitio');
    accept.shadowRoot!.querySelector('input')!.click();
    await waitUntil(async () => (await termsReceipts()).length === 1, 'no receipt arrived');
    const [receipt] = await termsReceipts();
    expect(receipt.src).to.equal(new URL('/test/fixtures/harbor-terms.es.json', location.href).href);

    page.setAttribute('locale', 'en');
    await waitUntil(() => legal.shadowRoot!.querySelector('[part="error"]'), 'the missing English file showed no error', { timeout: 5000 });
    await waitUntil(() => !accept.checkValidity(), 'the box stayed valid for Terms no longer shown');
    expect(accept.validationMessage).to.not.equal('');
  });

  it('says which file and attribute failed when a language’s file is missing, and keeps the element explained', async () => {
    const page = await fixture<HTMLElement>(html`
      <div lang="es">
        <procedure-guide src="/test/fixtures/harbor-laser.json" src-es="/test/fixtures/missing-laser.es.json"></procedure-guide>
      </div>
    `);
    const guide = page.querySelector<ProcedureGuide>('procedure-guide')!;
    await waitUntil(() => guide.shadowRoot!.querySelector('[part="error"]'), 'no inline error', { timeout: 5000 });
    const error = guide.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('/test/fixtures/missing-laser.es.json').and.to.contain('HTTP 404');
    expect(warnings.messages.join('\n')).to.contain('<procedure-guide> src-es="/test/fixtures/missing-laser.es.json"');

    page.lang = 'en';
    await headingsBecome(guide, 'About laser resurfacing');
    expect(guide.shadowRoot!.querySelector('[part="error"]'), 'the English file shows without the error').to.equal(null);
  });

  it('<terms-accept src src-es> accepts the Terms file of the visitor’s language, and switches with it', async () => {
    const page = await fixture<HTMLElement>(html`
      <clinic-provider locale="es" clinic-name="Harbor Dermatology" state="Texas" storage-namespace="bilingual-src">
        <form><terms-accept name="terms" src="/test/fixtures/harbor-terms.json" src-es="/test/fixtures/harbor-terms.es.json"></terms-accept></form>
      </clinic-provider>
    `);
    const accept = page.querySelector<TermsAccept>('terms-accept')!;
    const [spanish, english] = await Promise.all([hashOf('/test/fixtures/harbor-terms.es.json'), hashOf('/test/fixtures/harbor-terms.json')]);
    expect(await accept.documentHash).to.equal(spanish);
    page.setAttribute('locale', 'en');
    await waitUntil(async () => (await accept.documentHash) === english, 'the clickwrap kept the Spanish file');
  });

  it('warns when a src-<lang> file is written in another language', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="es"><legal-document src-es="/test/fixtures/harbor-terms.json"></legal-document></div>`);
    const legal = page.querySelector('legal-document')!;
    await headingsBecome(legal, '1. Using this site');
    expect(warnings.messages).to.deep.equal(['clinic-elements: <legal-document> src-es="/test/fixtures/harbor-terms.json" is in "en".']);
  });
});
