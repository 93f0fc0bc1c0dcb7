import type { ClinicDocument } from '../../core/documents/model.js';
import { documentSectionsTree, type GuideTemplateOptions } from '../../core/documents/template.js';
import { toDom } from '../../core/documents/tree.js';

/**
 * A document's sections as page nodes, from the one template the command line prints too. Loaded
 * along with a document's text (which is never there up front), so the first script stays small.
 */
export function documentNodes(doc: ClinicDocument, marker: 'guide' | 'legal', options: GuideTemplateOptions): HTMLElement[] {
  return documentSectionsTree(doc, marker, options).map((tree) => toDom(tree) as HTMLElement);
}
