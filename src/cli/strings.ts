import { ageGateStrings } from '../components/age-gate/age-gate.strings.js';
import { bannerStrings } from '../components/cookie-banner/cookie-banner.strings.js';
import { preferencesStrings } from '../components/cookie-banner/cookie-preferences.strings.js';
import { reloadStrings } from '../components/cookie-banner/withdrawal.strings.js';
import { placeholderStrings } from '../components/cookie-banner/embed-placeholder.strings.js';
import { choicesStrings } from '../components/cookie-banner/privacy-choices.strings.js';
import { changesStrings } from '../components/legal-document/legal-changes.strings.js';
import { legalStrings } from '../components/legal-document/legal-document.strings.js';
import { disclaimerStrings } from '../components/medical-disclaimer/medical-disclaimer.strings.js';
import { guideStrings } from '../components/procedure-guide/procedure-guide.strings.js';
import { timelineStrings } from '../components/procedure-guide/recovery-timeline.strings.js';
import { sensitiveStrings } from '../components/sensitive-content/sensitive-content.strings.js';
import { loadErrorStrings } from '../components/shared/load-error.strings.js';
import { termsAcceptStrings } from '../components/terms-accept/terms-accept.strings.js';
import { checkAddedStrings } from '../core/i18n/check-strings.js';
import type { AddedStrings, Messages } from '../core/i18n/messages.js';
import { readJson } from './inputs.js';

/** Every element's UI strings, in the order a translator meets them on a page. */
export const everyMessages: readonly Messages<string>[] = [
  bannerStrings,
  preferencesStrings,
  reloadStrings,
  placeholderStrings,
  choicesStrings,
  ageGateStrings,
  disclaimerStrings,
  sensitiveStrings,
  guideStrings,
  timelineStrings,
  legalStrings,
  changesStrings,
  termsAcceptStrings,
  loadErrorStrings,
];

export const stringsUsage = `  clinic-elements strings [--lang <code>]
  clinic-elements strings --check <file.json>

Prints every element's English UI strings as a strings file to translate ({ "lang", "strings" }),
for a language the elements do not have built in. With --check, lists what a strings file lacks
(shown in English) or has that no element uses, and exits 1 when it lacks any.`;

type Out = (text: string) => void;

/** `clinic-elements strings`: the template to translate, or the check of a translation. */
export function stringsCommand(values: { lang?: string; check?: string }, out: Out, err: Out): number {
  if (!values.check) {
    const strings = Object.fromEntries(everyMessages.map((messages) => [messages.scope, messages.en]));
    out(JSON.stringify({ lang: values.lang ?? 'xx', strings }, null, 2));
    return 0;
  }
  const file = readJson(values.check, err) as { lang?: unknown; strings?: unknown } | undefined;
  if (file === undefined) return 1;
  if (typeof file.lang !== 'string' || !/^[a-z]{2,3}$/.test(file.lang) || typeof file.strings !== 'object' || file.strings === null) {
    err(`${values.check}: expected { "lang": "<language code, e.g. fr>", "strings": { "<element>": { "<key>": "…" } } }`);
    return 1;
  }
  const scopes = new Set(everyMessages.map((messages) => messages.scope));
  let missingCount = 0;
  for (const messages of everyMessages) {
    const { missing, unknown } = checkAddedStrings(messages, file.strings as AddedStrings);
    missingCount += missing.length;
    for (const key of missing) err(`  strings["${messages.scope}"]["${key}"]: missing (English: ${JSON.stringify(messages.en[key])})`);
    for (const key of unknown) err(`  strings["${messages.scope}"]["${key}"]: no element uses it`);
  }
  for (const scope of Object.keys(file.strings)) if (!scopes.has(scope)) err(`  strings["${scope}"]: no such element; they are ${[...scopes].join(', ')}`);
  const total = everyMessages.reduce((sum, messages) => sum + Object.keys(messages.en).length, 0);
  out(`${values.check}: "${file.lang}", ${total - missingCount} of ${total} strings`);
  return missingCount ? 1 : 0;
}
