import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/clinic-provider/define.js';
import '../../src/components/medical-disclaimer/define.js';
import '../../src/components/sensitive-content/define.js';
import '../../src/components/legal-document/define.js';
import '../../src/components/procedure-guide/define.js';
import '../../src/components/terms-accept/define.js';
import '../../src/components/age-gate/define.js';
import { CookieBanner } from '../../src/components/cookie-banner/define-eager.js';
import { fillPlaceholders } from '../../src/core/documents/placeholders.js';
import { captureWarnings, visibleText } from '../helpers.js';
import { activeElements, addedActiveElements, dangerousMarkup, givenAttributes, fold, frames, offOriginRequests, sleep, updatesDone } from './inspect.js';
import { installTraps, payloads, type Payload } from './payloads.js';

/**
 * Hostile input: every payload in every string attribute, content field, slot, provider setting
 * and stored value that reaches a template, rendered (and interacted with where that renders
 * more), then searched for anything that ran or could run.
 */

interface Case {
  /** Where the payload went, e.g. `medical-disclaimer[terms-href]`. */
  place: string;
  payload: Payload;
  /** What is put into the page. */
  host: Element;
  /** The element under test. */
  el: HTMLElement;
  /** Further places this one rendering checks (e.g. every text field of a document). */
  alsoCovers?: string[];
  /** Runs just before the host goes into the page (e.g. writes the stored value it reads). */
  setup?: () => void;
  /** Done loading (fetches, lazy modules); polled. */
  ready?: () => boolean;
  /** What a visitor would do that renders more. */
  interact?: () => Promise<unknown> | void;
  /** Problems with what the element shows, beyond the common checks. */
  verify?: () => (string | null | false | undefined)[];
  /** Whether it shows anything at all (default: it has visible text). */
  shows?: () => boolean;
}

const traps = installTraps();
const placements = new Set<string>();
let warnings: ReturnType<typeof captureWarnings>;
let namespaceCount = 0;
const namespace = () => `xss-${++namespaceCount}`;

/** An element with attributes and children (text children are text nodes, never markup). */
function make<T extends HTMLElement = HTMLElement>(tag: string, attributes: Record<string, string> = {}, children: (Node | string)[] = []): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const warned = (prefix: string, value?: string) =>
  warnings.messages.some((message) => message.includes(value === undefined ? prefix : `${prefix}${JSON.stringify(value)}`));

/** Whether `url` resolves to this page's own origin. */
function sameOrigin(url: string): boolean {
  try {
    return new URL(url.trim(), location.href).origin === location.origin;
  } catch {
    return false;
  }
}

/** `problem` unless `condition` holds. */
const check = (condition: unknown, problem: string) => (condition ? null : problem);

/**
 * A link attribute: either the link carries exactly the (trimmed) value, which is then a harmless
 * address, or it is left out with a warning naming the element and the attribute.
 */
function linkOutcome(link: Element | null | undefined, tag: string, attribute: string, value: string): string | null {
  if (link) return check(link.getAttribute('href') === value.trim(), `the link's href is ${JSON.stringify(link.getAttribute('href'))}, not the given address`);
  return check(warned(`<${tag}> ${attribute}=`, value), `no link and no warning naming <${tag}> ${attribute}`);
}

/** An attribute with a fixed set of values: a payload is never one, so the element warns and falls back. */
function fallbackOutcome(tag: string, attribute: string, value: string, fellBack: boolean): string | null {
  return (
    check(fellBack, `<${tag}> did not fall back from ${attribute}=${JSON.stringify(value)}`) ??
    check(warned(`<${tag}> ${attribute}=`, value), `no warning naming <${tag}> ${attribute}`)
  );
}

/** Text as the clinic's settings fill it (the placeholder engine is part of what is tested elsewhere). */
const filled = (text: string, clinic = {}) => fillPlaceholders(text, clinic);

/** Documents served by the hardening config from the query string (a real HTTP response). */
const docUrl = (kind: 'guide' | 'legal', field: string, payload = '') =>
  `/hardening/doc.json?kind=${kind}&field=${field}&payload=${encodeURIComponent(payload)}`;

/** Where the validator reports a field of the served document (see hardeningDocument in the config). */
const fieldPaths: Record<string, string> = {
  kind: 'kind',
  id: 'id',
  lang: 'lang',
  'section-id': 'sections[0].id',
  'figure-id': 'sections[0].blocks[3].id',
  href: 'sections[0].blocks[1].text[1].href',
  'effective-date': 'effectiveDate',
  'procedure-type': 'procedure.procedureType',
  'milestone-kind': 'recovery[0].kind',
  'milestone-section': 'recovery[0].section',
  'number-as-day': 'recovery[0].fromDay',
};

/**
 * The payload in the structural fields of a served document (ids, language, kind, addresses,
 * dates, enums), a group of fields at a time: the document is refused with an inline error that
 * names each field's path, or (an address that is safe) rendered as a link carrying it exactly.
 * Fields whose checks depend on each other (kind; a milestone's section) get a document each.
 */
function structuralCases(tag: 'legal-document' | 'procedure-guide', groups: string[][]): Case[] {
  const kind = tag === 'legal-document' ? 'legal' : 'guide';
  return groupCases(`${tag} src JSON`, groups, (group, { text }) => {
    const el = make(tag, { src: docUrl(kind, group.join(','), text), 'no-structured-data': '' });
    const listed = () => [...(part(el, 'error')?.querySelectorAll('li code') ?? [])].map((code) => code.textContent ?? '');
    return {
      host: el,
      el,
      ready: () => el.querySelector(':scope > section') !== null || part(el, 'error') !== null,
      verifyAttribute: (field) => {
        const link = el.querySelector('#first a');
        if (field === 'href' && link)
          return [check(link.getAttribute('href') === text.trim(), `the link's href is ${JSON.stringify(link.getAttribute('href'))}`)];
        return [
          check(
            listed().some((problem) => problem.startsWith(`${fieldPaths[field]}: `)),
            `the inline error does not name ${fieldPaths[field]} (it lists ${JSON.stringify(listed())})`,
          ),
        ];
      },
    };
  });
}

/** Payloads that contain an unknown `{clinic.*}` placeholder make a document invalid on purpose. */
const hasUnknownPlaceholder = (text: string) =>
  /\{clinic\.(?!name\b|legalName\b|website\b|city\b|jurisdiction\b|state\b|country\b)[A-Za-z]+(\|upper)?\}/.test(text);

/**
 * Renders the cases a batch at a time, interacts, and checks each. `quick` skips the frames that
 * let scheduled work land, for cases that render in one update and schedule nothing.
 */
