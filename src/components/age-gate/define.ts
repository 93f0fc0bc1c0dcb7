import { attachContextRoot } from '../shared/context-root.js';
import { defineElement } from '../shared/define-once.js';
import { AgeGate } from './age-gate.js';

attachContextRoot();
defineElement('age-gate', AgeGate);

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
