import { html, nothing } from 'lit';
import { formatProblem, type ContentProblem } from '../../core/documents/problems.js';
import type { FetchError } from '../../core/documents/fetch.js';
import { translate } from '../../core/i18n/messages.js';
import { loadErrorStrings } from './load-error.strings.js';
import { type Locale } from '../../core/i18n/locale.js';

export type { FetchError } from '../../core/documents/fetch.js';

/** Whether `error` is one of the failures of a fetched document (the same words for every element). */
export function isFetchError(error: { kind: string }): error is FetchError {
  return Object.hasOwn(loadErrorStrings.en, error.kind);
}

export function fetchErrorMessage(error: FetchError, locale: Locale): string {
  return translate(loadErrorStrings, locale, error.kind, { src: error.src, status: 'status' in error ? error.status : '' });
}

/** The inline, announced error: what could not be shown, why, and every content problem by path. */
export function renderLoadError(title: string, message: string, problems: readonly ContentProblem[] = []) {
  return html`
    <div part="error" class="error" role="alert">
      <p><strong>${title}</strong> ${message}</p>
      ${problems.length ? html`<ul>${problems.map((p) => html`<li><code>${formatProblem(p)}</code></li>`)}</ul>` : nothing}
    </div>
  `;
}
