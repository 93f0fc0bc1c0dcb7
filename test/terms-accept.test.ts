import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/components/clinic-provider/define.js';
import '../src/components/legal-document/define.js';
import { TermsAccept } from '../src/components/terms-accept/define.js';
import { loadBuiltInDocument } from '../src/content/index.js';
import { canonicalText, documentHashes, sha256 } from '../src/core/documents/hash.js';
import { captureWarnings } from './helpers.js';

const clinic = { name: 'Miller Plastic Surgery', legalName: 'MPS, MD, PA' };

async function signUpForm(extra = ''): Promise<{ form: HTMLFormElement; el: TermsAccept }> {
  const form = await fixture<HTMLFormElement>(`
    <form action="#submitted">
      <clinic-provider clinic-name="${clinic.name}" legal-name="${clinic.legalName}" terms-href="/terms" storage-namespace="terms-test">
        <label>Email <input name="email" value="pat@example.com" /></label>
        <fieldset><terms-accept name="terms" version="2024-05" required ${extra}></terms-accept></fieldset>
        <button>Create account</button>
      </clinic-provider>
    </form>
  `);
  const el = form.querySelector('terms-accept')!;
  await el.updateComplete;
  return { form, el };
}

const box = (el: TermsAccept) => el.shadowRoot!.querySelector<HTMLInputElement>('input')!;

