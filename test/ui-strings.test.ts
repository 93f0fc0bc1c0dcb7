import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/components/clinic-provider/define.js';
import { LegalDocument } from '../src/components/legal-document/define.js';
import '../src/components/medical-disclaimer/define.js';
import { legalStrings } from '../src/components/legal-document/legal-document.strings.js';
import { addUiStrings, translate } from '../src/core/i18n/messages.js';
import { matchLocale, resolveLocale } from '../src/core/i18n/locale.js';
import { captureWarnings, visibleText } from './helpers.js';

const french = async () => (await fetch('/test/fixtures/ui-strings.fr.json')).json();

async function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return executeServerCommand('render-cli', { args });
}

// A third language for the UI, added by the page from a JSON of strings, without forking.
describe('UI strings a page adds for another language', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('speaks the added language where the page is in it, English for each string the file lacks, and says which', async () => {
    expect(matchLocale('fr-CA'), 'before').to.equal(null);
    addUiStrings(await french());
    expect(matchLocale('fr-CA')).to.equal('fr');

    const page = await fixture<HTMLElement>(html`
      <clinic-provider locale="fr">
        <medical-disclaimer></medical-disclaimer>
        <legal-document src="/test/fixtures/harbor-terms.json" version="2026-03"></legal-document>
      </clinic-provider>
    `);
    const legal = page.querySelector<LegalDocument>('legal-document')!;
    await waitUntil(() => legal.querySelector('section'), 'the document was not written', { timeout: 5000 });
    await legal.updateComplete;
    expect(resolveLocale(legal)).to.equal('fr');
    expect(visibleText(page.querySelector('medical-disclaimer')!)).to.contain('Ceci n’est pas un avis médical.');
    expect(legal.shadowRoot!.querySelector('.toc-title')!.textContent).to.equal('Sommaire');
    expect(legal.shadowRoot!.querySelector('[part="meta"]')!.textContent).to.equal('Version 2026-03 · En vigueur le 1 mars 2026');
    expect(translate(legalStrings, 'fr', 'loading'), 'a string the file lacks').to.equal('Loading the document…');

    await waitUntil(() => warnings.messages.some((message) => message.includes('legal-document')), 'the checker said nothing');
    const aboutLegal = warnings.messages.filter((message) => message.includes('for legal-document'));
    expect(aboutLegal).to.have.length(2);
    expect(aboutLegal[0]).to.match(
      /^clinic-elements: UI strings "fr" for legal-document lack "printedFrom", "loading", .*"error.empty"; those are shown in English\.$/,
    );
    expect(aboutLegal[1]).to.equal('clinic-elements: UI strings "fr" for legal-document have "contents", which it does not use.');
    expect(
      warnings.messages.filter((message) => message.includes('medical-disclaimer')),
      'a complete element is not warned about',
    ).to.deep.equal([]);
  });

  it('checks the strings of an element that loads later, once', async () => {
    addUiStrings(await french());
    await import('../src/components/procedure-guide/recovery-timeline.strings.js');
    await waitUntil(() => warnings.messages.some((message) => message.includes('for recovery-timeline')), 'the late element was not checked');
    expect(warnings.messages.filter((message) => message.includes('for recovery-timeline'))).to.have.length(1);
  });

  it('ignores a file it cannot use, with one warning, and keeps English and Spanish as they are', () => {
    for (const bad of [{ lang: 'es', strings: {} }, { lang: 'French', strings: {} }, { lang: 'de' }, null]) addUiStrings(bad as never);
    expect(warnings.messages).to.have.length(4);
    expect(warnings.messages[0]).to.contain('UI strings ignored');
    expect(matchLocale('de')).to.equal(null);
    expect(translate(legalStrings, 'es', 'toc')).to.equal('Índice');
  });

  it('shows English for a string that is not text, instead of breaking', () => {
    addUiStrings({ lang: 'it', strings: { 'legal-document': { toc: 42, loading: 'Caricamento…' } } });
    expect(translate(legalStrings, 'it', 'toc')).to.equal('Contents');
    expect(translate(legalStrings, 'it', 'loading')).to.equal('Caricamento…');
  });

  it('reads the strings from a JSON script in the page, before the first render', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="French page" style="width: 800px; height: 600px"></iframe>`);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="fr"><head>
      <script type="application/json" data-clinic-strings>${JSON.stringify(await french())}</script>
      <script type="module" src="/src/components/medical-disclaimer/define.ts"></script></head>
      <body><medical-disclaimer></medical-disclaimer></body></html>`;
    await loaded;
    const disclaimer = () => frame.contentDocument!.querySelector('medical-disclaimer');
    await waitUntil(() => disclaimer()?.shadowRoot?.textContent, 'the disclaimer did not render', { timeout: 5000 });
    expect(disclaimer()!.shadowRoot!.textContent).to.contain('Ceci n’est pas un avis médical.');
  });

  it('prints every element’s English strings to translate, and checks a translation', async () => {
    const template = await cli('strings', '--lang', 'fr');
    expect(template.status).to.equal(0);
    const file = JSON.parse(template.stdout) as { lang: string; strings: Record<string, Record<string, string>> };
    expect(file.lang).to.equal('fr');
    expect(Object.keys(file.strings)).to.include.members([
      'cookie-banner',
      'age-gate',
      'procedure-guide',
      'recovery-timeline',
      'legal-document',
      'terms-accept',
    ]);
    expect(file.strings['legal-document'].toc).to.equal('Contents');

    const partial = await cli('strings', '--check', 'test/fixtures/ui-strings.fr.json');
    expect(partial.status).to.equal(1);
    expect(partial.stderr).to.contain('strings["legal-document"]["loading"]: missing (English: "Loading the document…")');
    expect(partial.stderr).to.contain('strings["legal-document"]["contents"]: no element uses it');
    expect(partial.stdout).to.match(/^test\/fixtures\/ui-strings\.fr\.json: "fr", 7 of \d+ strings/);
  });
});
