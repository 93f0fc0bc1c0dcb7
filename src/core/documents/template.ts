import type { ClinicSettings } from './clinic.js';
import type { Block, ClinicDocument, ProcedureGuide, RichText, Section } from './model.js';
import { h, type TreeElement, type TreeNode } from './tree.js';
import { fillPlaceholders } from './placeholders.js';
import { safeHref } from '../platform/safe-url.js';
import { clampHeadingLevel } from './heading-level.js';

export { clampHeadingLevel } from './heading-level.js';

/**
 * The one template of a procedure guide's text, shared by the browser (`<procedure-guide>` turns
 * it into light-DOM nodes) and Node (`clinic-elements render` prints it as static HTML).
 *
 * Each section becomes `<section id="risks" lang="en" data-guide-section>` with a heading and a
 * `<div data-guide-body>`; the element finds exactly this shape in clinic-authored HTML too. The
 * document's language is on every section (and table-of-contents link), so a Spanish page reads
 * English content with an English voice (WCAG 3.1.2).
 */
export interface GuideTemplateOptions {
  clinic?: Partial<ClinicSettings>;
  /** Level of the section headings (2 to 6); the page's own title is the `h1`. */
  headingLevel?: number;
  /** Called with each `{clinic.*}` key the clinic settings do not fill. */
  onMissingPlaceholder?: (key: string) => void;
}

export function guideSectionsTree(doc: ProcedureGuide, options: GuideTemplateOptions = {}): TreeElement[] {
  return documentSectionsTree(doc, 'guide', options);
}

/**
 * The sections of any document (guide or legal), marked `data-<marker>-section` and
 * `data-<marker>-body` for the element that shows them. A numbered section's heading starts with
 * its number ("2. No Medical Advice").
 */
export function documentSectionsTree(doc: ClinicDocument, marker: 'guide' | 'legal', options: GuideTemplateOptions = {}): TreeElement[] {
  const fill = (text: string) => fillPlaceholders(text, options.clinic ?? {}, options.onMissingPlaceholder);
  const headingTag = `h${clampHeadingLevel(options.headingLevel)}`;

  const richText = (text: RichText): TreeNode[] =>
    typeof text === 'string'
      ? [fill(text)]
      : text.map((inline) => {
          if (typeof inline === 'string') return fill(inline);
          const href = safeHref(inline.href);
          return href ? h('a', { href }, [fill(inline.text)]) : fill(inline.text);
        });

  const block = (value: Block): TreeElement => {
    switch (value.type) {
      case 'paragraph':
        return h('p', {}, richText(value.text));
      case 'list':
        return h(
          value.ordered ? 'ol' : 'ul',
          {},
          value.items.map((item) => h('li', {}, richText(item))),
        );
      case 'figure':
        return h('figure', { [`data-${marker}-figure`]: value.id }, [
          h('div', { [`data-${marker}-media`]: true, 'data-alt': value.alt ? fill(value.alt) : undefined }),
          h('figcaption', {}, [fill(value.caption)]),
        ]);
      case 'callout':
        // A note, not an alert: it is read in its place. The heading says why it matters.
        return h('div', { role: 'note', [`data-${marker}-callout`]: value.tone }, [
          h('p', {}, [h('strong', {}, [fill(value.heading)])]),
          h('p', {}, richText(value.text)),
        ]);
      case 'checklist':
        return h('fieldset', { [`data-${marker}-checklist`]: value.id }, [
          h('legend', {}, [fill(value.title)]),
          h(
            'ul',
            {},
            value.items.map((item) => h('li', {}, [h('label', {}, [h('input', { type: 'checkbox' }), ' ', ...richText(item)])])),
          ),
        ]);
    }
  };

  const section = (value: Section): TreeElement =>
    h('section', { id: value.id, lang: doc.lang, [`data-${marker}-section`]: true, 'aria-labelledby': `${value.id}-heading` }, [
      h(headingTag, { id: `${value.id}-heading` }, [value.number ? `${value.number}. ${fill(value.heading)}` : fill(value.heading)]),
      h('div', { id: `${value.id}-body`, [`data-${marker}-body`]: true }, value.blocks.map(block)),
    ]);

  const intro = doc.intro?.length ? [h('div', { lang: doc.lang, [`data-${marker}-intro`]: true }, doc.intro.map(block))] : [];
  return [...intro, ...doc.sections.map(section)];
}

/**
 * A guide's table of contents as static HTML, for the command line to print before the sections:
 * `<nav slot="toc" data-guide-toc>` with a link per section. `<procedure-guide>` shows a slotted
 * table of contents in place of its own (and marks the section being read), so the enhanced page
 * paints nothing new.
 */
export function guideTocTree(doc: ProcedureGuide, title: string, options: GuideTemplateOptions = {}): TreeElement {
  const fill = (text: string) => fillPlaceholders(text, options.clinic ?? {});
  const titleId = `${doc.id}-toc-title`;
  return h('nav', { slot: 'toc', 'data-guide-toc': true, 'aria-labelledby': titleId }, [
    h('p', { id: titleId }, [title]),
    h(
      'ol',
      {},
      doc.sections.map((section) =>
        h('li', {}, [
          h('a', { href: `#${section.id}`, lang: doc.lang }, [section.number ? `${section.number}. ${fill(section.heading)}` : fill(section.heading)]),
        ]),
      ),
    ),
  ]);
}
