import type { Locale } from './locale.js';

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
