import { consume, createContext } from '@lit/context';
import { LitElement, html as litHtml } from 'lit';
import { expect, fixture, html } from '@open-wc/testing';
import { ClinicProvider } from '../src/components/clinic-provider/define.js';
import { clinicContext, defaultClinicContext, type ClinicContext } from '../src/components/shared/clinic-context.js';

/** The provider speaks the community context protocol: `@lit/context` with the same key reads it, as other code on the page would. */
const litContext = createContext<ClinicContext>(clinicContext);
import { captureWarnings } from './helpers.js';

/** A minimal consumer written with `@lit/context`, not with the elements' own code. */
class ContextProbe extends LitElement {
  @consume({ context: litContext, subscribe: true })
  context: ClinicContext = defaultClinicContext;
  override render() {
    return litHtml`${this.context.clinic.name ?? ''}`;
  }
}
customElements.define('context-probe', ContextProbe);

describe('<clinic-provider>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('gives nested elements the clinic identity, namespace, endpoint and document links', async () => {
    const provider = await fixture<ClinicProvider>(html`
      <clinic-provider clinic-name="Miller Plastic Surgery" legal-name="MPS, MD, PA" website="www.millerplasticsurgery.com"
        city="Miami" jurisdiction="Miami Dade County, Florida" state="Florida" country="United States of America"
        storage-namespace="mps" record-endpoint="/api/receipts" terms-href="/terms" privacy-href="/privacy">
        <section><context-probe></context-probe></section>
      </clinic-provider>
    `);
    const probe = provider.querySelector<ContextProbe>('context-probe')!;
    await probe.updateComplete;

    expect(probe.context).to.deep.equal({
      clinic: {
        name: 'Miller Plastic Surgery',
        legalName: 'MPS, MD, PA',
        website: 'www.millerplasticsurgery.com',
        city: 'Miami',
        jurisdiction: 'Miami Dade County, Florida',
        state: 'Florida',
        country: 'United States of America',
      },
      storageNamespace: 'mps',
      recordEndpoint: new URL('/api/receipts', location.href).href,
      termsHref: '/terms',
      privacyHref: '/privacy',
    });
    expect(probe.shadowRoot!.textContent).to.equal('Miller Plastic Surgery');
  });

  it('updates its elements when an attribute changes', async () => {
    const provider = await fixture<ClinicProvider>(html`<clinic-provider clinic-name="Old Name"><context-probe></context-probe></clinic-provider>`);
    const probe = provider.querySelector<ContextProbe>('context-probe')!;
    provider.setAttribute('clinic-name', 'Sol Clinic');
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Sol Clinic');
  });

  it('leaves elements outside any provider on the page defaults', async () => {
    const probe = await fixture<ContextProbe>(html`<context-probe></context-probe>`);
    expect(probe.context).to.deep.equal(defaultClinicContext);
  });

  it('sets the language of everything inside from locale', async () => {
    const provider = await fixture<ClinicProvider>(html`<clinic-provider locale="es"><medical-disclaimer></medical-disclaimer></clinic-provider>`);
    expect(provider.lang).to.equal('es');
  });

  it('refuses a record endpoint on another origin: receipts never go to a third party', async () => {
    const provider = await fixture<ClinicProvider>(html`
      <clinic-provider record-endpoint="https://tracker.example.com/collect"><context-probe></context-probe></clinic-provider>
    `);
    const probe = provider.querySelector<ContextProbe>('context-probe')!;
    expect(probe.context.recordEndpoint).to.equal(null);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<clinic-provider> record-endpoint="https://tracker.example.com/collect" is not valid');
  });

  it('warns about each bad attribute and keeps a safe value', async () => {
    const provider = await fixture<ClinicProvider>(html`
      <clinic-provider theme="neon" locale="klingon" storage-namespace="a b c" privacy-href="javascript:void(0)"><context-probe></context-probe></clinic-provider>
    `);
    const probe = provider.querySelector<ContextProbe>('context-probe')!;
    expect(provider.theme).to.equal('light');
    expect(provider.hasAttribute('lang')).to.equal(false);
    expect(probe.context.storageNamespace).to.equal('clinic');
    expect(probe.context.privacyHref).to.equal(null);
    const all = warnings.messages.join('\n');
    expect(all)
      .to.contain('theme="neon"')
      .and.contain('locale="klingon"')
      .and.contain('storage-namespace="a b c"')
      .and.contain('privacy-href="javascript:void(0)"');
    expect(warnings.messages).to.have.length(4);
  });
});