describe('<terms-accept>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    localStorage.clear();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('is an unticked box labelled with the Terms, linked beside it', async () => {
    const { el } = await signUpForm();
    expect(box(el).checked).to.equal(false);
    expect(el.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('I have read and agree to the Terms of Use');
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/terms');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('blocks native form submission until ticked, then submits its value', async () => {
    const { form, el } = await signUpForm();
    let submitted = 0;
    form.addEventListener('submit', (event) => (event.preventDefault(), (submitted += 1)));
    form.requestSubmit();
    expect(submitted).to.equal(0);
    expect(el.matches(':invalid')).to.equal(true);
    expect(el.validationMessage).to.equal('Tick this box to accept the Terms of Use.');
    expect(new FormData(form).has('terms')).to.equal(false);

    box(el).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    form.requestSubmit();
    expect(submitted).to.equal(1);
    expect(new FormData(form).get('terms')).to.equal('accepted');
    expect(el.matches(':invalid')).to.equal(false);
  });

  it('warns when its value is set to something other than text, as a plain Vue v-model does', async () => {
    const { el } = await signUpForm();
    expect(warnings.messages.filter((m) => m.includes('value='))).to.deep.equal([]);
    (el as unknown as { value: unknown }).value = false;
    await el.updateComplete;
    expect(warnings.messages.some((m) => m.includes('<terms-accept> value=false is not valid') && m.includes('v-model with type="checkbox"'))).to.equal(true);
  });

  it('gives the validity message in Spanish', async () => {
    const { el } = await signUpForm('lang="es"');
    expect(el.validationMessage).to.equal('Marque esta casilla para aceptar los Términos de uso.');
  });

  it('follows form.reset(), disabled fieldsets and back/forward restore', async () => {
    const { form, el } = await signUpForm();
    box(el).click();
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect(el.checked).to.equal(false);
    expect(box(el).checked).to.equal(false);

    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(box(el).disabled).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;

    // What the browser calls when the visitor comes back with Back/Forward.
    el.formStateRestoreCallback('checked');
    await el.updateComplete;
    expect(box(el).checked).to.equal(true);
    expect(new FormData(form).get('terms')).to.equal('accepted');
  });

  it('fires change and terms-accepted with the version and the hash of the exact text', async () => {
    const { el } = await signUpForm();
    const change = oneEvent(el, 'change');
    const accepted = oneEvent(el, 'terms-accepted');
    box(el).click();
    await change;
    const { detail } = await accepted;
    const terms = await loadBuiltInDocument('terms');
    expect(detail.version).to.equal('2024-05');
    expect(detail.hash).to.equal(await sha256(canonicalText(terms, clinic).whole));
    expect(detail.hash).to.match(/^[0-9a-f]{64}$/);
    expect(Object.keys(detail).sort()).to.deep.equal(['clientTime', 'document', 'effectiveDate', 'hash', 'receipt', 'version']);
    expect(detail).to.include({ document: 'terms', effectiveDate: null });
  });

  it('tells a visitor who accepted an earlier version exactly which sections changed', async () => {
    const terms = await loadBuiltInDocument('terms');
    const current = await documentHashes(terms, clinic);
    const earlier = { ...current.sections, 'no-medical-advice': 'older', jurisdiction: 'older' };
    localStorage.setItem('terms-test:terms-accepted', JSON.stringify({ v: 1, data: { version: '2023-01', hash: 'older', sections: earlier } }));
    const { el } = await signUpForm();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="changes"]'), 'no notice of changes');
    const notice = el.shadowRoot!.querySelector('[part="changes"]')!;
    expect(notice.querySelector('p')!.textContent).to.equal('You accepted version 2023-01 of the Terms of Use. Since then, these sections have changed:');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['2. No Medical Advice', '11. Jurisdiction']);
    expect(el.checked, 'a stale acceptance never counts').to.equal(false);
    await expect(el).shadowDom.to.be.accessible();

    box(el).click();
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="changes"]'));
  });

  it('sends a receipt with the version and hashes to the record endpoint', async () => {
    await fetch('/api/receipts/mode?set=ok&reset', { method: 'POST' });
    const page = await fixture<HTMLElement>(html`
      <clinic-provider record-endpoint="/api/receipts" storage-namespace="terms-receipt"><terms-accept version="2024-05"></terms-accept></clinic-provider>
    `);
    const el = page.querySelector('terms-accept')!;
    await el.updateComplete;
    box(el).click();
    await waitUntil(async () => (await (await fetch('/api/receipts')).json()).receipts.length === 1, 'no receipt arrived');
    const [receipt] = (await (await fetch('/api/receipts')).json()).receipts;
    expect(receipt).to.include({ type: 'terms', result: 'accepted', version: '2024-05' });
    expect(receipt.hash).to.match(/^[0-9a-f]{64}$/);
    expect(Object.keys(receipt.sections)).to.have.length(14);
  });

  it('warns about a missing version and a corrupted stored acceptance', async () => {
    localStorage.setItem('terms-test:terms-accepted', '{"v":1,"data":{"version":7}}');
    const form = await fixture<HTMLFormElement>(`<form><clinic-provider storage-namespace="terms-test"><terms-accept></terms-accept></clinic-provider></form>`);
    const el = form.querySelector('terms-accept')!;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const all = warnings.messages.join('\n');
    expect(all).to.contain('<terms-accept> version=null is not valid');
    expect(all).to.contain('discarded the stored value "terms-test:terms-accepted"');
    expect(el.shadowRoot!.querySelector('[part="changes"]')).to.equal(null);
  });

  describe('gate mode', () => {
    async function gate(extra = ''): Promise<TermsAccept> {
      const page = await fixture<HTMLElement>(`
        <div>
          <button id="behind">Behind</button>
          <clinic-provider clinic-name="${clinic.name}" storage-namespace="terms-gate"><terms-accept mode="gate" version="2024-05" ${extra}></terms-accept></clinic-provider>
        </div>
      `);
      const el = page.querySelector('terms-accept')!;
      await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the gate did not open');
      return el;
    }
    const accept = (el: TermsAccept) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="accept-button"]')!;
    const region = (el: TermsAccept) => el.shadowRoot!.querySelector<HTMLElement>('[part="document"]')!;

    it('blocks the page until the current version is accepted, and remembers it', async () => {
      const el = await gate();
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.matches(':modal')).to.equal(true);
      const behind = document.getElementById('behind')!.getBoundingClientRect();
      expect(document.elementFromPoint(behind.x + 2, behind.y + 2)!.id, 'the page behind cannot be clicked').not.to.equal('behind');
      expect(region(el).querySelectorAll('h3')).to.have.length(14);
      expect(region(el).textContent).to.contain('Miller Plastic Surgery');
      await expect(el).shadowDom.to.be.accessible();

      const accepted = oneEvent(el, 'terms-accepted');
      accept(el).click();
      expect((await accepted).detail.version).to.equal('2024-05');
      await el.updateComplete;
      expect(dialog.open).to.equal(false);

      const again = await fixture<HTMLElement>(
        `<clinic-provider clinic-name="${clinic.name}" storage-namespace="terms-gate"><terms-accept mode="gate" version="2024-05"></terms-accept></clinic-provider>`,
      );
      const second = again.querySelector('terms-accept')!;
      await new Promise((resolve) => setTimeout(resolve, 100));
      await second.updateComplete;
      expect(second.shadowRoot!.querySelector('dialog')!.open, 'an accepted version does not ask again').to.equal(false);
    });

    it('shows the Terms as <legal-document> does: the same sections, headings and text', async () => {
      const el = await gate();
      const page = await fixture<HTMLElement>(
        html`<clinic-provider clinic-name=${clinic.name}><legal-document document="terms"></legal-document></clinic-provider>`,
      );
      const legal = page.querySelector('legal-document')!;
      await waitUntil(() => legal.querySelectorAll('section[data-legal-section]').length === 14, 'the legal document did not render');
      const sections = (root: ParentNode) =>
        [...root.querySelectorAll('section[data-legal-section]')].map((s) => [s.id, s.textContent!.replace(/\s+/g, ' ').trim()]);
      expect(sections(region(el))).to.deep.equal(sections(legal));
    });

    it('with require-scroll, enables Accept once the end is reached by keyboard', async () => {
      const el = await gate('require-scroll');
      expect(accept(el).disabled).to.equal(true);
      expect(el.shadowRoot!.querySelector('#scroll-hint')!.textContent).to.equal('Scroll to the end of the Terms to accept them.');
      expect(region(el).tabIndex, 'Terms that scroll are a tab stop').to.equal(0);
      region(el).focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => !accept(el).disabled, 'Accept stayed disabled after End');
      accept(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !el.shadowRoot!.querySelector('dialog')!.open);
    });

    it('with require-scroll, enables Accept once the end is reached with the mouse wheel', async () => {
      const el = await gate('require-scroll');
      const box = region(el).getBoundingClientRect();
      for (let turn = 0; turn < 40 && accept(el).disabled; turn += 1) {
        await executeServerCommand('mouse-wheel', { x: box.x + box.width / 2, y: box.y + box.height / 2, deltaY: 800 });
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      expect(accept(el).disabled).to.equal(false);
    });
  });
});
