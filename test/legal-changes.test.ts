import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/components/clinic-provider/define.js';
import { LegalDocument } from '../src/components/legal-document/define.js';
import { TermsAccept } from '../src/components/terms-accept/define.js';
import { warningsOfEachTest } from './helpers.js';

const earlier = '/test/fixtures/harbor-terms.json';
const later = '/test/fixtures/harbor-terms-2026-09.json';
const provider = 'clinic-name="Harbor Dermatology" state="Texas" storage-namespace="legal-changes"';

/** The visitor accepts `src` with a real clickwrap, as on the clinic's sign-up page. */
async function acceptOnce(src: string): Promise<void> {
  const page = await fixture<HTMLElement>(
    `<clinic-provider ${provider}><form><terms-accept name="terms" src="${src}"></terms-accept></form></clinic-provider>`,
  );
  const box = page.querySelector<TermsAccept>('terms-accept')!;
  await box.updateComplete;
  const accepted = oneEvent(box, 'terms-accepted');
  box.shadowRoot!.querySelector('input')!.click();
  await accepted;
  page.remove();
}

async function legalPage(inner: string): Promise<LegalDocument> {
  const page = await fixture<HTMLElement>(`<clinic-provider ${provider}>${inner}</clinic-provider>`);
  const legal = page.querySelector<LegalDocument>('legal-document')!;
  await waitUntil(() => legal.querySelector(':scope > section'), 'the document was not written', { timeout: 5000 });
  return legal;
}

const notice = (legal: LegalDocument) => legal.shadowRoot!.querySelector('[part="changes"]');
const marked = (legal: LegalDocument) => [...legal.querySelectorAll('[data-legal-changed]')].map((section) => section.id);

describe('<legal-document show-changes>: what changed since the version the visitor accepted', () => {
  const warnings = warningsOfEachTest();

  it('lists and marks the sections changed or added since the accepted version, with links to them', async () => {
    await acceptOnce(earlier);
    const legal = await legalPage(`<legal-document src="${later}" show-changes></legal-document>`);
    await waitUntil(() => notice(legal), 'no notice of the changes');
    expect(notice(legal)!.getAttribute('role')).to.equal('note');
    expect(notice(legal)!.querySelector('p')!.textContent).to.equal('Changed since version 2026-03, which you accepted:');
    const links = [...notice(legal)!.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.equal([
      ['#law', '3. Governing law'],
      ['#privacy', '4. Your privacy'],
    ]);
    expect(marked(legal)).to.deep.equal(['law', 'privacy']);
    expect(getComputedStyle(legal.querySelector('#law')!).borderInlineStartWidth).to.equal('4px');
    expect(getComputedStyle(legal.querySelector('#use')!).borderInlineStartWidth).to.equal('0px');
    await expect(legal).to.be.accessible();
    expect(warnings.messages).to.deep.equal([]);
  });

  it('says it in Spanish on a Spanish page', async () => {
    await acceptOnce(earlier);
    const legal = await legalPage(`<div lang="es"><legal-document src="${later}" show-changes></legal-document></div>`);
    await waitUntil(() => notice(legal), 'no notice of the changes');
    expect(notice(legal)!.querySelector('p')!.textContent).to.equal('Cambios desde la versión 2026-03, que usted aceptó:');
    expect(notice(legal)!.querySelector('a')!.getAttribute('lang'), 'the section titles are English').to.equal('en');
  });

  it('shows nothing to a visitor who accepted nothing, or this very text, or without show-changes', async () => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
    const none = await legalPage(`<legal-document src="${later}" show-changes></legal-document>`);
    await settle();
    expect(notice(none) === null, 'nothing accepted').to.equal(true);
    none.parentElement!.remove();

    await acceptOnce(later);
    const same = await legalPage(`<legal-document src="${later}" show-changes></legal-document>`);
    await settle();
    expect(notice(same) === null, 'this text accepted').to.equal(true);
    same.parentElement!.remove();

    await acceptOnce(earlier);
    const off = await legalPage(`<legal-document src="${later}"></legal-document>`);
    await settle();
    expect(notice(off) === null, 'without show-changes').to.equal(true);
    expect(marked(off)).to.deep.equal([]);
  });

  it('takes the notice and the bars away when show-changes is removed', async () => {
    await acceptOnce(earlier);
    const legal = await legalPage(`<legal-document src="${later}" show-changes></legal-document>`);
    await waitUntil(() => notice(legal), 'no notice of the changes');
    legal.removeAttribute('show-changes');
    await waitUntil(() => !notice(legal), 'the notice stayed');
    expect(marked(legal)).to.deep.equal([]);
  });

  it('makes no claim from an acceptance stored before acceptances named their document', async () => {
    await acceptOnce(earlier);
    const stored = JSON.parse(localStorage.getItem('legal-changes:terms-accepted')!) as { v: number; data: Record<string, unknown> };
    delete stored.data.document;
    delete stored.data.lang;
    localStorage.setItem('legal-changes:terms-accepted', JSON.stringify(stored));
    const privacy = await legalPage(`<legal-document document="privacy" show-changes></legal-document>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(notice(privacy) === null, 'the Privacy Policy is not said to have changed since the Terms were accepted').to.equal(true);
  });

  it('clears the notice once the visitor accepts the new version on the same page', async () => {
    await acceptOnce(earlier);
    const legal = await legalPage(
      `<legal-document id="terms" src="${later}" show-changes></legal-document><form><terms-accept for="terms"></terms-accept></form>`,
    );
    await waitUntil(() => notice(legal), 'no notice of the changes');
    const box = legal.parentElement!.querySelector<TermsAccept>('terms-accept')!;
    await waitUntil(() => box.shadowRoot!.querySelector('[part="changes"]'), 'the clickwrap does not list the changes');
    box.shadowRoot!.querySelector('input')!.click();
    await waitUntil(() => !notice(legal), 'the notice stayed after the new version was accepted');
    expect(marked(legal)).to.deep.equal([]);
  });

  it('does not count an acceptance of the Terms in another language, or of another document', async () => {
    await acceptOnce('/test/fixtures/harbor-terms.es.json');
    const translation = await legalPage(`<legal-document src="${earlier}" show-changes></legal-document>`);
    const privacy = await legalPage(`<legal-document document="privacy" show-changes></legal-document>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(notice(translation) === null, 'a translation').to.equal(true);
    expect(notice(privacy) === null, 'another document').to.equal(true);
    expect(warnings.messages, 'no "text changed under the same version" warning for a translation').to.deep.equal([]);
  });
});
