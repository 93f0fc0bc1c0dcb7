export const supportedLocales = ['en', 'es'] as const;
export type Locale = (typeof supportedLocales)[number];

/** One element's UI strings in every supported language; Spanish must have every English key. */
export type Messages<Key extends string> = Record<Locale, Record<Key, string>>;

/**
 * Each element keeps its own strings (next to it, in `<tag>.strings.ts`), so a page downloads
 * only the strings of the elements it uses. The types make a missing translation a build error.
 */
export function defineMessages<Key extends string>(en: Record<Key, string>, es: NoInfer<Record<Key, string>>): Messages<Key> {
  return { en, es };
}

/** The string `key` in `locale`, with `{name}` parameters filled in. */
export function translate<Key extends string>(messages: Messages<Key>, locale: Locale, key: Key, params: Record<string, string | number> = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

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

function shadowHostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
