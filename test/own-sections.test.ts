import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/components/clinic-provider/define.js';
import { LegalDocument } from '../src/components/legal-document/define.js';
import { ProcedureGuide } from '../src/components/procedure-guide/define.js';
import { captureWarnings } from './helpers.js';

// Sections the clinic writes in the page get what a content file's sections get.
const ownTerms = `
  <section id="use"><h2>Using this site</h2><p>This is the website of {clinic.name}.</p></section>
  <section id="contact"><h2>Contact</h2><p>Our site: <a href="https://{clinic.website}/contact">{clinic.website}</a>.</p></section>
  <section id="law"><h2>Governing law</h2><p>The laws of {clinic.state|upper} apply.</p></section>`;

const headings = (el: Element) => [...el.querySelectorAll(':scope > section > h2')].map((h) => h.textContent!.trim());
const tocTitles = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="toc"] a')].map((a) => a.textContent!.trim());

describe("the page's own sections", () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('<legal-document>: fills {clinic.*} in text and links, and follows the provider’s settings as they change', async () => {
    const provider = await fixture<HTMLElement>(`
      <clinic-provider clinic-name="Harbor Dermatology" website="harbor.example" state="Texas">
        <legal-document>${ownTerms}</legal-document>
      </clinic-provider>`);
    const legal = provider.querySelector<LegalDocument>('legal-document')!;
    await waitUntil(() => !legal.textContent!.includes('{clinic.'), 'placeholders left in the page');
    expect(legal.querySelector('#use p')!.textContent).to.equal('This is the website of Harbor Dermatology.');
    expect(legal.querySelector('#contact a')!.getAttribute('href')).to.equal('https://harbor.example/contact');
    expect(legal.querySelector('#contact a')!.textContent).to.equal('harbor.example');
    expect(legal.querySelector('#law p')!.textContent).to.equal('The laws of TEXAS apply.');

    provider.setAttribute('clinic-name', 'Harbor Skin Clinic');
    await waitUntil(() => legal.querySelector('#use p')!.textContent === 'This is the website of Harbor Skin Clinic.', 'the new name was not filled in');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('<legal-document numbered>: numbers its own headings and table of contents, once, and not a heading numbered by hand', async () => {
    const legal = await fixture<LegalDocument>(`
      <legal-document numbered>
        <section id="one"><h2>First</h2><p>a</p></section>
        <section id="two"><h2>2) Second, numbered by hand</h2><p>b</p></section>
        <section id="three"><h2>Third</h2><p>c</p></section>
      </legal-document>`);
    await waitUntil(() => headings(legal)[0] === '1. First', 'not numbered');
    expect(headings(legal)).to.deep.equal(['1. First', '2) Second, numbered by hand', '3. Third']);
    await waitUntil(() => tocTitles(legal)[0] === '1. First', 'the table of contents is not numbered');
    legal.numbered = false;
    await waitUntil(() => headings(legal)[0] === 'First', 'the numbers stayed');
    legal.numbered = true;
    await waitUntil(() => headings(legal)[2] === '3. Third', 'not numbered again');
    expect(headings(legal)[0], 'numbered once, not twice').to.equal('1. First');
  });

  it('<legal-document>: warns once for each section without an id or a heading, and still shows it', async () => {
    const legal = await fixture<LegalDocument>(`
      <legal-document>
        <section><h2>No id</h2><p>a</p></section>
        <section id="plain"><p>No heading</p></section>
        <section id="fine"><h2>Fine</h2><p>c</p></section>
      </legal-document>`);
    await waitUntil(() => warnings.messages.length >= 2, 'no warnings');
    await legal.updateComplete;
    expect(warnings.messages).to.deep.equal([
      'clinic-elements: <legal-document> section 1 has no id, so it is not in the table of contents and cannot be linked to; give it one, e.g. <section id="privacy">.',
      'clinic-elements: <legal-document> section "plain" has no heading (h2–h6) as a direct child, so it is not in the table of contents.',
    ]);
    expect(legal.querySelector('section')!.checkVisibility()).to.equal(true);
    legal.numbered = true;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(warnings.messages, 'told once').to.have.length(2);
  });

  it('<legal-document>: an unset setting reads as a bracketed label, an unknown one stays, and each is warned about once', async () => {
    const legal = await fixture<LegalDocument>(
      `<legal-document><section id="a"><h2>A</h2><p>Operated in {clinic.city}, {clinic.city}. Call {clinic.phone}.</p></section></legal-document>`,
    );
    await waitUntil(
      () => legal.querySelector('p')!.textContent === 'Operated in [clinic city], [clinic city]. Call {clinic.phone}.',
      'the placeholders were not filled',
    );
    expect(warnings.messages).to.deep.equal([
      'clinic-elements: <legal-document> the page uses {clinic.city}, which is not set; add it to <clinic-provider>.',
      'clinic-elements: <legal-document> the page uses {clinic.phone}, which is no clinic setting; the settings are name, legalName, website, city, jurisdiction, state, country.',
    ]);
  });

  it('<legal-document>: a setting filled into a link address still makes a safe link', async () => {
    const provider = await fixture<HTMLElement>(`
      <clinic-provider website="javascript:alert(1)">
        <legal-document><section id="a"><h2>A</h2><p><a href="{clinic.website}">Our site</a></p></section></legal-document>
      </clinic-provider>`);
    const link = provider.querySelector('legal-document a')!;
    await waitUntil(() => link.getAttribute('href') !== '{clinic.website}', 'the address was not filled in');
    expect(link.hasAttribute('href'), 'no javascript: link').to.equal(false);
    expect(link.textContent).to.equal('Our site');
  });

  it('<procedure-guide>: fills {clinic.*} in the clinic’s own sections too', async () => {
    const provider = await fixture<HTMLElement>(`
      <clinic-provider clinic-name="Harbor Dermatology">
        <procedure-guide>
          <section><h2>About</h2><p>At {clinic.name} we talk about options first.</p></section>
          <section><h2>After</h2><p>Call {clinic.name} with any question.</p></section>
        </procedure-guide>
      </clinic-provider>`);
    const guide = provider.querySelector<ProcedureGuide>('procedure-guide')!;
    await waitUntil(() => !guide.textContent!.includes('{clinic.'), 'placeholders left in the guide');
    expect(guide.querySelector('section p')!.textContent).to.equal('At Harbor Dermatology we talk about options first.');
    provider.setAttribute('clinic-name', 'Harbor Skin Clinic');
    await waitUntil(() => guide.querySelector('section p')!.textContent!.includes('Harbor Skin Clinic'), 'the new name was not filled in');
  });
});
