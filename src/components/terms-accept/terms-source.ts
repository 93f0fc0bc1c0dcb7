import type { AcceptedTerms } from '../../core/documents/acceptance.js';
import type { LegalDocument } from '../../core/documents/model.js';
import { fetchDocument } from '../../core/documents/fetch.js';
import { formatProblem } from '../../core/documents/problems.js';
import { warnAttribute } from '../shared/warn.js';

/** What `<terms-accept>` tells the loader: `htmlFor` (its `for` attribute) wins over `src`. */
export interface TermsRequest {
  htmlFor: string;
  src: string;
  version: string;
  getRootNode(): Node;
}

/** The `<legal-document>` API the clickwrap reads (the element need not be loaded by the same file). */
interface LegalDocumentElement extends HTMLElement {
  src: string;
  version: string;
  effectiveDate: string;
  /** The file shown (`src` or the `src-<lang>` picked); absent from an older `<legal-document>`. */
  loadedSrc?: string | null;
  readonly loadedDocument: Promise<LegalDocument | null>;
}

/**
 * Loads the clinic's own Terms to accept (the built-in ones need none of this): the document a
 * `<legal-document id=…>` on the page shows (`for`), or a content file (`src`). Rejects with a message naming the attribute
 * when there are none to show: no acceptance can then be recorded.
 */
export async function loadTerms(request: TermsRequest, onTermsChange: () => void, signal: AbortSignal): Promise<AcceptedTerms> {
  const terms = request.htmlFor ? await fromLegalDocument(request, onTermsChange, signal) : await fromFile(request);
  warnMismatches(request.version.trim(), terms.doc);
  return terms;
}

/** A `version` attribute that is not the document's own, or no version at all: said. */
function warnMismatches(own: string, doc: LegalDocument): void {
  if (own && doc.version && own !== doc.version) {
    warnAttribute('terms-accept', 'version', own, `the Terms' own version, "${doc.version}"`, `Recording "${doc.version}", the version of the text shown.`);
  } else if (!own && !doc.version) {
    warnAttribute(
      'terms-accept',
      'version',
      null,
      'the revision of your Terms (or a "version" in the document)',
      'Acceptances cannot be told apart from those of other versions.',
    );
  }
}

async function fromFile(request: TermsRequest): Promise<AcceptedTerms> {
  const fetched = await fetchDocument(request.src);
  if (!fetched.ok) {
    const { error } = fetched;
    const why = error.kind === 'invalid' ? error.problems.map(formatProblem).join('; ') : error.kind === 'http' ? `HTTP ${error.status}` : error.kind;
    throw new Error(`src="${request.src}" could not be used (${why})`);
  }
  if (fetched.document.kind !== 'legal-document') throw new Error(`src="${request.src}" is a ${fetched.document.kind}, not a legal document`);
  return { doc: fetched.document, src: new URL(request.src, location.href).href };
}

/** `onTermsChange` hears once when the `<legal-document>` shows another text (e.g. in the visitor's new language). */
async function fromLegalDocument(request: TermsRequest, onTermsChange: () => void, signal: AbortSignal): Promise<AcceptedTerms> {
  const root = request.getRootNode() as Document | ShadowRoot;
  const target = (root.getElementById?.(request.htmlFor) ?? document.getElementById(request.htmlFor)) as LegalDocumentElement | null;
  if (target?.localName !== 'legal-document') throw new Error(`for="${request.htmlFor}" names no <legal-document> on the page`);
  await customElements.whenDefined('legal-document');
  const doc = await target.loadedDocument;
  target.addEventListener('document-change', onTermsChange, { once: true, signal });
  if (!doc)
    throw new Error(
      `the <legal-document> for="${request.htmlFor}" names shows no document it could hash (it failed to load, or shows the page's own sections: give it src)`,
    );
  // What the page shows: the element's own version and date override the document's.
  return {
    doc: { ...doc, version: target.version || doc.version, effectiveDate: target.effectiveDate || doc.effectiveDate },
    src: target.loadedSrc !== undefined ? target.loadedSrc : target.src ? new URL(target.src, location.href).href : null,
  };
}
