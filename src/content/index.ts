import type { LegalDocument, ProcedureGuide } from '../core/content-model.js';

/**
 * The built-in documents. Each is a separate module loaded on demand, so a page that shows only
 * a disclaimer or a cookie banner never downloads legal or medical text.
 */
const loaders = {
  necklift: () => import('./necklift.js'),
  facelift: () => import('./facelift.js'),
  terms: () => import('./terms.js'),
  privacy: () => import('./privacy.js'),
} satisfies Record<string, () => Promise<{ default: ProcedureGuide | LegalDocument }>>;

export type BuiltInDocumentName = keyof typeof loaders;

export const builtInDocumentNames = Object.keys(loaders) as BuiltInDocumentName[];

export function isBuiltInDocumentName(name: unknown): name is BuiltInDocumentName {
  return typeof name === 'string' && Object.hasOwn(loaders, name);
}

/** Loads a built-in document by name (`necklift`, `facelift`, `terms`, `privacy`). */
export async function loadBuiltInDocument(name: 'necklift' | 'facelift'): Promise<ProcedureGuide>;
export async function loadBuiltInDocument(name: 'terms' | 'privacy'): Promise<LegalDocument>;
export async function loadBuiltInDocument(name: BuiltInDocumentName): Promise<ProcedureGuide | LegalDocument>;
export async function loadBuiltInDocument(name: BuiltInDocumentName): Promise<ProcedureGuide | LegalDocument> {
  return (await loaders[name]()).default;
}
