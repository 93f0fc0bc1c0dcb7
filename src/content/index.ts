import type { LegalDocument, ProcedureGuide } from '../core/documents/model.js';
import { builtInGuideNames, type BuiltInDocumentName, type BuiltInGuideName, type BuiltInLegalName } from '../core/documents/built-in.js';
import type { GuideLoadResult } from '../core/documents/fetch.js';

export { builtInDocumentNames, isBuiltInDocumentName, type BuiltInDocumentName } from '../core/documents/built-in.js';

/**
 * The built-in documents' text. Each is a separate module loaded on demand, so a page that shows
 * only a disclaimer or a cookie banner never downloads legal or medical text. The names and kinds
 * are listed once, in core (`builtInDocuments`); this table must have exactly those.
 */
const loaders = {
  necklift: () => import('./necklift.js'),
  facelift: () => import('./facelift.js'),
  terms: () => import('./terms.js'),
  privacy: () => import('./privacy.js'),
} satisfies Record<BuiltInDocumentName, () => Promise<{ default: ProcedureGuide | LegalDocument }>>;

/** Loads a built-in document by name (`necklift`, `facelift`, `terms`, `privacy`). */
export async function loadBuiltInDocument(name: BuiltInGuideName): Promise<ProcedureGuide>;
export async function loadBuiltInDocument(name: BuiltInLegalName): Promise<LegalDocument>;
export async function loadBuiltInDocument(name: BuiltInDocumentName): Promise<ProcedureGuide | LegalDocument>;
export async function loadBuiltInDocument(name: BuiltInDocumentName): Promise<ProcedureGuide | LegalDocument> {
  return (await loaders[name]()).default;
}

/** A built-in guide by name, or why there is none. */
export async function loadBuiltInGuide(name: string): Promise<GuideLoadResult> {
  if (!builtInGuideNames.includes(name as BuiltInGuideName)) return { ok: false, error: { kind: 'unknown-procedure', name } };
  return { ok: true, guide: await loadBuiltInDocument(name as BuiltInGuideName) };
}