async function runCases(name: string, cases: Case[], batchSize = 48, { quick = false } = {}): Promise<string[]> {
  const problems: string[] = [];
  // One banner per page (a second one stays inert): cases with a banner run one at a time.
  if (cases.some((c) => c.host.matches('cookie-banner') || c.host.querySelector('cookie-banner'))) batchSize = 1;
  for (let start = 0; start < cases.length; start += batchSize) {
    const batch = cases.slice(start, start + batchSize);
    const before = activeElements();
    const startedAt = performance.now();
    traps.fired.length = 0;
    traps.dialogs.length = 0;
    const container = make('div', { class: 'hardening-batch' });
    batch.forEach((c) => c.setup?.());
    const given = new Map(batch.map((c) => [c, givenAttributes(c.host)]));
    container.append(...batch.map((c) => c.host));
    document.body.append(container);
    const label = (c: Case) => `${c.place} ← ${c.payload.id} (${c.payload.category})`;
    try {
      const deadline = performance.now() + 15_000;
      while (performance.now() < deadline && !batch.every((c) => c.ready?.() ?? true)) await sleep(10);
      batch.filter((c) => !(c.ready?.() ?? true)).forEach((c) => problems.push(`${label(c)}: never finished loading`));
      problems.push(...(await updatesDone(container)).map((error) => `${name}: ${error}`));
      if (!quick) await frames();
      await Promise.all(
        batch.map(async (c) => {
          try {
            await c.interact?.();
          } catch (error) {
            problems.push(`${label(c)}: the interaction failed: ${String(error)}`);
          }
        }),
      );
      problems.push(...(await updatesDone(container)).map((error) => `${name}: ${error}`));
      // Events of anything that was wrongly created (load, error, toggle) arrive by now; what
      // cannot wait (a created <img>, <iframe> or handler attribute) is found in the DOM anyway.
      await (quick ? sleep(0) : frames());
      for (const c of batch) {
        const found = [
          ...dangerousMarkup(c.host, given.get(c)),
          ...(c.verify?.() ?? []).filter((problem): problem is string => typeof problem === 'string'),
          ...((c.shows?.() ?? visibleText(c.el) !== '') ? [] : ['the element shows nothing']),
        ];
        found.forEach((problem) => problems.push(`${label(c)}: ${problem}`));
        for (const place of [c.place, ...(c.alsoCovers ?? [])]) placements.add(`${c.payload.id}|${place}`);
      }
      problems.push(...addedActiveElements(before).map((problem) => `${name}: ${problem}`));
      problems.push(...offOriginRequests(startedAt).map((problem) => `${name}: ${problem}`));
      if (traps.fired.length) problems.push(`${name}: the trap was called by ${[...new Set(traps.fired)].join(', ')}`);
      if (traps.dialogs.length) problems.push(`${name}: ${traps.dialogs.join(', ')} ran`);
    } finally {
      container.remove();
      document.querySelectorAll('script[data-clinic-guide]').forEach((script) => script.remove());
      localStorage.clear();
      sessionStorage.clear();
      document.body.style.removeProperty('padding-bottom');
      document.documentElement.style.removeProperty('scroll-padding-bottom');
    }
  }
  return problems;
}

/** One case per payload and per entry of `places`. */
function casesFor(places: string[], build: (place: string, payload: Payload) => Omit<Case, 'place' | 'payload'>): Case[] {
  return places.flatMap((place) => payloads.map((payload) => ({ place, payload, ...build(place, payload) })));
}

type Problems = (string | null | false | undefined)[];
type GroupBuild = Omit<Case, 'place' | 'payload' | 'alsoCovers' | 'verify'> & { verifyAttribute: (attribute: string) => Problems; verify?: () => Problems };

/** The payload in every attribute of `group`. */
const attrs = (group: string[], text: string) => Object.fromEntries(group.map((attribute) => [attribute, text]));

/**
 * One case per payload and group of attributes: the payload goes into every attribute of the
 * group at once (attributes whose outcomes do not depend on each other), and each attribute's
 * outcome is checked on its own. Every attribute of the group counts as a placement.
 */
function groupCases(tag: string, groups: string[][], build: (group: string[], payload: Payload) => GroupBuild): Case[] {
  return groups.flatMap((group) =>
    payloads.map((payload) => {
      const { verifyAttribute, verify, ...rest } = build(group, payload);
      return {
        ...rest,
        place: `${tag}[${group[0]}]`,
        payload,
        alsoCovers: group.slice(1).map((attribute) => `${tag}[${attribute}]`),
        verify: () => [
          ...(verify?.() ?? []),
          ...group.flatMap((attribute) => verifyAttribute(attribute).map((problem) => (typeof problem === 'string' ? `[${attribute}] ${problem}` : null))),
        ],
      };
    }),
  );
}

