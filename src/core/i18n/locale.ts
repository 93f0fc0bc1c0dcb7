/** The languages the UI strings are built in. */
export type BuiltInLocale = 'en' | 'es';
/** A language the UI speaks: a built-in one, or one whose strings the page added (`fr`). */
export type Locale = BuiltInLocale | (string & {});

/** The languages the UI strings exist in: English, Spanish, then any the page added. */
export const supportedLocales: Locale[] = ['en', 'es'];

/** The supported locale for a BCP 47 tag (`es-MX` → `es`), or `null`. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return supportedLocales.find((locale) => locale === language) ?? null;
}

/**
 * The language an element speaks: its own `lang`, else the closest ancestor with `lang` (crossing
 * shadow roots, so an element inside another component still follows the page), else
 * `<html lang>`, else English. An unsupported language falls through to the next source.
 */
export function resolveLocale(element: Element): Locale {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    const match = matchLocale(withLang?.getAttribute('lang'));
    if (match) return match;
    node = withLang ? (withLang.parentElement ?? shadowHostOf(withLang)) : shadowHostOf(node);
  }
  return 'en';
}

/** The element's content language as written (`es-MX`): the closest `lang`, crossing shadow roots, or `''`. */
export function closestLang(element: Element): string {
  const withLang = element.closest('[lang]');
  if (withLang) return withLang.getAttribute('lang')!;
  const host = shadowHostOf(element);
  return host ? closestLang(host) : '';
}

function shadowHostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
