/** A document from the clinic's own site (`src`): fetched from the page's origin only, then validated. */
import { firstPartyUrl } from '../platform/first-party-url.js';
import type { ClinicDocument, ProcedureGuide } from './model.js';
import type { ContentProblem } from './problems.js';

/** Why a document fetched with `src` could not be used; elements turn it into a message in the page's language. */
export type FetchError =
  | { kind: 'other-origin'; src: string }
  | { kind: 'network'; src: string }
  | { kind: 'http'; src: string; status: number }
  | { kind: 'not-json'; src: string }
  | { kind: 'invalid'; src: string; problems: ContentProblem[] };

/** Why a guide could not be loaded. */
export type GuideLoadError = { kind: 'unknown-procedure'; name: string } | FetchError | { kind: 'not-a-guide'; src: string };

export type GuideLoadResult = { ok: true; guide: ProcedureGuide } | { ok: false; error: GuideLoadError };

/** Fetches a guide in the content model from the page's own origin and validates it. */
export async function loadGuideFromUrl(src: string, signal?: AbortSignal): Promise<GuideLoadResult> {
  const result = await fetchDocument(src, signal);
  if (!result.ok) return result;
  if (result.document.kind !== 'procedure-guide') return { ok: false, error: { kind: 'not-a-guide', src } };
  return { ok: true, guide: result.document };
}

export type DocumentLoadResult = { ok: true; document: ClinicDocument } | { ok: false; error: FetchError };

/** Fetches any document in the content model from the page's own origin and validates it. */
export async function fetchDocument(src: string, signal?: AbortSignal): Promise<DocumentLoadResult> {
  const url = firstPartyUrl(src);
  if (!url) return { ok: false, error: { kind: 'other-origin', src } };
  // Loaded only by pages that fetch documents (others do not download the validator), while the document downloads.
  const validator = import('./validate.js');
  validator.catch(() => {});
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { kind: 'network', src } };
  }
  if (!response.ok) return { ok: false, error: { kind: 'http', src, status: response.status } };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { ok: false, error: { kind: 'not-json', src } };
  }
  const { validateDocument } = await validator;
  const result = validateDocument(json);
  if (!result.ok) return { ok: false, error: { kind: 'invalid', src, problems: result.problems } };
  return { ok: true, document: result.document };
}
