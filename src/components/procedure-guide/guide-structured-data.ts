import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClinicSettings } from '../../core/documents/clinic.js';
import type { ProcedureGuide } from '../../core/documents/model.js';

const selector = 'script[type="application/ld+json"][data-clinic-guide]';

/**
 * The guide's schema.org JSON-LD in the page's `<head>`: one block per page, however many guides
 * it has, removed with the guide. Its code loads only on pages with a guide that search engines
 * should read about.
 */
export class GuideStructuredData implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #script: HTMLScriptElement | null = null;
  #call = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#remove();
  }

  /** Writes the block for `guide` (or removes it, for `null`). */
  async update(guide: ProcedureGuide | null, clinic: Partial<ClinicSettings>): Promise<void> {
    const call = ++this.#call;
    const data = guide ? await import('../../core/documents/structured-data.js') : null;
    if (call !== this.#call) return; // a newer update came while the code loaded
    // Checked after the load, so two guides on one page still give one block.
    const elsewhere = [...document.querySelectorAll(selector)].some((script) => script !== this.#script);
    if (!data || !guide || !this.#host.isConnected || elsewhere) return this.#remove();
    this.#script ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    this.#script.setAttribute('data-clinic-guide', guide.id);
    this.#script.textContent = data.structuredDataJson(data.guideStructuredData(guide, clinic));
    if (!this.#script.isConnected) document.head.append(this.#script);
  }

  #remove(): void {
    this.#script?.remove();
    this.#script = null;
  }
}
