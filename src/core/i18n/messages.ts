import { supportedLocales, type BuiltInLocale, type Locale } from './locale.js';

/**
 * One element's UI strings: built in for English and Spanish (Spanish must have every English
 * key), and for each language whose strings the page adds, filled in from English where a string
 * is missing. `scope` names them in a strings file (`"procedure-guide": { … }`).
 */
export type Messages<Key extends string> = Record<BuiltInLocale, Record<Key, string>> & { scope: string; [added: string]: Record<Key, string> | string };

/** A strings file's `strings`: by scope (an element), then key. */
export type AddedStrings = Record<string, Record<string, unknown>>;

/** Every element's strings defined so far, and the languages the page added, with their strings. */
export const definedMessages: Messages<string>[] = [];
const added = new Map<string, AddedStrings>();
/** Set by the checker (loaded only on a page that adds strings), to check strings defined later. */
export const checking: { check?: (messages: Messages<string>, lang: string, strings: AddedStrings) => void } = {};

/**
 * Each element keeps its own strings (next to it, in `<tag>.strings.ts`), so a page downloads
 * only the strings of the elements it uses. The types make a missing translation a build error.
 */
export function defineMessages<Key extends string>(scope: string, en: Record<Key, string>, es: NoInfer<Record<Key, string>>): Messages<Key> {
  const messages = { scope, en, es } as Messages<Key>;
  definedMessages.push(messages);
  added.forEach((strings, lang) => addTo(messages, lang, strings));
  return messages;
}

/** The string `key` in `locale`, with `{name}` parameters filled in. */
export function translate<Key extends string>(messages: Messages<Key>, locale: Locale, key: Key, params: Record<string, string | number> = {}): string {
  const strings = (messages[locale] ?? messages.en) as Record<Key, string>;
  return strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/**
 * Adds a language's UI strings: `{ "lang": "fr", "strings": { "<scope>": { "<key>": "…" } } }`
 * (`npx clinic-elements strings` prints the English ones to translate). A string missing or not
 * text is shown in English; what a file lacks or has in excess is warned about by the checker,
 * which loads only then.
 */
export function addUiStrings(file: { lang?: unknown; strings?: unknown }): void {
  const { lang, strings } = Object(file) as typeof file;
  if (typeof lang !== 'string' || !/^[a-z]{2,3}$/.test(lang) || lang === 'en' || lang === 'es' || Object(strings) !== strings) return warnIgnored();
  added.set(lang, strings as AddedStrings);
  if (!supportedLocales.includes(lang)) supportedLocales.push(lang);
  definedMessages.forEach((messages) => addTo(messages, lang, strings as AddedStrings));
  import('./check-strings.js').then(({ startChecking }) => startChecking(lang, strings as AddedStrings), warnIgnored);
}

const warnIgnored = () => console.warn('clinic-elements: UI strings ignored: expected JSON { "lang": "fr", "strings": { … } } (en and es are built in).');

function addTo(messages: Messages<string>, lang: string, strings: AddedStrings): void {
  const given = Object(strings[messages.scope]) as Record<string, unknown>;
  const own: Record<string, string> = (messages[lang] = {});
  for (const key in messages.en) own[key] = typeof given[key] === 'string' ? (given[key] as string) : messages.en[key];
  checking.check?.(messages, lang, strings);
}

// A page adds a language with a JSON script placed before the library's: read once, as the library loads.
if (typeof document !== 'undefined') {
  for (const script of document.querySelectorAll('script[type="application/json"][data-clinic-strings]')) {
    try {
      addUiStrings(JSON.parse(script.textContent!));
    } catch {
      warnIgnored();
    }
  }
}
