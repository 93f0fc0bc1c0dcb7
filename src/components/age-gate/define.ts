import { attachContextRoot } from '../shared/context-root.js';
import { defineOnce } from '../shared/define-once.js';
import { AgeGate } from './age-gate.js';

attachContextRoot();
defineOnce('age-gate', AgeGate);

declare global {
  interface HTMLElementTagNameMap {
    'age-gate': AgeGate;
  }
  interface HTMLElementEventMap {
    'age-verified': CustomEvent<import('./age-gate.js').AgeCheckDetail>;
    'age-denied': CustomEvent<import('./age-gate.js').AgeCheckDetail>;
  }
}

export { AgeGate };
