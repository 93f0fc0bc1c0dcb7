/** What {@link element} sets: attributes (`true` for a boolean one, `false` or `null` for none) and `on…` listeners. */
export type Attributes = Record<string, string | boolean | null | ((event: Event) => void)>;

/**
 * Creates an element with its attributes, listeners and children. Strings become text nodes, so
 * nothing is ever parsed as HTML: the banner's strict-CSP, no-`innerHTML` way of building its DOM
 * without a template library.
 */
export function element(tag: string, attributes: Attributes = {}, ...children: (Node | string | null | false)[]): HTMLElement {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') created.addEventListener(name.slice(2), value);
    else if (value !== false && value !== null) created.setAttribute(name, value === true ? '' : value);
  }
  created.append(...children.filter((child) => child !== null && child !== false));
  return created;
}

/**
 * One stylesheet for CSS text, constructed (and parsed) on first use: allowed by a strict CSP,
 * unlike a `<style>` element, and never parsed on a page that does not show it.
 */
export function lazySheet(text: string): () => CSSStyleSheet {
  let sheet: CSSStyleSheet | null = null;
  return () => {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(text);
    return sheet;
  };
}

/** Adopts `sheet` into `root` once: first (the shared styles the others build on) or last. */
export function adoptSheet(root: ShadowRoot, sheet: CSSStyleSheet, first = false): void {
  const sheets = root.adoptedStyleSheets;
  if (first ? sheets[0] === sheet : sheets.includes(sheet)) return;
  const others = sheets.filter((adopted) => adopted !== sheet);
  root.adoptedStyleSheets = first ? [sheet, ...others] : [...others, sheet];
}

/** The words a visitor sees in `node`, slotted content in place of its slots, white space folded. */
export function flatText(node: Node): string {
  if (node instanceof HTMLSlotElement && node.assignedNodes().length) return node.assignedNodes().map(flatText).join(' ');
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!;
  return [...node.childNodes].map(flatText).join(node instanceof HTMLElement && getComputedStyle(node).display !== 'inline' ? ' ' : '');
}
