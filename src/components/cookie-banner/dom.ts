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

/** A constructed stylesheet from CSS text (allowed by a strict CSP, unlike a `<style>` element). */
export function styleSheet(text: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
}
