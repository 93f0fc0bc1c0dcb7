import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { ClinicProvider } from '../src/components/clinic-provider/define.js';
import { MedicalDisclaimer } from '../src/components/medical-disclaimer/define.js';
import { captureWarnings, visibleText } from './helpers.js';

const panelOf = (el: MedicalDisclaimer) => el.shadowRoot!.querySelector('aside')!;
const linkOf = (el: MedicalDisclaimer) => el.shadowRoot!.querySelector('a');

describe('<medical-disclaimer>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    document.documentElement.setAttribute('lang', 'en');
  });

  it('shows the short form of "No Medical Advice" in a named aside', async () => {
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer></medical-disclaimer>`);

    expect(panelOf(el).getAttribute('aria-label')).to.equal('Medical disclaimer');
    expect(visibleText(el)).to.equal(
      'Not medical advice. The content on this site is for educational and informational purposes only and is not a substitute for diagnosis, treatment, or medical advice from a qualified health care professional.',
    );
    expect(linkOf(el), 'no link without terms-href').to.equal(null);
    expect(el.variant).to.equal('inline');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('is exposed to assistive technology as a complementary landmark with its name', async () => {
    await fixture<MedicalDisclaimer>(html`<medical-disclaimer></medical-disclaimer>`);
    const snapshot = await a11ySnapshot({});
    const landmark = findAccessibilityNode<{ role: string; name: string }>(
      snapshot as never,
      (node) => node.role === 'complementary' && node.name === 'Medical disclaimer',
    );
    expect(landmark).not.to.equal(null);
  });

  it('links to the full terms with terms-href', async () => {
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer terms-href="/terms#no-medical-advice"></medical-disclaimer>`);
    expect(linkOf(el)!.getAttribute('href')).to.equal('/terms#no-medical-advice');
    expect(linkOf(el)!.textContent).to.equal('Read the full Terms of Use');
    await expect(el).to.be.accessible();
  });

  it('refuses a javascript: terms-href with a warning naming the element and attribute', async () => {
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer terms-href="javascript:alert(1)"></medical-disclaimer>`);
    expect(linkOf(el)).to.equal(null);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<medical-disclaimer> terms-href="javascript:alert(1)" is not valid');
  });

  it('renders as a full-width banner with variant="banner"', async () => {
    const el = await fixture<MedicalDisclaimer>(
      html`<div style="width: 800px"><medical-disclaimer variant="banner" terms-href="/terms"></medical-disclaimer></div>`,
    );
    const disclaimer = el.querySelector('medical-disclaimer')!;
    const panel = panelOf(disclaimer);
    expect(panel.getBoundingClientRect().width).to.equal(800);
    expect(getComputedStyle(panel).borderTopLeftRadius).to.equal('0px');
    await expect(disclaimer).to.be.accessible();
  });

  it('falls back to inline, with a warning, for an unknown variant', async () => {
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer variant="popup"></medical-disclaimer>`);
    expect(el.variant).to.equal('inline');
    expect(el.getAttribute('variant')).to.equal('inline');
    expect(warnings.messages[0]).to.contain('<medical-disclaimer> variant="popup" is not valid; expected one of inline, banner');
  });

  it('lets the page replace the text through the default slot, keeping the link', async () => {
    const el = await fixture<MedicalDisclaimer>(html`
      <medical-disclaimer terms-href="/terms"><p>Results vary. Ask your surgeon about your own case.</p></medical-disclaimer>
    `);
    expect(visibleText(el)).to.equal('Results vary. Ask your surgeon about your own case. Read the full Terms of Use');
  });

  it('speaks Spanish with lang="es", and follows a change of the page language', async () => {
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer lang="es" terms-href="/terminos"></medical-disclaimer>`);
    expect(panelOf(el).getAttribute('aria-label')).to.equal('Aviso médico');
    expect(visibleText(el)).to.match(/^No es consejo médico\. El contenido de este sitio tiene fines educativos/);
    expect(linkOf(el)!.textContent).to.equal('Lea los Términos de uso completos');
    await expect(el).to.be.accessible();

    const inPage = await fixture<MedicalDisclaimer>(html`<medical-disclaimer></medical-disclaimer>`);
    document.documentElement.lang = 'es';
    await new Promise((resolve) => setTimeout(resolve));
    await elementUpdated(inPage);
    expect(panelOf(inPage).getAttribute('aria-label')).to.equal('Aviso médico');
    expect(panelOf(inPage).lang).to.equal('es');
  });

  it('reads its colours from the --clinic-* tokens', async () => {
    const el = await fixture<MedicalDisclaimer>(html`
      <medical-disclaimer style="--clinic-color-accent: rgb(120, 20, 90); --clinic-color-surface-alt: rgb(250, 240, 230)"></medical-disclaimer>
    `);
    const style = getComputedStyle(panelOf(el));
    expect(style.borderInlineStartColor).to.equal('rgb(120, 20, 90)');
    expect(style.backgroundColor).to.equal('rgb(250, 240, 230)');
  });

  it('has a dark theme, on itself or from a provider, that stays accessible', async () => {
    const light = await fixture<MedicalDisclaimer>(html`<medical-disclaimer terms-href="/terms"></medical-disclaimer>`);
    const dark = await fixture<MedicalDisclaimer>(html`<medical-disclaimer theme="dark" terms-href="/terms"></medical-disclaimer>`);
    const provided = await fixture<HTMLElement>(html`
      <clinic-provider theme="dark"><medical-disclaimer terms-href="/terms"></medical-disclaimer></clinic-provider>
    `);
    const inProvider = provided.querySelector('medical-disclaimer')!;

    expect(getComputedStyle(panelOf(light)).backgroundColor).to.equal('rgb(242, 245, 248)');
    expect(getComputedStyle(panelOf(dark)).backgroundColor).to.equal('rgb(30, 43, 57)');
    expect(getComputedStyle(panelOf(inProvider)).backgroundColor).to.equal('rgb(30, 43, 57)');
    expect(getComputedStyle(panelOf(dark)).color).to.equal('rgb(233, 238, 244)');
    await expect(dark).to.be.accessible();
    await expect(inProvider).to.be.accessible();
  });

  it('keeps a visible border and system link colour in forced-colors mode', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer terms-href="/terms"></medical-disclaimer>`);
      const style = getComputedStyle(panelOf(el));
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(style.borderTopStyle, 'the box keeps an outline when backgrounds are dropped').to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(style.borderTopColor).to.equal(style.color);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('takes the terms link from <clinic-provider> when it has none of its own', async () => {
    const page = await fixture<HTMLElement>(html`
      <clinic-provider terms-href="/legal/terms">
        <medical-disclaimer></medical-disclaimer>
        <medical-disclaimer terms-href="/own-terms"></medical-disclaimer>
      </clinic-provider>
    `);
    const [fromProvider, own] = page.querySelectorAll('medical-disclaimer');
    await elementUpdated(fromProvider);
    expect(linkOf(fromProvider)!.getAttribute('href')).to.equal('/legal/terms');
    expect(linkOf(own)!.getAttribute('href')).to.equal('/own-terms');
  });

  it('finds a provider whose script runs after its own', async () => {
    const page = await fixture<HTMLElement>(html`
      <late-clinic-provider terms-href="/late-terms"><medical-disclaimer></medical-disclaimer></late-clinic-provider>
    `);
    const disclaimer = page.querySelector('medical-disclaimer')!;
    expect(linkOf(disclaimer)).to.equal(null);

    customElements.define('late-clinic-provider', class extends ClinicProvider {});
    await (page as ClinicProvider).updateComplete;
    await elementUpdated(disclaimer);
    expect(linkOf(disclaimer)!.getAttribute('href')).to.equal('/late-terms');
  });

  it('shows a visible focus ring on the terms link when reached with the keyboard', async () => {
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer terms-href="/terms"></medical-disclaimer>`);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(linkOf(el));
    const outline = getComputedStyle(linkOf(el)!);
    expect(outline.outlineStyle).to.equal('solid');
    expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
  });

  it('stays accessible as a dark banner in Spanish', async () => {
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer variant="banner" theme="dark" lang="es" terms-href="/terminos"></medical-disclaimer>`);
    await expect(el).to.be.accessible();
  });

  it('lets an explicit theme="light" win over a dark provider, and follows the provider again when removed', async () => {
    const page = await fixture<HTMLElement>(html`
      <clinic-provider theme="dark"><medical-disclaimer theme="light"></medical-disclaimer></clinic-provider>
    `);
    const el = page.querySelector('medical-disclaimer')!;
    expect(getComputedStyle(panelOf(el)).backgroundColor).to.equal('rgb(242, 245, 248)');

    el.removeAttribute('theme');
    await elementUpdated(el);
    expect(el.hasAttribute('theme')).to.equal(false);
    expect(getComputedStyle(panelOf(el)).backgroundColor).to.equal('rgb(30, 43, 57)');
  });

  it("inherits the page's own tokens through a provider that sets no theme", async () => {
    const page = await fixture<HTMLElement>(html`
      <div style="--clinic-color-accent: rgb(120, 20, 90)"><clinic-provider><medical-disclaimer></medical-disclaimer></clinic-provider></div>
    `);
    const el = page.querySelector('medical-disclaimer')!;
    expect(getComputedStyle(panelOf(el)).borderInlineStartColor).to.equal('rgb(120, 20, 90)');
  });

  it('takes a landmark name from label, so two disclaimers on a page stay distinct', async () => {
    const page = await fixture<HTMLElement>(html`
      <div><medical-disclaimer></medical-disclaimer><medical-disclaimer label="Site-wide medical disclaimer"></medical-disclaimer></div>
    `);
    const [first, second] = page.querySelectorAll('medical-disclaimer');
    expect(panelOf(first).getAttribute('aria-label')).to.equal('Medical disclaimer');
    expect(panelOf(second).getAttribute('aria-label')).to.equal('Site-wide medical disclaimer');
    await expect(page).to.be.accessible();
  });
});
