/**
 * The README's code snippets, run: every ```html block is put into the page with the elements
 * defined from src, and every custom element in it must upgrade and render (its shadow root has
 * content, or its light DOM does: a provider renders its children) with no console warning, which
 * is how the elements report a mistake. The ```css block must parse in full and reach the element
 * parts it names, and the ```js block (`window.clinicConsent`) runs on a page of its own with the
 * README's vendors snippet. The banner's `<consent-service>` and `<consent-category>` are data it
 * reads, not elements that render.
 *
 * Not run here, with reasons:
 * - ```ts: it imports the package by its npm name (`clinic-elements`, `clinic-elements/cookie-banner.js`),
 *   which a browser test cannot resolve. `scripts/check-package.mjs` compiles every ```ts block with
 *   `tsc` against the package installed from its tarball instead (types, exports and all).
 * - ```vue and the other ```js blocks (a Vite config): a Vue app's files. examples/vue/ uses the same
 *   patterns; `npm run examples` builds and checks it, `npm run typecheck:consumers` runs vue-tsc on it.
 * - ```json: parsed and validated by test/readme.test.ts.
 * - ```sh: shell commands (install, start, render); CI runs the same commands.
 * - ``` without a language: the folder layout, not code.
 *
 * The README belongs to its authors: a failure here means the README (or an element) is wrong.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings, visibleText } from './helpers.js';

const readme = await (await fetch('/README.md')).text();
const blocks = (language: string) => [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]);
/** The banner's declarations are data, read by the banner and never rendered: not elements to check. */
const declarations = new Set(['consent-service', 'consent-category']);
const tagsIn = (markup: string) =>
  [...new Set([...markup.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]+)[\s>/]/g)].map((match) => match[1]))].filter((tag) => !declarations.has(tag));

/** Text or elements of the shadow root itself, not just a `<slot>` (or a `<style>`). */
function shadowHasContent(element: Element): boolean {
  const root = element.shadowRoot;
  if (!root) return false;
  return [...root.childNodes].some((node) =>
    node instanceof Element ? !(node instanceof HTMLSlotElement || node instanceof HTMLStyleElement) : (node.textContent ?? '').trim() !== '',
  );
}
/** Rendered: content in the shadow root, or light-DOM children a reader sees. */
const rendered = (element: Element) => shadowHasContent(element) || (element.children.length > 0 && visibleText(element) !== '');
/** Elements that write their document into the page: rendered once its sections are there. */
const writesSections = new Set(['procedure-guide', 'legal-document']);
const frames = (n: number) =>
  new Promise<void>((resolve) =>
    (function next(left) {
      left ? requestAnimationFrame(() => next(left - 1)) : resolve();
    })(n),
  );

function clearSiteData(): void {
  localStorage.clear();
  sessionStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0].trim();
    if (name) document.cookie = `${name}=; max-age=0; path=/`;
  }
}

/** Puts markup into a fresh container and waits until every custom element in it has rendered. */
async function load(host: HTMLElement, markup: string, label: string): Promise<Element[]> {
  host.innerHTML = markup;
  const elements = tagsIn(markup).flatMap((tag) => [...host.querySelectorAll(tag)]);
  for (const element of elements) {
    const tag = element.localName;
    const definition = customElements.get(tag);
    expect(definition, `<${tag}> in ${label} is not a defined element`).to.exist;
    expect(element, `<${tag}> in ${label} did not upgrade`).to.be.instanceOf(definition!);
    await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    await waitUntil(() => rendered(element), `<${tag}> in ${label} rendered nothing`, { timeout: 5000 });
    if (writesSections.has(tag)) await waitUntil(() => element.querySelector(':scope > section'), `<${tag}> in ${label} wrote no sections`, { timeout: 5000 });
  }
  await frames(3); // warnings from late work (loaded documents, the banner UI) come in too
  return elements;
}

