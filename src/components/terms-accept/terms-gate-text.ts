import type { ClinicSettings } from '../../core/documents/clinic.js';
import type { LegalDocument } from '../../core/documents/model.js';
import { documentSectionsTree } from '../../core/documents/template.js';
import { toDom } from '../../core/documents/tree.js';

/*
 * What only the gate needs, loaded in gate mode only (a form's checkbox does not download it):
 * the Terms rendered by the same template as `<legal-document>` (headings, lists and links intact).
 */

/** The Terms as nodes, their headings one level under the gate's own `h2`. */
export function gateNodes(doc: LegalDocument, clinic: Partial<ClinicSettings>): Node[] {
  return documentSectionsTree(doc, 'legal', { clinic, headingLevel: 3 }).map((tree) => toDom(tree));
}
