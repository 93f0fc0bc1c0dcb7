import type { ReactiveControllerHost } from 'lit';
import type { ClinicSettings } from '../../core/documents/clinic.js';
import type { LegalDocument } from '../../core/documents/model.js';
import { documentSectionsTree } from '../../core/documents/template.js';
import { toDom } from '../../core/documents/tree.js';
import { DocumentSource } from '../shared/document-source.js';

/*
 * What only the gate needs, loaded in gate mode only (a form's checkbox does not download it):
 * the Terms loaded through the same source as `<legal-document>`, and rendered by the same
 * template (headings, lists and links intact).
 */

/** Loads the Terms the gate shows. */
export async function loadGateTerms(host: ReactiveControllerHost): Promise<LegalDocument> {
  const outcome = await new DocumentSource(host, 'legal-document').load({ name: 'terms' }, { quiet: true });
  if (!outcome?.ok) throw new Error('clinic-elements: <terms-accept> could not load the Terms.');
  return outcome.document;
}

/** The Terms as nodes, their headings one level under the gate's own `h2`. */
export function gateNodes(doc: LegalDocument, clinic: Partial<ClinicSettings>): Node[] {
  return documentSectionsTree(doc, 'legal', { clinic, headingLevel: 3 }).map((tree) => toDom(tree));
}
