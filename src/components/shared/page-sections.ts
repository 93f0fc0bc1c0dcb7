import { clinicKeys, type ClinicKey, type ClinicSettings } from '../../core/documents/clinic.js';
import { fillPlaceholders } from '../../core/documents/placeholders.js';
import { safeHref } from '../../core/platform/safe-url.js';

/**
 * What a clinic writes into the page itself gets what a content file gets: `{clinic.*}`
 * placeholders filled from `<clinic-provider>` (in text and in link addresses), and for a numbered
 * legal document, "1. " before each heading. Loaded only by elements holding such sections.
 */

/** The text (or `href`) each node had as the clinic wrote it, so new settings fill it again. */
const written = new WeakMap<Node, string>();

/** Fills `{clinic.*}` in the text and link addresses under `root`; `onProblem` hears of each one nothing fills. */
export function fillPagePlaceholders(root: Element, clinic: Partial<ClinicSettings>, onProblem: (message: string) => void): void {
  const onMissing = (key: string) =>
    onProblem(
      clinicKeys.includes(key as ClinicKey)
        ? `the page uses {clinic.${key}}, which is not set; add it to <clinic-provider>`
        : `the page uses {clinic.${key}}, which is no clinic setting; the settings are ${clinicKeys.join(', ')}`,
    );
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const original = written.get(node) ?? (node.data.includes('{clinic.') ? node.data : null);
    if (original === null) continue;
    written.set(node, original);
    node.data = fillPlaceholders(original, clinic, onMissing);
  }
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    const original = written.get(link) ?? (href.includes('{clinic.') ? href : null);
    if (original === null) continue;
    written.set(link, original);
    // A setting filled into an address must still make a safe link (no `javascript:`), as in a content file.
    const safe = safeHref(fillPlaceholders(original, clinic, onMissing));
    if (safe) link.setAttribute('href', safe);
    else link.removeAttribute('href');
  }
}

/**
 * A legal document's own sections: their markup checked (`section[id] > h2`, each problem told
 * through `onProblem`), placeholders filled, and with `numbered`, "1. ", "2. "… before each
 * heading (taken away again without it), leaving alone a heading the clinic numbered itself.
 */
export function enhanceLegalSections(
  sections: readonly Element[],
  clinic: Partial<ClinicSettings>,
  numbered: boolean,
  onProblem: (message: string) => void,
): void {
  sections.forEach((section, index) => {
    const name = section.id ? `section "${section.id}"` : `section ${index + 1}`;
    const heading = section.querySelector(':scope > :is(h2, h3, h4, h5, h6)');
    fillPagePlaceholders(section, clinic, onProblem);
    if (!section.id) onProblem(`${name} has no id, so it is not in the table of contents and cannot be linked to; give it one, e.g. <section id="privacy">`);
    if (!heading) return onProblem(`${name} has no heading (h2–h6) as a direct child, so it is not in the table of contents`);
    heading.querySelector(':scope > [data-legal-number]')?.remove();
    if (!numbered || /^\s*\d+[.)]/.test(heading.textContent ?? '')) return;
    const number = Object.assign(document.createElement('span'), { textContent: `${index + 1}. ` });
    number.toggleAttribute('data-legal-number', true);
    heading.prepend(number);
  });
}
