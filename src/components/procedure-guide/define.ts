import '../medical-disclaimer/define.js';
import { attachContextRoot } from '../shared/context-root.js';
import { defineOnce } from '../shared/define-once.js';
import { ProcedureGuide } from './procedure-guide.js';

attachContextRoot();
defineOnce('procedure-guide', ProcedureGuide);

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
