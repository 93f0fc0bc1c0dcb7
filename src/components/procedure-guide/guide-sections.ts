/**
 * The guide's text lives in the page (light DOM) so find-in-page, screen readers and search
 * engines reach it. These functions find its sections, bring clinic-authored HTML to the shape the
 * template renders, and show or hide sections for each layout, without ever parsing HTML strings.
 */

export interface GuideSection {
  id: string;
  title: string;
  section: HTMLElement;
  heading: HTMLElement;
  body: HTMLElement;
}

export type GuideLayout = 'article' | 'accordion' | 'steps';

const headingSelector = ':scope > :is(h1, h2, h3, h4, h5, h6)';

/**
 * The sections directly inside `host`, completed where the clinic's HTML lacks a part: an id (from
 * the heading text), a heading id, and a `data-guide-body` wrapper around what follows the heading.
 * A section without a heading is left alone and reported through `onProblem`.
 */
export function collectSections(host: HTMLElement, onProblem: (message: string) => void): GuideSection[] {
  const sections: GuideSection[] = [];
  const usedIds = new Set<string>();
  host.querySelectorAll<HTMLElement>(':scope > section:not([slot])').forEach((section, index) => {
    const heading = section.querySelector<HTMLElement>(headingSelector);
    if (!heading) {
      onProblem(`section ${index + 1} has no heading (h2–h6) as its first level child; it is shown but not in the table of contents`);
      return;
    }
    const title = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    const id = uniqueId(section.id || slugify(title) || `section-${index + 1}`, usedIds);
    section.id = id;
    section.toggleAttribute('data-guide-section', true);
    heading.id ||= `${id}-heading`;
    if (!section.hasAttribute('aria-labelledby')) section.setAttribute('aria-labelledby', heading.id);

    let body = section.querySelector<HTMLElement>(':scope > [data-guide-body]');
    if (!body) {
      body = document.createElement('div');
      body.toggleAttribute('data-guide-body', true);
      body.append(...[...section.childNodes].filter((node) => node !== heading));
      section.append(body);
    }
    body.id ||= `${id}-body`;
    sections.push({ id, title, section, heading, body });
  });
  return sections;
}

/**
 * Shows the sections as the layout asks: all open (`article`); collapsed behind disclosure
 * buttons (`accordion`); or one at a time (`steps`). Hidden text uses `hidden="until-found"`,
 * so find-in-page and text fragments still reach it (the browser then fires `beforematch`).
 */
export function applyLayout(sections: GuideSection[], layout: GuideLayout, current: number, expanded: ReadonlySet<string>): void {
  sections.forEach(({ id, section, heading, body }, index) => {
    const toggle = layout === 'accordion' ? ensureToggle(heading, body) : removeToggle(heading);
    const open = layout !== 'accordion' || expanded.has(id);
    setUntilFound(body, !open);
    setUntilFound(section, layout === 'steps' && index !== current);
    toggle?.setAttribute('aria-expanded', String(open));
    // Focus moves to a heading when the reader goes to its section, as it does for a native
    // in-page link, so the next Tab continues from there and screen readers announce it.
    heading.tabIndex = -1;
  });
}

/** The disclosure button wrapping a heading's text in the accordion layout (APG disclosure pattern). */
export function toggleOf(heading: HTMLElement): HTMLButtonElement | null {
  return heading.querySelector(':scope > button[data-guide-toggle]');
}

function ensureToggle(heading: HTMLElement, body: HTMLElement): HTMLButtonElement {
  const existing = toggleOf(heading);
  if (existing) return existing;
  const button = document.createElement('button');
  button.type = 'button';
  button.toggleAttribute('data-guide-toggle', true);
  button.setAttribute('aria-controls', body.id);
  button.append(...heading.childNodes);
  heading.append(button);
  return button;
}

function removeToggle(heading: HTMLElement): null {
  const button = toggleOf(heading);
  if (button) button.replaceWith(...button.childNodes);
  return null;
}

function setUntilFound(element: HTMLElement, hidden: boolean): void {
  if (hidden) element.setAttribute('hidden', 'until-found');
  else element.removeAttribute('hidden');
}

/**
 * Moves each image the clinic gives as `<img slot="figure-<id>">` (or any element with that slot)
 * into the matching figure, and gives it the figure's text alternative when it has none. The
 * `slot` attribute stays (it has no effect below the host's children), so the image can be moved
 * back out with {@link takeBackFigureMedia} before the figures are rendered again.
 */
export function placeFigureMedia(host: HTMLElement, onProblem: (message: string) => void): void {
  const figures = [...host.querySelectorAll<HTMLElement>('[data-guide-figure]')];
  host.querySelectorAll<HTMLElement>(':scope > [slot^="figure-"]').forEach((media) => {
    const id = media.getAttribute('slot')!.slice('figure-'.length);
    const holder = figures.find((figure) => figure.dataset.guideFigure === id)?.querySelector<HTMLElement>('[data-guide-media]');
    if (!holder)
      return onProblem(`slot="figure-${id}" matches no figure; the figures are: ${figures.map((figure) => figure.dataset.guideFigure).join(', ') || 'none'}`);
    if (media instanceof HTMLImageElement && !media.hasAttribute('alt')) media.alt = holder.dataset.alt ?? '';
    holder.append(media);
  });
  for (const figure of figures) {
    if (!figure.querySelector('[data-guide-media]:empty')) continue;
    onProblem(`figure "${figure.dataset.guideFigure}" has no image; add one with slot="figure-${figure.dataset.guideFigure}"`);
  }
}

export function takeBackFigureMedia(host: HTMLElement): void {
  host.append(...host.querySelectorAll<HTMLElement>('[data-guide-media] > [slot^="figure-"]'));
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, 's-$1')
    .slice(0, 60);
}

function uniqueId(candidate: string, used: Set<string>): string {
  let id = candidate;
  for (let n = 2; used.has(id); n += 1) id = `${candidate}-${n}`;
  used.add(id);
  return id;
}

/** The id named by the address's fragment, or '' (also for a malformed one such as `#%E0%A4`). */
export function addressedId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}
