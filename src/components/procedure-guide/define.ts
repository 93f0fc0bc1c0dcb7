import '../medical-disclaimer/define.js';
import { attachContextRoot } from '../shared/context-root.js';
import { defineElement } from '../shared/define-once.js';
import { ProcedureGuide } from './procedure-guide.js';

attachContextRoot();
const define = () => defineElement('procedure-guide', ProcedureGuide);
// A guide printed into the page (`clinic-elements render`) is readable as it arrives: the page paints
// it first and it is enhanced right after (after the next frame, or 100 ms where frames do not
// run), instead of the script's work delaying that paint. Defining twice is harmless.
if (document.querySelector('procedure-guide > section') && !performance.getEntriesByType('paint').length) {
  requestAnimationFrame(() => setTimeout(define));
  setTimeout(define, 100);
} else define();

declare global {
  interface HTMLElementTagNameMap {
    'procedure-guide': ProcedureGuide;
  }
  interface HTMLElementEventMap {
    'section-change': CustomEvent<import('./procedure-guide.js').SectionChangeDetail>;
    'cta-click': CustomEvent<{ section: string | null }>;
  }
}

export { ProcedureGuide };
