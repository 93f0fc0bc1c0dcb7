import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DocumentKind, LegalDocument, ProcedureGuide } from '../../core/documents/model.js';
import { builtInDocuments, isBuiltInDocumentName } from '../../core/documents/built-in.js';
import { fetchDocument, type FetchError } from '../../core/documents/fetch.js';
// The index of built-in documents is tiny (each text is its own chunk): loading it up front keeps a built-in document one request away.
import { loadBuiltInDocument } from '../../content/index.js';

/** The code that writes a document's sections into the page, loaded along with the text; null when it could not be loaded (offline). */
export const loadDocumentNodes = (): Promise<typeof import('./document-nodes.js') | null> => import('./document-nodes.js').catch(() => null);

type DocumentOf<Kind extends DocumentKind> = Kind extends 'procedure-guide' ? ProcedureGuide : LegalDocument;

/** Why there is no document to show; the element words it in the visitor's language. */
export type SourceError =
  | FetchError
  /** `procedure`/`document` names no built-in document of this kind. */
  | { kind: 'unknown'; name: string }
  /** `src` holds a valid document of another kind (a guide where Terms were expected). */
  | { kind: 'wrong-kind'; src: string }
  /** Neither `src` nor a built-in name was given. */
  | { kind: 'empty' };

/** Where to load from: the element's `src` (or `src-<lang>`, named by `attribute`), else the built-in document it names. */
export interface SourceRequest {
  src?: string;
  attribute?: string;
  name?: string;
}

export type SourceOutcome<Kind extends DocumentKind> = { ok: true; document: DocumentOf<Kind> } | { ok: false; error: SourceError };

/**
 * Loads the document an element shows, one load at a time: each load supersedes the one before
 * (its fetch is aborted and its answer ignored), and the host re-renders on `loading`.
 * `<procedure-guide>`, `<legal-document>` and `<terms-accept>` all load through it, from a
 * built-in name or a same-origin `src`. Clinic-authored sections already in the page need no load;
 * the element calls {@link cancel} for them.
 */
export class DocumentSource<Kind extends DocumentKind> implements ReactiveController {
  /** True while a load whose progress the visitor sees is under way. */
  loading = false;
  #host: ReactiveControllerHost;
  #kind: Kind;
  #call = 0;
  #abort: AbortController | null = null;

  constructor(host: ReactiveControllerHost, kind: Kind) {
    this.#host = host;
    this.#kind = kind;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Stops the load under way, if any: its outcome will be `null`. */
  cancel(): void {
    this.#call += 1;
    this.#abort?.abort();
    this.#abort = null;
    this.#setLoading(false);
  }

  /**
   * Loads `request` (with `alongside`, work that must finish with it, such as a chunk that renders
   * the document). Resolves with the outcome, or `null` when a newer load or `cancel()` came first.
   * `quiet` loads without the loading state (the page already shows the text).
   */
  async load(
    request: SourceRequest,
    { alongside, quiet = false }: { alongside?: Promise<unknown>; quiet?: boolean } = {},
  ): Promise<SourceOutcome<Kind> | null> {
    this.cancel();
    const call = this.#call;
    const abort = (this.#abort = new AbortController());
    if (!quiet) this.#setLoading(true);
    let outcome: SourceOutcome<Kind>;
    try {
      [outcome] = await Promise.all([this.#resolve(request, abort.signal), alongside]);
    } catch {
      return null; // aborted: a newer load is under way
    }
    if (call !== this.#call) return null;
    this.#setLoading(false);
    return outcome;
  }

  async #resolve({ src, attribute = 'src', name }: SourceRequest, signal: AbortSignal): Promise<SourceOutcome<Kind>> {
    if (src) {
      const fetched = await fetchDocument(src, signal);
      if (!fetched.ok) return fetched;
      const { document } = fetched;
      if (document.kind !== this.#kind) return { ok: false, error: { kind: 'wrong-kind', src } };
      const wanted = attribute.slice(4).split('-')[0];
      if (wanted && document.lang.toLowerCase().split('-')[0] !== wanted) {
        console.warn(`clinic-elements: <${this.#kind}> ${attribute}="${src}" is in "${document.lang}".`);
      }
      return { ok: true, document: document as DocumentOf<Kind> };
    }
    if (!name) return { ok: false, error: { kind: 'empty' } };
    if (!isBuiltInDocumentName(name) || builtInDocuments[name] !== this.#kind) return { ok: false, error: { kind: 'unknown', name } };
    return { ok: true, document: (await loadBuiltInDocument(name)) as DocumentOf<Kind> };
  }

  #setLoading(loading: boolean): void {
    if (loading === this.loading) return;
    this.loading = loading;
    this.#host.requestUpdate();
  }
}
