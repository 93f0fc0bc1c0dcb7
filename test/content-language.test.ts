import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/components/clinic-provider/define.js';
import '../src/components/legal-document/define.js';
import '../src/components/procedure-guide/define.js';

// WCAG 3.1.2: content in another language than the page's says so, so a screen reader reads it
// with the right voice. The built-in documents are English; these pages are Spanish.
describe('the language of the content', () => {
  it('marks every generated section of an English document shown on a Spanish page', async () => {
    const page = await fixture<HTMLElement>(`
      <clinic-provider locale="es" storage-namespace="content-language">
        <legal-document document="terms"></legal-document>
        <procedure-guide procedure="necklift"></procedure-guide>
      </clinic-provider>`);
    const legal = page.querySelector('legal-document')!;
    const guide = page.querySelector('procedure-guide')!;
    await waitUntil(() => legal.querySelector(':scope > section') && guide.querySelector(':scope > section'), 'the documents were not written');
    for (const host of [legal, guide]) {
      const sections = [...host.querySelectorAll(':scope > section')];
      expect(sections.length).to.be.greaterThan(3);
      expect(
        sections.filter((section) => section.getAttribute('lang') !== 'en'),
        `<${host.localName}> sections without lang="en"`,
      ).to.deep.equal([]);
      expect(host.closest('[lang]')!.getAttribute('lang'), 'the page around them is Spanish').to.equal('es');
      const links = [...host.shadowRoot!.querySelectorAll('[part="toc"] a')];
      expect(links.length, `<${host.localName}> table of contents`).to.be.greaterThan(3);
      expect(
        links.filter((link) => link.getAttribute('lang') !== 'en'),
        `<${host.localName}> table of contents links without lang="en"`,
      ).to.deep.equal([]);
    }
  });

  it('marks the sections and table of contents that the command line prints', async () => {
    const { stdout } = (await executeServerCommand('render-cli', { args: ['render', '--procedure', 'necklift'] })) as { stdout: string };
    const printed = new DOMParser().parseFromString(stdout, 'text/html');
    const sections = [...printed.querySelectorAll('procedure-guide > section')];
    expect(sections.length).to.be.greaterThan(3);
    expect(sections.every((section) => section.getAttribute('lang') === 'en')).to.equal(true);
    expect([...printed.querySelectorAll('[data-guide-toc] a')].every((link) => link.getAttribute('lang') === 'en')).to.equal(true);
  });
});
