import type { ContentProblem } from './content-problem.js';
import type { ClinicDocument, ProcedureGuide } from './content-model.js';
import { firstPartyUrl } from './first-party-url.js';
import { loadBuiltInDocument } from '../content/index.js';

/** Built-in guides (the legal documents are built in too, but are not guides). */
export const builtInGuideNames = ['necklift', 'facelift'] as const;
export type BuiltInGuideName = (typeof builtInGuideNames)[number];

/** Why a guide could not be loaded; the element turns it into a message in the page's language. */
export type GuideLoadError =
  | { kind: 'unknown-procedure'; name: string }
  | { kind: 'other-origin'; src: string }
  | { kind: 'network'; src: string }
  | { kind: 'http'; src: string; status: number }
  | { kind: 'not-json'; src: string }
  | { kind: 'invalid'; src: string; problems: ContentProblem[] }
  | { kind: 'not-a-guide'; src: string };

export type GuideLoadResult = { ok: true; guide: ProcedureGuide } | { ok: false; error: GuideLoadError };

export async function loadBuiltInGuide(name: string): Promise<GuideLoadResult> {
  if (!builtInGuideNames.includes(name as BuiltInGuideName)) return { ok: false, error: { kind: 'unknown-procedure', name } };
  return { ok: true, guide: await loadBuiltInDocument(name as BuiltInGuideName) };
}

/** Fetches a guide in the content model from the page's own origin and validates it. */
export async function loadGuideFromUrl(src: string, signal?: AbortSignal): Promise<GuideLoadResult> {
  const result = await fetchDocument(src, signal);
  if (!result.ok) return result;
  if (result.document.kind !== 'procedure-guide') return { ok: false, error: { kind: 'not-a-guide', src } };
  return { ok: true, guide: result.document };
}

export type DocumentLoadResult = { ok: true; document: ClinicDocument } | { ok: false; error: GuideLoadError };

/** Fetches any document in the content model from the page's own origin and validates it. */
export async function fetchDocument(src: string, signal?: AbortSignal): Promise<DocumentLoadResult> {
  const url = firstPartyUrl(src);
  if (!url) return { ok: false, error: { kind: 'other-origin', src } };
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
  // Loaded only by pages that fetch guides, so other pages do not download the validator.
  const { validateDocument } = await import('./validate-content.js');
  const result = validateDocument(json);
  if (!result.ok) return { ok: false, error: { kind: 'invalid', src, problems: result.problems } };
  return { ok: true, document: result.document };
}
