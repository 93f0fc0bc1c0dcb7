import { checking, definedMessages, type AddedStrings, type Messages } from './messages.js';

/**
 * The checks of a page's added UI strings, for the agency that wrote them: loaded only on a page
 * that adds a language. Each element's strings are checked once they are defined (a lazily loaded
 * element's, when it loads): one warning names the keys the file lacks, another those it has that
 * the element does not use.
 */

/** What a strings file's `strings` lack for one element (shown in English), and what they have that it does not use. */
export function checkAddedStrings(messages: Messages<string>, strings: AddedStrings): { missing: string[]; unknown: string[] } {
  const given = Object(strings[messages.scope]) as Record<string, unknown>;
  const keys = Object.keys(messages.en);
  return { missing: keys.filter((key) => typeof given[key] !== 'string'), unknown: Object.keys(given).filter((key) => !keys.includes(key)) };
}

const checked = new Set<string>();

function warnAbout(messages: Messages<string>, lang: string, strings: AddedStrings): void {
  if (checked.has(`${lang} ${messages.scope}`)) return;
  checked.add(`${lang} ${messages.scope}`);
  const { missing, unknown } = checkAddedStrings(messages, strings);
  const where = `UI strings "${lang}" for ${messages.scope}`;
  const list = (keys: string[]) => keys.map((key) => `"${key}"`).join(', ');
  if (missing.length) console.warn(`clinic-elements: ${where} lack ${list(missing)}; those are shown in English.`);
  if (unknown.length) console.warn(`clinic-elements: ${where} have ${list(unknown)}, which it does not use.`);
}

export function startChecking(lang: string, strings: AddedStrings): void {
  checking.check = warnAbout;
  definedMessages.forEach((messages) => warnAbout(messages, lang, strings));
}
