import { html, nothing } from 'lit';
import { formatProblem, type ContentProblem } from '../../core/documents/problems.js';
import type { FetchError } from '../../core/documents/fetch.js';
import { defineMessages, translate } from '../../core/i18n/messages.js';
import { type Locale } from '../../core/i18n/locale.js';

export type { FetchError } from '../../core/documents/fetch.js';

const loadErrorStrings = defineMessages(
  {
    'other-origin': '{src} is on another website; only files from this site are loaded.',
    network: '{src} could not be loaded (network error).',
    http: '{src} could not be loaded (HTTP {status}).',
    'not-json': '{src} is not valid JSON.',
    invalid: '{src} does not follow the content format:',
  },
  {
    'other-origin': '{src} está en otro sitio web; solo se cargan archivos de este sitio.',
    network: 'No se pudo cargar {src} (error de red).',
    http: 'No se pudo cargar {src} (HTTP {status}).',
    'not-json': '{src} no es un JSON válido.',
    invalid: '{src} no sigue el formato de contenido:',
  },
);

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

export { loadErrorStrings };