describe('README snippets', () => {
  const html = blocks('html');
  let host: HTMLElement;
  let warnings: ReturnType<typeof captureWarnings>;

  beforeEach(() => {
    clearSiteData();
    warnings = captureWarnings();
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    warnings.restore();
    host.remove();
    clearSiteData();
  });

  it('has an html snippet for every element', () => {
    const shown = new Set(html.flatMap(tagsIn));
    const defined = [
      'clinic-provider',
      'medical-disclaimer',
      'cookie-banner',
      'age-gate',
      'legal-document',
      'terms-accept',
      'sensitive-content',
      'procedure-guide',
    ];
    expect(defined.filter((tag) => !shown.has(tag))).to.deep.equal([]);
  });

  html.forEach((snippet, index) => {
    const label = `html snippet ${index + 1}`;
    it(`${label} (${tagsIn(snippet)
      .map((tag) => `<${tag}>`)
      .join(', ')}) renders every element and warns about nothing`, async () => {
      const elements = await load(host, snippet, label);
      expect(elements.length, `${label} has no custom element`).to.be.greaterThan(0);
      expect(warnings.messages, `console warnings for ${label}`).to.deep.equal([]);
    });
  });

  it('the js snippet (window.clinicConsent) runs on a page of its own with the vendors snippet', async () => {
    const [script] = blocks('js').filter((block) => block.includes('clinicConsent'));
    const vendors = html.find((block) => block.includes('<consent-service'));
    expect(script, 'a ```js block using window.clinicConsent').to.exist;
    expect(vendors, 'an html snippet declaring vendors').to.exist;
    // A page of its own (one banner per page), the vendors' addresses made local stand-ins: nothing leaves 127.0.0.1.
    const local = vendors!.replace(/(src|data-src)="https:\/\/[^"]*"/g, (_, attribute: string) => `${attribute}="/vendors/readme.html?id=readme"`);
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <script>window.warnings = []; console.warn = (...args) => warnings.push(args.join(' '));</script>
      <script type="module" src="/src/components/cookie-banner/define-eager.ts"></script></head><body>${local}</body></html>`;
    host.append(frame);
    await waitUntil(() => (frame.contentWindow as Window & { clinicConsent?: unknown }).clinicConsent, 'the banner did not start', { timeout: 5000 });
    const page = frame.contentWindow as Window & { clinicConsent: NonNullable<Window['clinicConsent']>; warnings: string[]; Function: FunctionConstructor };
    // `{ … }` marks "your code here": an empty body keeps the line runnable.
    const runnable = script!.replace(/\{\s*…\s*\}/g, '{}');
    expect(() => new page.Function(runnable)(), runnable).not.to.throw();
    const banner = frame.contentDocument!.querySelector('cookie-banner')!;
    await waitUntil(() => banner.shadowRoot?.querySelector<HTMLDialogElement>('[part="preferences"]')?.open, 'showPreferences() did not open the preferences', {
      timeout: 5000,
    });
    expect(page.clinicConsent.granted('service:youtube')).to.equal(true);
    expect(page.clinicConsent.granted('analytics')).to.equal(false);
    expect(page.warnings).to.deep.equal([]);
  });

  it('the css snippet parses in full and styles the parts it names', async () => {
    const [css] = blocks('css');
    expect(css, 'a ```css block').to.exist;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    // Every rule and every declaration survived parsing (the parser drops what it does not understand).
    const sourceRules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((match) => ({
      selector: match[1].trim(),
      declarations: match[2].split(';').filter((d) => d.trim()).length,
    }));
    const rules = [...sheet.cssRules] as CSSStyleRule[];
    expect(rules.map((rule) => [rule.selectorText, rule.style.length])).to.deep.equal(sourceRules.map((rule) => [rule.selector, rule.declarations]));

    // The elements its rules select: the custom element names that start a selector.
    const tags = [...new Set(rules.map((rule) => /^[a-z][a-z0-9]*-[a-z0-9-]+/.exec(rule.selectorText)?.[0]).filter((tag): tag is string => !!tag))];
    expect(tags.length, 'the css snippet selects no element').to.be.greaterThan(0);
    const inner = tags
      .filter((tag) => tag !== 'clinic-provider')
      .map((tag) => `<${tag}></${tag}>`)
      .join('');
    await load(host, tags.includes('clinic-provider') ? `<clinic-provider>${inner}</clinic-provider>` : inner, 'the css snippet elements');
    const before = new Map<CSSStyleRule, string[]>();
    const partOf = (rule: CSSStyleRule) => {
      const [, tag, part] = /^([a-z0-9-]+)::part\(([\w-]+)\)$/.exec(rule.selectorText) ?? [];
      return tag ? host.querySelector(tag)?.shadowRoot?.querySelector(`[part~="${part}"]`) : undefined;
    };
    for (const rule of rules.filter((r) => r.selectorText.includes('::part('))) {
      const part = partOf(rule);
      expect(part, `${rule.selectorText} names no part of the element`).to.exist;
      before.set(
        rule,
        [...rule.style].map((property) => getComputedStyle(part!).getPropertyValue(property)),
      );
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      for (const rule of rules) {
        if (rule.selectorText.includes('::part(')) {
          const after = [...rule.style].map((property) => getComputedStyle(partOf(rule)!).getPropertyValue(property));
          expect(after, `${rule.selectorText} changed nothing`).not.to.deep.equal(before.get(rule));
        } else {
          const target = host.querySelector(rule.selectorText)!;
          // The colour tokens are registered as <color>, so they compute to rgb().
          const computed = (property: string, value: string) => {
            if (!property.startsWith('--clinic-color-')) return value;
            const probe = host.appendChild(document.createElement('i'));
            probe.style.color = value;
            const color = getComputedStyle(probe).color;
            probe.remove();
            return color;
          };
          for (const property of rule.style)
            expect(getComputedStyle(target).getPropertyValue(property).trim(), `${rule.selectorText} ${property}`).to.equal(
              computed(property, rule.style.getPropertyValue(property).trim()),
            );
        }
      }
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    expect(warnings.messages).to.deep.equal([]);
  });
});
