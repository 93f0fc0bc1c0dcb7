import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/components/clinic-provider/define.js';
import { LegalDocument } from '../src/components/legal-document/define.js';
import { captureWarnings } from './helpers.js';

const sections = (el: LegalDocument) => [...el.querySelectorAll<HTMLElement>(':scope > section')];
const part = (el: LegalDocument, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

async function shown(template: ReturnType<typeof html>): Promise<LegalDocument> {
  const host = await fixture<HTMLElement>(template);
  const el = host instanceof LegalDocument ? host : host.querySelector('legal-document')!;
  await waitUntil(() => sections(el).length > 0 || part(el, 'error'), 'the document did not render');
  await el.updateComplete;
  return el;
}

const miller = (inner: ReturnType<typeof html>) => html`
  <clinic-provider clinic-name="Miller Plastic Surgery" legal-name="MPS, MD, PA" website="www.millerplasticsurgery.com" city="Miami"
    jurisdiction="Miami Dade County, Florida" state="Florida" country="United States of America">${inner}</clinic-provider>
`;

describe('<legal-document>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('renders all fourteen numbered sections of the Terms of Use, with the clinic filled in and working anchors', async () => {
    const el = await shown(miller(html`<legal-document document="terms" version="2024-05" effective-date="2024-05-01"></legal-document>`));
    const headings = sections(el).map((s) => s.querySelector('h2')!.textContent);
    expect(headings).to.have.length(14);
    expect(headings[1]).to.equal('2. No Medical Advice');
    expect(headings[9]).to.equal('10. MILLER PLASTIC SURGERY DISCLAIMS ALL WARRANTIES');
    expect(el.querySelector('[data-legal-intro]')!.textContent).to.contain('These Terms are between you and MPS, MD, PA, also known as Miller Plastic Surgery');
    expect(el.querySelector('#jurisdiction')!.textContent).to.contain('from the United States of America in Miami in Miami Dade County, Florida');
    expect(el.textContent).not.to.contain('[clinic');

    const links = [...part(el, 'toc')!.querySelectorAll('a')];
    expect(links).to.have.length(14);
    for (const link of links) expect(el.querySelector(link.getAttribute('href')!), link.getAttribute('href')!).to.exist;
    expect(part(el, 'meta')!.textContent).to.equal('Version 2024-05 · Effective May 1, 2024');
    await expect(el).to.be.accessible();
  });

  it('renders the whole Privacy Policy', async () => {
    const el = await shown(miller(html`<legal-document document="privacy"></legal-document>`));
    expect(sections(el)).to.have.length(15);
    expect(el.querySelectorAll(':scope > section p')).to.have.length(21);
    expect(el.querySelector('#cookies')!.textContent).to.contain('Miller Plastic Surgery uses both session cookies and persistent cookies.');
    await expect(el).to.be.accessible();
  });

  it('shows labels instead of braces when the page gives no clinic settings', async () => {
    const el = await shown(html`<legal-document document="terms"></legal-document>`);
    expect(el.querySelector('#jurisdiction')!.textContent).to.contain('in [clinic city] in [clinic jurisdiction]');
  });

  it('loads a legal document from src, and names what is wrong with a bad one', async () => {
    const good = await shown(html`<legal-document src="/test/fixtures/legal.json"></legal-document>`);
    expect(sections(good).map((s) => s.id)).to.deep.equal(['cookies']);
    const guide = await shown(html`<legal-document src="/test/fixtures/browlift.json"></legal-document>`);
    expect(part(guide, 'error')!.textContent).to.contain('is not a legal document');
    const missing = await shown(html`<legal-document src="/test/fixtures/nothing.json"></legal-document>`);
    expect(part(missing, 'error')!.textContent).to.contain('(HTTP 404)');
    const unknown = await shown(html`<legal-document document="cookies"></legal-document>`);
    expect(part(unknown, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(unknown, 'error')!.textContent).to.contain('The built-in documents are: terms, privacy.');
    expect(warnings.messages.length).to.equal(3);
  });

  it('builds a table of contents for clinic-authored sections', async () => {
    const el = await shown(html`
      <legal-document><section id="scope"><h2>Scope</h2><p>…</p></section><section id="fees"><h2>Fees</h2><p>…</p></section></legal-document>
    `);
    expect([...part(el, 'toc')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#scope', '#fees']);
  });

  it('prints without the table of contents, headed by the clinic and the address; speaks Spanish', async () => {
    const el = await shown(miller(html`<legal-document document="terms" lang="es" effective-date="2024-05-01"></legal-document>`));
    expect(part(el, 'meta')!.textContent).to.equal('Vigente desde el 1 de mayo de 2024');
    expect(part(el, 'toc')!.querySelector('.toc-title')!.textContent).to.equal('Índice');
    await emulateMedia({ media: 'print' });
    try {
      expect(part(el, 'toc')!.checkVisibility()).to.equal(false);
      expect(el.shadowRoot!.querySelector<HTMLElement>('.print-only')!.checkVisibility()).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
