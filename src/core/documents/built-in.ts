/**
 * The built-in documents, by name: the one list of their names and kinds. Their text is data in
 * src/content/, which the elements load on demand; a clinic's own documents come from `src`
 * (fetch.ts).
 */
import type { DocumentKind } from './model.js';

/** The one list of built-in documents, with the kind of each. */
export const builtInDocuments = {
  necklift: 'procedure-guide',
  facelift: 'procedure-guide',
  terms: 'legal-document',
  privacy: 'legal-document',
} as const satisfies Record<string, DocumentKind>;

export type BuiltInDocumentName = keyof typeof builtInDocuments;
type NamesOf<Kind extends DocumentKind> = { [Name in BuiltInDocumentName]: (typeof builtInDocuments)[Name] extends Kind ? Name : never }[BuiltInDocumentName];
export type BuiltInGuideName = NamesOf<'procedure-guide'>;
export type BuiltInLegalName = NamesOf<'legal-document'>;

export const builtInDocumentNames = Object.keys(builtInDocuments) as BuiltInDocumentName[];

export function isBuiltInDocumentName(name: unknown): name is BuiltInDocumentName {
  return typeof name === 'string' && Object.hasOwn(builtInDocuments, name);
}

/** The built-in documents of one kind: `builtInNamesOf('procedure-guide')` → necklift, facelift. */
export function builtInNamesOf<Kind extends DocumentKind>(kind: Kind): NamesOf<Kind>[] {
  return builtInDocumentNames.filter((name) => builtInDocuments[name] === kind) as NamesOf<Kind>[];
}

/** Built-in guides (the legal documents are built in too, but are not guides). */
export const builtInGuideNames = builtInNamesOf('procedure-guide');
