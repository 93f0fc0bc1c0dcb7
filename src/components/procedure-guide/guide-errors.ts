import { builtInGuideNames } from '../../core/documents/built-in.js';
import { formatProblem } from '../../core/documents/problems.js';
import { translate } from '../../core/i18n/messages.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { SourceError } from '../shared/document-source.js';
import { fetchErrorMessage, isFetchError, renderLoadError } from '../shared/load-error.js';
import { guideStrings } from './procedure-guide.strings.js';

/** Why the guide shows no text, in the visitor's language. */
export function guideErrorMessage(error: SourceError, locale: Locale): string {
  const names = builtInGuideNames.join(', ');
  if (isFetchError(error)) return fetchErrorMessage(error, locale);
  switch (error.kind) {
    case 'empty':
      return translate(guideStrings, locale, 'guide.error.empty', { names });
    case 'unknown':
      return translate(guideStrings, locale, 'guide.error.unknown-procedure', { name: error.name, names });
    case 'wrong-kind':
      return translate(guideStrings, locale, 'guide.error.not-a-guide', { src: error.src });
  }
}

/** The inline error, naming each content problem. */
export function renderGuideError(error: SourceError, locale: Locale) {
  const problems = error.kind === 'invalid' ? error.problems : [];
  return renderLoadError(translate(guideStrings, locale, 'guide.error.title'), guideErrorMessage(error, locale), problems);
}

/** The same in the console, in English, naming the attribute that led there. */
export function warnGuideError(error: SourceError, procedure: string, attribute = 'src'): void {
  const source = 'src' in error ? `${attribute}=${JSON.stringify(error.src)}` : `procedure=${JSON.stringify(procedure)}`;
  const details = error.kind === 'invalid' ? error.problems.map(formatProblem) : [guideErrorMessage(error, 'en')];
  details.forEach((detail) => console.warn(`clinic-elements: <procedure-guide> ${source}: ${detail}`));
}