describe('hostile input (XSS)', function () {
  this.timeout(120_000);

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    history.replaceState(null, '', location.pathname + location.search);
  });

  after(async () => {
    await executeServerCommand('hardening-figure', { name: 'xss payloads', value: new Set(payloads.map((p) => p.text)).size });
    await executeServerCommand('hardening-figure', { name: 'xss placements', value: placements.size });
  });

  it('has at least 60 distinct payloads, and its traps catch those that run when a page gets it wrong', async () => {
    expect(new Set(payloads.map((p) => p.text)).size, 'distinct payloads').to.be.at.least(60);
    expect([...new Set(payloads.map((p) => p.category))]).to.include.members([
      'script',
      'event handler',
      'url',
      'svg',
      'math',
      'style',
      'template',
      'iframe',
      'unicode',
      'broken markup',
      'placeholder',
      'json',
      'css',
    ]);

    // The mistake the library must never make, made on purpose: each live payload must reach the trap.
    const scratch = make('div', { id: 'control' });
    document.body.append(scratch);
    try {
      const unseen: string[] = [];
      for (const payload of payloads.filter((p) => p.live === 'html')) {
        const holder = make('div');
        scratch.append(holder);
        holder.insertAdjacentHTML('beforeend', payload.text);
        // The scan of the rendered DOM must see what made it run.
        if (dangerousMarkup(holder).length === 0) unseen.push(payload.id);
      }
      for (const payload of payloads.filter((p) => p.live === 'url')) {
        const link = make<HTMLAnchorElement>('a', { href: payload.text });
        scratch.append(link);
        if (dangerousMarkup(link).length === 0) unseen.push(payload.id);
        link.click();
      }
      expect(unseen, 'live payloads the DOM scan does not see').to.deep.equal([]);
      const live = payloads.filter((p) => p.live).map((p) => p.id);
      const printing = payloads.find((p) => p.text.includes('print()'))!.id;
      const caught = () =>
        new Set([...traps.fired, ...traps.dialogs.map((call) => (call.startsWith('print') ? printing : (/(x\d+)/.exec(call)?.[1] ?? call)))]);
      const deadline = performance.now() + 3000;
      while (performance.now() < deadline && !live.every((id) => caught().has(id))) await sleep(20);
      const missed = live.filter((id) => !caught().has(id));
      expect(missed, 'live payloads that did not reach the trap').to.deep.equal([]);
    } finally {
      scratch.remove();
      traps.fired.length = 0;
      traps.dialogs.length = 0;
    }
  });

  it('<medical-disclaimer>: every payload in every attribute and in its own wording', async () => {
    const attributes = ['label', 'terms-href', 'variant', 'theme', 'lang'];
    const cases = [
      ...groupCases('medical-disclaimer', [attributes], (group, { text }) => {
        const el = make('medical-disclaimer', attrs(group, text));
        return {
          host: el,
          el,
          verifyAttribute: (attribute) => {
            const aside = shadow(el).querySelector('aside[part="panel"]');
            if (!aside) return ['no panel'];
            switch (attribute) {
              case 'label':
                return [
                  check(
                    aside.getAttribute('aria-label') === (text.trim() || 'Medical disclaimer'),
                    `aria-label is ${JSON.stringify(aside.getAttribute('aria-label'))}`,
                  ),
                ];
              case 'terms-href':
                return [linkOutcome(part(el, 'link'), 'medical-disclaimer', 'terms-href', text)];
              case 'variant':
                return [fallbackOutcome('medical-disclaimer', 'variant', text, el.getAttribute('variant') === 'inline')];
              case 'theme':
                return [fallbackOutcome('medical-disclaimer', 'theme', text, el.getAttribute('theme') === 'light')];
              default:
                return [check(['en', 'es'].includes(aside.getAttribute('lang') ?? ''), 'the panel has no supported language')];
            }
          },
        };
      }),
      ...casesFor(['medical-disclaimer (own wording)'], (_place, { text }) => {
        const wording = make('p', {}, [text]);
        const el = make('medical-disclaimer', { 'terms-href': '/terms' }, [wording]);
        return {
          host: el,
          el,
          verify: () => [
            check(wording.textContent === text && wording.childElementCount === 0, 'the wording is not the given text'),
            check(fold(visibleText(el)).includes(fold(text)), 'the wording is not shown'),
            check(part(el, 'link')?.getAttribute('href') === '/terms', 'the terms link was lost'),
          ],
        };
      }),
    ];
    expect(await runCases('medical-disclaimer', cases, 120)).to.deep.equal([]);
  });

  it('<sensitive-content>: every payload in its attributes and in the covered content, shown and hidden again', async () => {
    const cases = [
      ...groupCases('sensitive-content', [['warning', 'theme', 'lang']], (group, { text }) => {
        const el = make('sensitive-content', attrs(group, text), [make('template', { 'data-fixture': '' })]);
        (el.firstElementChild as HTMLTemplateElement).content.append(make('p', {}, ['Six months after surgery.']));
        return {
          host: el,
          el,
          verifyAttribute: (attribute) => {
            const warning = shadow(el).querySelector('#text')?.textContent ?? '';
            if (attribute === 'warning') return [check(warning === (text.trim() === '' ? warning : text), `the warning reads ${JSON.stringify(warning)}`)];
            if (attribute === 'theme') return [fallbackOutcome('sensitive-content', 'theme', text, el.getAttribute('theme') === 'light')];
            return [check(part(el, 'show-button'), 'the cover has no Show button')];
          },
        };
      }),
      ...casesFor(['sensitive-content <template> text and alt'], (_place, { text }) => {
        const template = make<HTMLTemplateElement>('template', { 'data-fixture': '' });
        // The clinic's own markup, carrying hostile text: a caption and an image description.
        template.content.append(make('img', { alt: text, width: '10', height: '10', 'data-fixture': '' }), make('p', {}, [text]));
        const el = make('sensitive-content', {}, [template]);
        return {
          host: el,
          el,
          alsoCovers: ['sensitive-content <template> alt'],
          interact: async () => {
            part(el, 'show-button')!.click();
            await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
          },
          verify: () => [
            check(el.querySelector(':scope > p')?.textContent === text, 'the revealed caption is not the given text'),
            check(el.querySelector(':scope > img')?.getAttribute('alt') === text, 'the revealed image lost its description'),
            check(el.querySelectorAll(':scope > *').length === 3, `revealing added ${el.querySelectorAll(':scope > *').length - 1} elements, not 2`),
            check(part(el, 'content')?.checkVisibility(), 'the content is not shown'),
          ],
        };
      }),
    ];
    expect(await runCases('sensitive-content', cases, 100)).to.deep.equal([]);
  });

  it('<legal-document>: every payload in its attributes, in its own sections and in every field of a src document', async () => {
    const loaded = (el: Element) => () => el.querySelector(':scope > [data-legal-section]') !== null || part(el, 'error') !== null;
    const sectionsShown = (el: Element) =>
      check(el.querySelectorAll(':scope > [data-legal-section]').length >= 3 && part(el, 'toc') !== null, 'the document is not shown');
    const attributeCases = groupCases(
      'legal-document',
      [['document'], ['src'], ['version', 'effective-date', 'heading-level', 'theme', 'lang']],
      (group, { text }) => {
        const source: Record<string, string> = group.includes('document') || group.includes('src') ? {} : { src: docUrl('legal', 'none') };
        const el = make('legal-document', { ...source, ...attrs(group, text) });
        return {
          host: el,
          el,
          ready: loaded(el),
          verifyAttribute: (attribute) => {
            const meta = fold(part(el, 'meta')?.textContent);
            switch (attribute) {
              case 'document':
              case 'src':
                return [
                  check(part(el, 'error') && fold(visibleText(part(el, 'error')!)).includes(fold(text)), 'the inline error does not name the given value'),
                  check(
                    warned('<legal-document>', undefined) && warnings.messages.some((m) => m.includes('<legal-document>') && fold(m).includes(fold(text))),
                    'no warning naming <legal-document> and the value',
                  ),
                ];
              case 'version':
                return [sectionsShown(el), check(meta.includes(fold(`Version ${text}`)), `the version line reads ${JSON.stringify(meta)}`)];
              case 'effective-date':
                return [
                  sectionsShown(el),
                  check(warned('<legal-document> effective-date=', text), 'no warning naming <legal-document> effective-date'),
                  check(!(meta.split(' · ').find((line) => line.startsWith('Effective')) ?? '').includes(fold(text)), 'the unusable date was shown'),
                ];
              case 'heading-level':
                return [
                  sectionsShown(el),
                  check(el.querySelector(':scope > section > h2'), 'headings are not at level 2'),
                  check(warned('<legal-document> heading-level='), 'no warning naming <legal-document> heading-level'),
                ];
              case 'theme':
                return [sectionsShown(el), fallbackOutcome('legal-document', 'theme', text, el.getAttribute('theme') === 'light')];
              default:
                return [sectionsShown(el)];
            }
          },
        };
      },
    );

    const authoredCases = casesFor(['legal-document own <section> heading, text and id'], (_place, { text }) => {
      const el = make('legal-document', {}, [
        make('section', { id: text }, [make('h2', {}, [text]), make('p', {}, [text])]),
        make('section', { id: 'second' }, [make('h2', {}, ['Second']), make('p', {}, ['More.'])]),
      ]);
      return {
        host: el,
        el,
        alsoCovers: ['legal-document own <section> text', 'legal-document own <section> id'],
        verify: () => {
          const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="toc"] a')];
          return [
            check(links.length === 2, `the table of contents has ${links.length} entries`),
            // {clinic.*} in the page's own sections is filled in, as in a content file.
            check(fold(links[0]?.textContent) === fold(filled(text)), 'the contents entry is not the heading text'),
            check(links[0]?.getAttribute('href') === `#${text}`, 'the contents entry does not point at the section id'),
          ];
        },
      };
    });

    const textFields = ['title', 'intro', 'section number', 'heading', 'paragraph', 'link text', 'list item', 'figure caption', 'figure alt', 'version'];
    const contentCases = casesFor(['legal-document src JSON: every text field'], (_place, { text }) => {
      const el = make('legal-document', { src: docUrl('legal', 'text', text) });
      return {
        host: el,
        el,
        ready: loaded(el),
        alsoCovers: textFields.map((field) => `legal-document src JSON: ${field}`),
        verify: () => {
          if (hasUnknownPlaceholder(text) || text.trim() === '')
            return [check(part(el, 'error')?.querySelector('li code'), 'an invalid document shows no inline error listing its problems')];
          const f = filled(text);
          const first = el.querySelector('#first');
          const paragraphs = first?.querySelectorAll('[data-legal-body] > p') ?? [];
          return [
            check(fold(el.querySelector('[data-legal-intro] > p')?.textContent) === fold(f), 'intro'),
            check(first?.querySelector('h2')?.textContent === `${text}. ${f}`, `heading reads ${JSON.stringify(first?.querySelector('h2')?.textContent)}`),
            check(paragraphs[0]?.textContent === f, 'paragraph'),
            check(paragraphs[1]?.textContent === `${f}${f}${f}` && paragraphs[1]?.querySelector('a')?.getAttribute('href') === '/faq', 'rich text with a link'),
            check(
              [...(first?.querySelectorAll('li') ?? [])].every((li) => li.textContent === f),
              'list items',
            ),
            check(first?.querySelector('figcaption')?.textContent === f, 'figure caption'),
            check(first?.querySelector('[data-legal-media]')?.getAttribute('data-alt') === f, 'figure alt'),
            check(fold(part(el, 'meta')?.textContent).includes(fold(`Version ${text}`)), 'version'),
          ];
        },
      };
    });

    const fieldCases = structuralCases('legal-document', [['kind'], ['href'], ['id', 'lang', 'section-id', 'figure-id', 'effective-date']]);

    const problems = [
      ...(await runCases('legal-document attributes', attributeCases, 70)),
      ...(await runCases('legal-document own sections', authoredCases, 100)),
      ...(await runCases('legal-document src text', contentCases, 50)),
      ...(await runCases('legal-document src fields', fieldCases, 150)),
    ];
    expect(problems).to.deep.equal([]);
  });

  it('<procedure-guide>: every payload in its attributes, slots, own sections, address and every field of a src guide, expanded and stepped through', async () => {
    const own = () => [
      make('section', {}, [make('h2', {}, ['Alpha']), make('p', {}, ['First.'])]),
      make('section', {}, [make('h2', {}, ['Beta']), make('p', {}, ['Second.'])]),
      make('section', {}, [make('h2', {}, ['Gamma']), make('p', {}, ['Third.'])]),
    ];
    const loaded = (el: Element) => () => el.querySelector(':scope > section[data-guide-section]') !== null || part(el, 'error') !== null;
    const attributeCases = groupCases('procedure-guide', [['procedure'], ['src'], ['layout', 'heading-level', 'theme', 'lang']], (group, { text }) => {
      const source = group.includes('procedure') || group.includes('src');
      const el = make('procedure-guide', { ...attrs(group, text), 'no-structured-data': '' }, source ? [] : own());
      return {
        host: el,
        el,
        ready: loaded(el),
        verifyAttribute: (attribute) => {
          const toc = part(el, 'toc');
          switch (attribute) {
            case 'procedure':
            case 'src':
              return [
                check(part(el, 'error') && fold(visibleText(part(el, 'error')!)).includes(fold(text)), 'the inline error does not name the given value'),
                check(warned(`<procedure-guide> ${attribute}=`, text), `no warning naming <procedure-guide> ${attribute}`),
              ];
            case 'layout':
              return [check(toc, 'no table of contents'), fallbackOutcome('procedure-guide', 'layout', text, el.getAttribute('layout') === 'article')];
            case 'heading-level':
              return [
                check(toc, 'no table of contents'),
                check(warned('<procedure-guide> heading-level='), 'no warning naming <procedure-guide> heading-level'),
              ];
            case 'theme':
              return [check(toc, 'no table of contents'), fallbackOutcome('procedure-guide', 'theme', text, el.getAttribute('theme') === 'light')];
            default:
              return [check(toc, 'no table of contents')];
          }
        },
      };
    });

    // The clinic's own sections with hostile headings, text and ids, read step by step.
    const authoredCases = casesFor(['procedure-guide own <section> heading and text (steps)'], (_place, { text }) => {
      const el = make('procedure-guide', { layout: 'steps', 'no-structured-data': '' }, [
        make('section', {}, [make('h2', {}, ['Start']), make('p', {}, ['Begin.'])]),
        make('section', { id: text }, [make('h2', {}, [text]), make('p', {}, [text])]),
        make('section', {}, [make('h2', {}, ['End']), make('p', {}, ['Finish.'])]),
      ]);
      return {
        host: el,
        el,
        ready: loaded(el),
        alsoCovers: ['procedure-guide own <section> id', 'procedure-guide steps progress and buttons'],
        interact: async () => {
          shadow(el).querySelector<HTMLButtonElement>('[part="step-buttons"] button.primary')!.click();
          await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        },
        verify: () => {
          const entries = [...shadow(el).querySelectorAll('[part="toc"] a')];
          return [
            check(fold(entries[1]?.textContent) === fold(filled(text)), 'the contents entry is not the heading text'),
            check(fold(shadow(el).querySelector('#progress-label strong')?.textContent) === fold(filled(text)), 'the step counter does not name the step'),
            check(
              fold(shadow(el).querySelector('[part="step-buttons"] .step-name')?.textContent) === fold(`: Start`),
              'the Previous button does not name the step before',
            ),
            check(el.querySelectorAll(':scope > section')[1]?.querySelector('p')?.textContent === filled(text), 'the text changed'),
          ];
        },
      };
    });

    const slotCases = casesFor(['procedure-guide cta and disclaimer slots'], (_place, { text }) => {
      const cta = make('a', { slot: 'cta', href: '/book' }, [text]);
      cta.addEventListener('click', (event) => event.preventDefault()); // the test page stays where it is
      const el = make('procedure-guide', { 'no-structured-data': '' }, [...own(), cta, make('p', { slot: 'disclaimer' }, [text])]);
      return {
        host: el,
        el,
        ready: loaded(el),
        alsoCovers: ['procedure-guide disclaimer slot'],
        interact: () => cta.click(),
        verify: () => [check(fold(visibleText(el)).includes(fold(text)), 'the slotted text is not shown')],
      };
    });

    const textFields = [
      'title',
      'intro',
      'heading',
      'paragraph',
      'link text',
      'list item',
      'figure caption',
      'figure alt',
      'procedure name',
      'procedure alternate name',
      'recovery label',
      'recovery duration',
      'JSON-LD',
      'recovery calendar (.ics)',
    ];
    const contentCases = casesFor(['procedure-guide src JSON: every text field (accordion, expanded, with a surgery date)'], (_place, { text }) => {
      const figure = make('img', { slot: 'figure-drawing', width: '10', height: '10', 'data-fixture': '' });
      const el = make('procedure-guide', { src: docUrl('guide', 'text', text), layout: 'accordion', 'no-structured-data': '' }, [figure]);
      const invalid = hasUnknownPlaceholder(text) || text.trim() === '';
      return {
        host: el,
        el,
        ready: loaded(el),
        alsoCovers: textFields.map((field) => `procedure-guide src JSON: ${field}`),
        interact: async () => {
          if (invalid) return;
          el.querySelectorAll<HTMLButtonElement>('[data-guide-toggle]').forEach((toggle) => toggle.click());
          const date = shadow(el).querySelector<HTMLInputElement>('#surgery-date')!;
          date.value = '2026-12-01';
          date.dispatchEvent(new Event('input', { bubbles: true }));
          const deadline = performance.now() + 3000;
          while (!part(el, 'download') && performance.now() < deadline) await sleep(20);
        },
        verify: () => {
          if (invalid) return [check(part(el, 'error')?.querySelector('li code'), 'an invalid document shows no inline error listing its problems')];
          const f = filled(text);
          const first = el.querySelector('#first');
          const paragraphs = first?.querySelectorAll('[data-guide-body] > p') ?? [];
          const labels = [...shadow(el).querySelectorAll('.milestones .what > span[lang]')].map((span) => span.textContent);
          const download = part(el, 'download');
          return [
            check(!first?.querySelector('[data-guide-body]')?.hasAttribute('hidden') && paragraphs[0]?.checkVisibility(), 'the section did not expand'),
            check(fold(el.querySelector('[data-guide-intro] > p')?.textContent) === fold(f), 'intro'),
            check(fold(first?.querySelector('h2')?.textContent) === fold(f), 'heading'),
            check(paragraphs[0]?.textContent === f, 'paragraph'),
            check(paragraphs[1]?.textContent === `${f}${f}${f}` && paragraphs[1]?.querySelector('a')?.getAttribute('href') === '/faq', 'rich text with a link'),
            check(
              [...(first?.querySelectorAll('li') ?? [])].every((li) => li.textContent === f),
              'list items',
            ),
            check(first?.querySelector('figcaption')?.textContent === f, 'figure caption'),
            check(figure.getAttribute('alt') === f && first?.contains(figure), 'the clinic image did not get the figure alt'),
            check(labels.includes(text), 'recovery label'),
            check(shadow(el).querySelector('.milestones .when span[lang]')?.textContent === text, 'recovery duration'),
            check(download?.getAttribute('href')?.startsWith('blob:'), `the calendar link is ${JSON.stringify(download?.getAttribute('href'))}`),
          ];
        },
      };
    });

    const fieldCases = structuralCases('procedure-guide', [
      ['kind'],
      ['href'],
      ['milestone-section'],
      ['id', 'lang', 'section-id', 'figure-id', 'procedure-type', 'milestone-kind', 'number-as-day'],
    ]);

    const problems = [
      ...(await runCases('procedure-guide attributes', attributeCases, 60)),
      ...(await runCases('procedure-guide own sections', authoredCases, 50)),
      ...(await runCases('procedure-guide slots', slotCases, 100)),
      ...(await runCases('procedure-guide src text', contentCases, 40)),
      ...(await runCases('procedure-guide src fields', fieldCases, 150)),
    ];
    expect(problems).to.deep.equal([]);
  });

  it('<procedure-guide> and <legal-document>: every payload in the address (deep link) and in the JSON-LD for search engines', async () => {
    // One page state per payload: the address is the page's, and a page has one JSON-LD block.
    const problems: string[] = [];
    for (const payload of payloads) {
      history.replaceState(null, '', `${location.pathname}${location.search}#${encodeURIComponent(payload.text)}`);
      const guide = make('procedure-guide', { src: docUrl('guide', 'text', payload.text) });
      const own = make('procedure-guide', { 'no-structured-data': '' }, [
        make('section', { id: 'one' }, [make('h2', {}, ['One'])]),
        make('section', { id: payload.text }, [make('h2', {}, ['Two'])]),
      ]);
      const legal = make('legal-document', {}, [make('section', { id: payload.text }, [make('h2', {}, ['A'])]), make('section', {}, [make('h2', {}, ['B'])])]);
      const invalid = hasUnknownPlaceholder(payload.text) || payload.text.trim() === '';
      const loaded = (el: Element) => el.querySelector(':scope > section[data-guide-section]') !== null || part(el, 'error') !== null;
      problems.push(
        ...(await runCases(
          `address and JSON-LD ${payload.id}`,
          [
            {
              place: 'procedure-guide src JSON: JSON-LD',
              payload,
              host: guide,
              el: guide,
              ready: () => loaded(guide) && (invalid || document.querySelector('script[data-clinic-guide]') !== null),
              verify: () => {
                if (invalid) return [];
                const data = JSON.parse(document.querySelector('script[data-clinic-guide]')?.textContent ?? '{}') as {
                  name?: string;
                  about?: { name?: string; alternateName?: string };
                };
                return [
                  check(data.name === filled(payload.text), `JSON-LD name is ${JSON.stringify(data.name)}`),
                  check(data.about?.name === payload.text && data.about?.alternateName === payload.text, 'JSON-LD procedure names'),
                ];
              },
            },
            {
              place: 'address fragment (procedure-guide deep link)',
              payload,
              host: own,
              el: own,
              ready: () => loaded(own),
              verify: () => [
                check(shadow(own).querySelectorAll('[part="toc"] a').length === 2 || shadow(own).querySelector('nav') === null, 'the guide lost its sections'),
              ],
              shows: () => own.querySelectorAll(':scope > section[data-guide-section]').length === 2,
            },
            {
              place: 'address fragment (legal-document print header)',
              payload,
              host: legal,
              el: legal,
              verify: () => [
                check(shadow(legal).querySelector('.print-only')?.textContent?.includes(location.href), 'the print header does not carry the address as text'),
              ],
            },
          ],
          3,
          { quick: true },
        )),
      );
    }
    expect(problems).to.deep.equal([]);
  });

  it('<terms-accept>: every payload in every attribute, ticked in a form, and as the version of the gate', async () => {
    const cases = groupCases('terms-accept', [['name', 'value', 'version', 'terms-href', 'lang'], ['mode']], (group, { text }) => {
      const el = make('terms-accept', { name: 'terms', version: '2024-05', ...attrs(group, text) });
      // With the payload as the name and as the value, the form carries { payload: payload }.
      const key = group.includes('name') ? text : 'terms';
      const value = group.includes('value') ? text : 'accepted';
      const provider = make('clinic-provider', { 'storage-namespace': namespace(), 'clinic-name': 'Sol Clinic' }, [el]);
      const form = make<HTMLFormElement>('form', { action: '#' }, [provider]);
      const box = () => shadow(el).querySelector<HTMLInputElement>('input[type="checkbox"]');
      return {
        host: form,
        el,
        interact: async () => {
          box()?.click();
          await sleep(0);
        },
        verifyAttribute: (attribute) => {
          const data = new FormData(form);
          switch (attribute) {
            case 'name':
              return [check(data.get(key) === value, 'the form does not carry the ticked box under the given name')];
            case 'value':
              return [check(data.get(key) === value, 'the form does not carry the given value')];
            case 'terms-href':
              return [linkOutcome(part(el, 'link'), 'terms-accept', 'terms-href', text)];
            case 'mode':
              return [fallbackOutcome('terms-accept', 'mode', text, box() !== null && !shadow(el).querySelector('dialog'))];
            default:
              return [check(box()?.checked, 'the box is not ticked')];
          }
        },
      };
    });
    const gateCases = casesFor(['terms-accept gate version'], (_place, { text }) => {
      const el = make('terms-accept', { mode: 'gate', version: text });
      const provider = make('clinic-provider', { 'storage-namespace': namespace() }, [el]);
      const dialog = () => shadow(el).querySelector<HTMLDialogElement>('dialog');
      return {
        host: provider,
        el,
        ready: () => dialog()?.open === true && (dialog()?.querySelectorAll('h3').length ?? 0) > 10,
        verify: () => [
          check(
            fold(dialog()?.querySelector('h2')?.textContent) === fold(`Terms of Use (${text})`),
            `the gate title reads ${JSON.stringify(dialog()?.querySelector('h2')?.textContent)}`,
          ),
        ],
        interact: async () => {
          dialog()!.querySelector<HTMLButtonElement>('[part="accept-button"]')!.click();
          const deadline = performance.now() + 3000;
          while (dialog()?.open && performance.now() < deadline) await sleep(20);
        },
        shows: () => dialog()?.open === false && (dialog()?.querySelectorAll('h3').length ?? 0) > 10,
      };
    });
    const problems = [...(await runCases('terms-accept attributes', cases, 60)), ...(await runCases('terms-accept gate', gateCases, 25))];
    expect(problems).to.deep.equal([]);
  });

  it('<age-gate>: every payload in every attribute, passed, refused and as a whole-page gate', async () => {
    const groups = [['min-age', 'remember-days', 'policy-version', 'theme', 'lang'], ['mode'], ['deny-href'], ['scope']];
    const cases = groupCases('age-gate', groups, (group, { text }) => {
      const el = make('age-gate', { scope: 'content', mode: 'confirm', ...attrs(group, text) }, [make('p', { class: 'behind' }, ['Gallery'])]);
      const provider = make('clinic-provider', { 'storage-namespace': namespace(), 'terms-href': '/terms' }, [el]);
      const title = () => fold(shadow(el).querySelector('#gate-title')?.textContent);
      const button = (name: string) => part(el, name);
      return {
        host: provider,
        el,
        interact: async () => {
          if (group.includes('deny-href')) button('no-button')?.click();
          else if (!group.includes('mode')) button('yes-button')?.click();
          await sleep(0);
        },
        verifyAttribute: (attribute) => {
          const passed = !shadow(el).querySelector('[part="gate"]');
          switch (attribute) {
            case 'min-age':
              return [check(passed, 'the gate did not let the visitor in'), check(warned('<age-gate> min-age=', text), 'no warning naming <age-gate> min-age')];
            case 'mode':
              return [
                fallbackOutcome('age-gate', 'mode', text, part(el, 'date-fields') !== null),
                check(title() === 'Are you 18 or older?', `the question reads ${JSON.stringify(title())}`),
              ];
            case 'remember-days':
              return [
                check(passed, 'the gate did not let the visitor in'),
                check(warned('<age-gate> remember-days=', text), 'no warning naming <age-gate> remember-days'),
              ];
            case 'deny-href':
              return [
                check(title() === 'This site is not available to you', 'the refusal is not shown'),
                linkOutcome(shadow(el).querySelector('a.leave'), 'age-gate', 'deny-href', text),
              ];
            case 'scope':
              return [
                fallbackOutcome('age-gate', 'scope', text, el.getAttribute('scope') === 'page'),
                check(passed && !shadow(el).querySelector('dialog')?.open, 'the whole-page gate did not close after the answer'),
              ];
            case 'theme':
              return [fallbackOutcome('age-gate', 'theme', text, el.getAttribute('theme') === 'light')];
            default:
              return [check(passed, 'the gate did not let the visitor in')];
          }
        },
        shows: () => visibleText(el) !== '' || el.querySelector('.behind')?.checkVisibility() === true,
      };
    });
    expect(await runCases('age-gate', cases, 60)).to.deep.equal([]);
    expect(document.documentElement.style.overflow, 'no scroll lock left behind').to.equal('');
  });

  it('<cookie-banner>: every payload in every attribute and category text, with the preferences opened and a decision made', async () => {
    const groups = [
      ['policy-version', 'expires-days', 'storage', 'record-endpoint', 'privacy-href', 'layout', 'theme'],
      ['categories', 'lang'],
      ['categoryText (label and description)'],
    ];
    const cases = groupCases('cookie-banner', groups, (group, { text }) => {
      const texts = group[0].startsWith('categoryText');
      const el = make<CookieBanner>('cookie-banner', texts ? { 'policy-version': '1' } : { 'policy-version': '1', ...attrs(group, text) });
      if (texts) el.categoryText = { analytics: { label: text, description: text }, advertising: { label: text } };
      const provider = make('clinic-provider', { 'storage-namespace': namespace() }, [el]);
      let firstLayerLink: string | null | undefined;
      let preferencesText = '';
      return {
        host: provider,
        el,
        ready: () => shadow(el).querySelector('section.banner') !== null,
        interact: async () => {
          firstLayerLink = shadow(el).querySelector('section.banner a')?.getAttribute('href');
          // The preferences show the categories, in the banner's language, with the page's texts.
          if (!texts && !group.includes('categories')) return part(el, 'reject-button')!.click();
          part(el, 'customize-button')!.click();
          const deadline = performance.now() + 5000;
          while (!shadow(el).querySelector<HTMLDialogElement>('#preferences')?.open && performance.now() < deadline) await sleep(20);
          const dialog = shadow(el).querySelector<HTMLDialogElement>('#preferences')!;
          preferencesText = dialog.textContent ?? '';
          dialog.querySelector<HTMLButtonElement>('.actions button:last-child')!.click(); // Reject all
        },
        verify: () => [
          check(el.store?.decision?.method === 'reject-all', 'the decision was not recorded'),
          check(!shadow(el).querySelector('dialog[open]'), 'a dialog stayed open'),
        ],
        verifyAttribute: (attribute) => {
          const decided = el.store?.decision;
          const common: Problems = [];
          switch (attribute) {
            case 'policy-version':
              return [...common, check(decided?.version === (text.trim() || '1'), `the decision is for version ${JSON.stringify(decided?.version)}`)];
            case 'expires-days':
            case 'storage':
            case 'layout':
            case 'theme':
              return [...common, check(warned(`<cookie-banner> ${attribute}=`, text), `no warning naming <cookie-banner> ${attribute}`)];
            case 'categories':
              return [
                ...common,
                check(warned('<cookie-banner> categories=', text) || el.store?.options.categories.length === 4, 'no warning naming <cookie-banner> categories'),
              ];
            case 'record-endpoint': {
              const endpoint = el.store?.options.recordEndpoint;
              return [
                ...common,
                check(
                  endpoint ? new URL(endpoint).origin === location.origin : warned('<cookie-banner> record-endpoint=', text),
                  'the endpoint is neither same-origin nor refused with a warning',
                ),
              ];
            }
            case 'privacy-href':
              return [
                ...common,
                firstLayerLink === undefined
                  ? check(warned('<cookie-banner> privacy-href=', text), 'no link and no warning naming <cookie-banner> privacy-href')
                  : check(firstLayerLink === text.trim(), `the policy link is ${JSON.stringify(firstLayerLink)}`),
              ];
            case 'lang':
              return common;
            default:
              return [...common, check(fold(preferencesText).split(fold(text)).length === 4, 'the category texts were not shown as given')];
          }
        },
        shows: () => el.store?.decision !== null,
      };
    });
    expect(await runCases('cookie-banner', cases, 50)).to.deep.equal([]);
  });

  it('<clinic-provider>: every payload in every setting that reaches a template', async () => {
    const identity = ['clinic-name', 'legal-name', 'website', 'city', 'jurisdiction', 'state', 'country'];
    const upperName = (text: string) => filled('{clinic.name|upper}', { name: text });
    const identityCases = casesFor(identity, (attribute, { text }) => {
      const terms = make('legal-document', { document: 'terms' });
      // The Privacy Policy uses only the clinic's name and website.
      const privacy = attribute === 'clinic-name' || attribute === 'website' ? make('legal-document', { document: 'privacy' }) : null;
      const children: Element[] = privacy ? [terms, privacy] : [terms];
      // An earlier acceptance: the box lists the changed sections, headings filled with the clinic's name.
      const box = attribute === 'clinic-name' ? make('terms-accept', { version: '2024-05' }) : null;
      if (box) children.push(box);
      const ns = namespace();
      const provider = make('clinic-provider', { [attribute]: text, 'storage-namespace': ns }, children);
      const termsText = () => fold(terms.textContent);
      return {
        host: provider,
        el: terms,
        alsoCovers: [...(privacy ? [`${attribute} (Privacy Policy)`] : []), ...(box ? ['clinic-name (terms-accept changed sections)'] : [])],
        ready: () =>
          terms.querySelector('[data-legal-section]') !== null &&
          (!privacy || privacy.querySelector('[data-legal-section]') !== null) &&
          (!box || part(box, 'changes') !== null),
        setup: () => localStorage.setItem(`${ns}:terms-accepted`, JSON.stringify({ v: 1, data: { version: '2023-01', hash: 'old', sections: {} } })),
        verify: () => {
          const value = fold(text);
          if (value === '') return [];
          const problems = [check(termsText().includes(value), 'the Terms do not show the setting as text')];
          if (privacy) problems.push(check(fold(privacy.textContent).includes(value), 'the Privacy Policy does not show the setting as text'));
          if (attribute === 'clinic-name') {
            const changes = [...shadow(box!).querySelectorAll('[part="changes"] li')].map((li) => li.textContent ?? '');
            problems.push(
              check(termsText().includes(fold(upperName(text))), 'the Terms do not show the upper-case name'),
              check(
                changes.includes(`10. ${upperName(text)} DISCLAIMS ALL WARRANTIES`),
                `the changed-sections list shows ${JSON.stringify(changes.find((title) => title.includes('DISCLAIMS')))}`,
              ),
            );
          }
          return problems;
        },
      };
    });

    const termsHrefCases = casesFor(['terms-href'], (_attribute, { text }) => {
      const disclaimer = make('medical-disclaimer');
      const box = make('terms-accept', { version: '1' });
      const gate = make('age-gate', { scope: 'content', mode: 'confirm' }, [make('p', {}, ['Gallery'])]);
      const provider = make('clinic-provider', { 'terms-href': text, 'storage-namespace': namespace() }, [disclaimer, box, gate]);
      return {
        host: provider,
        el: disclaimer,
        alsoCovers: ['terms-href (terms-accept)', 'terms-href (age-gate)'],
        verify: () => {
          const links = [part(disclaimer, 'link'), part(box, 'link'), shadow(gate).querySelector('#gate-reason a')];
          return links.map((link) => linkOutcome(link, 'clinic-provider', 'terms-href', text));
        },
      };
    });

    const otherCases = casesFor(['privacy-href', 'storage-namespace', 'record-endpoint', 'locale', 'theme'], (attribute, { text }) => {
      const banner = make<CookieBanner>('cookie-banner', { 'policy-version': '1' });
      const gate = make('age-gate', { scope: 'content', mode: 'confirm' }, [make('p', {}, ['Gallery'])]);
      const cover = make('sensitive-content', {}, [make('template', { 'data-fixture': '' })]);
      const disclaimer = make('medical-disclaimer');
      const ns = attribute === 'storage-namespace' ? text : namespace();
      const provider = make('clinic-provider', { 'storage-namespace': ns, [attribute]: text }, [banner, gate, cover, disclaimer]);
      let policyLink: string | null | undefined;
      return {
        host: provider,
        el: disclaimer,
        alsoCovers: [`${attribute} (cookie-banner)`, `${attribute} (age-gate)`, `${attribute} (sensitive-content)`],
        ready: () => shadow(banner).querySelector('section.banner') !== null || banner.store?.needsDecision === false,
        interact: async () => {
          policyLink = shadow(banner).querySelector('section.banner a')?.getAttribute('href');
          part(gate, 'yes-button')?.click();
          part(banner, 'reject-button')?.click();
          await sleep(0);
        },
        verify: () => {
          const passed = !shadow(gate).querySelector('[part="gate"]');
          const problems = [check(passed, 'the age gate did not let the visitor in'), check(banner.store?.decision, 'the banner recorded no decision')];
          if (attribute === 'privacy-href') {
            problems.push(
              policyLink == null
                ? check(warned('<clinic-provider> privacy-href=', text), 'no policy link and no warning naming <clinic-provider> privacy-href')
                : check(policyLink === text.trim(), `the policy link is ${JSON.stringify(policyLink)}`),
            );
          } else if (attribute === 'record-endpoint') {
            problems.push(
              check(warned('<clinic-provider> record-endpoint=', text) || sameOrigin(text), 'an endpoint on another origin was not refused with a warning'),
            );
          } else {
            problems.push(check(warned(`<clinic-provider> ${attribute}=`, text), `no warning naming <clinic-provider> ${attribute}`));
          }
          return problems;
        },
      };
    });

    const problems = [
      ...(await runCases('clinic-provider identity', identityCases, 40)),
      ...(await runCases('clinic-provider terms-href', termsHrefCases, 60)),
      ...(await runCases('clinic-provider settings', otherCases, 50)),
    ];
    expect(problems).to.deep.equal([]);
  });

  it('stored values: every payload in every stored kind that is read back (consent, age pass and refusal, terms acceptance, sensitive-content preference)', async () => {
    const envelope = (data: unknown) => JSON.stringify({ v: 1, data });
    const day = 86_400_000;
    const kinds = [
      'consent decision (localStorage)',
      'consent decision (cookie)',
      'consent decision (raw value)',
      'age pass (localStorage)',
      'age pass (sessionStorage)',
      'age refusal (sessionStorage)',
      'age pass (raw value)',
      'terms acceptance (localStorage)',
      'terms acceptance (raw value)',
      'sensitive-content preference (localStorage)',
      'sensitive-content preference (sessionStorage, raw value)',
    ];
    const cases = casesFor(kinds, (kind, { text }) => {
      const ns = namespace();
      const decision = {
        categories: { necessary: true, analytics: true, [text]: true },
        version: text,
        decidedAt: Date.now(),
        expiresAt: Date.now() + day,
        method: 'custom',
        gpc: false,
        receipt: text,
      };
      // Storage is cleared after every batch, so values are written when the case is built, just before it renders.
      let el: HTMLElement;
      let verify: () => (string | null)[];
      let interact: (() => Promise<unknown> | void) | undefined;
      let ready: (() => boolean) | undefined;
      let setup: () => void;
      if (kind.startsWith('consent')) {
        const cookie = kind.includes('cookie');
        const banner = make<CookieBanner>('cookie-banner', {
          'policy-version': text.trim() || '1',
          'floating-button': '',
          ...(cookie ? { storage: 'cookie' } : {}),
        });
        el = banner;
        const raw = kind.includes('raw');
        const value = raw ? text : envelope(decision);
        setup = () => {
          if (cookie) document.cookie = `${encodeURIComponent(`${ns}:consent`)}=${encodeURIComponent(value)}; path=/; max-age=60`;
          else localStorage.setItem(`${ns}:consent`, value);
        };
        ready = () => shadow(banner).querySelector('section.banner, [part="floating-button"]') !== null;
        interact = async () => {
          await banner.showPreferences();
        };
        verify = () => {
          const dialog = shadow(banner).querySelector<HTMLDialogElement>('#preferences');
          const analytics = dialog?.querySelector<HTMLInputElement>('input[name="analytics"]');
          const opened = dialog?.open === true;
          dialog?.close();
          if (cookie) document.cookie = `${encodeURIComponent(`${ns}:consent`)}=; path=/; max-age=0`;
          if (raw)
            return [
              check(warned(`discarded the stored value "${ns}:consent"`), 'the unusable stored value was not reported'),
              check(banner.store?.needsDecision, 'an unusable value counted as a decision'),
            ];
          const counts = text.trim() !== '' && text.trim() === text;
          return [
            check(opened, 'the preferences did not open'),
            check(!counts || analytics?.checked === true, 'the stored decision was not shown in the preferences'),
            check(!fold(dialog?.textContent).includes(fold(text)), 'a stored value was written into the preferences'),
          ];
        };
      } else if (kind.startsWith('age')) {
        const gate = make('age-gate', { scope: 'content', mode: 'confirm', 'policy-version': text }, [make('p', { class: 'behind' }, ['Gallery'])]);
        el = gate;
        const pass = { minAge: 18, policyVersion: text, expiresAt: Date.now() + day };
        setup = () => {
          if (kind.includes('raw')) localStorage.setItem(`${ns}:age-gate`, text);
          else if (kind.includes('refusal')) sessionStorage.setItem(`${ns}:age-gate-denied`, envelope({ minAge: 18, policyVersion: text }));
          else (kind.includes('session') ? sessionStorage : localStorage).setItem(`${ns}:age-gate`, envelope(pass));
        };
        verify = () => {
          const title = fold(shadow(gate).querySelector('#gate-title')?.textContent);
          if (kind.includes('raw'))
            return [
              check(title === 'Are you 18 or older?', 'the visitor is not asked'),
              check(warned(`discarded the stored value "${ns}:age-gate"`), 'the unusable stored value was not reported'),
            ];
          if (kind.includes('refusal')) return [check(title === 'This site is not available to you', 'the refusal was not remembered')];
          return [check(!shadow(gate).querySelector('[part="gate"]'), 'the stored pass was not honoured')];
        };
      } else if (kind.startsWith('terms')) {
        const box = make('terms-accept', { version: '2024-05' });
        el = box;
        setup = () =>
          localStorage.setItem(
            `${ns}:terms-accepted`,
            kind.includes('raw') ? text : envelope({ version: text, hash: text, sections: { [text]: text, acceptance: text } }),
          );
        ready = () => part(box, 'label') !== null && (kind.includes('raw') || part(box, 'changes') !== null);
        verify = () => {
          if (kind.includes('raw'))
            return [
              check(!part(box, 'changes'), 'an unusable value was read as an acceptance'),
              check(warned(`discarded the stored value "${ns}:terms-accepted"`), 'the unusable stored value was not reported'),
            ];
          const notice = part(box, 'changes')?.querySelector('p')?.textContent ?? '';
          return [
            check(
              notice === `You accepted version ${text} of the Terms of Use. Since then, these sections have changed:`,
              `the notice reads ${JSON.stringify(notice)}`,
            ),
          ];
        };
      } else {
        const cover = make('sensitive-content', {}, [make('template', { 'data-fixture': '' })]);
        (cover.firstElementChild as HTMLTemplateElement).content.append(make('p', {}, ['Photo']));
        el = cover;
        setup = () => {
          if (kind.includes('raw')) sessionStorage.setItem(`${ns}:sensitive-content`, text);
          else localStorage.setItem(`${ns}:sensitive-content`, envelope({ showAll: text }));
        };
        verify = () => [
          check(part(cover, 'cover')?.checkVisibility(), 'an unusable preference revealed the content'),
          check(warned(`discarded the stored value "${ns}:sensitive-content"`), 'the unusable stored value was not reported'),
        ];
      }
      const provider = make('clinic-provider', { 'storage-namespace': ns }, [el]);
      return { host: provider, el, ready, interact, verify, setup };
    });
    // Cookies travel with every request: a few at a time, so the request headers stay small.
    const problems: string[] = [];
    for (const kind of kinds)
      problems.push(
        ...(await runCases(
          `stored ${kind}`,
          cases.filter((c) => c.place === kind),
          kind.includes('cookie') ? 8 : 50,
        )),
      );
    expect(problems).to.deep.equal([]);
  });
});
