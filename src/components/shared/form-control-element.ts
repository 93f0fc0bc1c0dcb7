import { LitElement, type PropertyDeclarations } from 'lit';
import { warnAttribute } from './warn.js';

/**
 * Warns when a box's `value` is not text. Vue's plain `v-model` does that: it takes a custom
 * element for a text field and writes its model (a boolean) into `value`, which the form then sends.
 */
export function warnUnlessTextValue(tag: string, value: unknown): void {
  if (typeof value === 'string') return;
  warnAttribute(tag, 'value', value, 'text (in Vue, bind the box with :checked and @change, or v-model with type="checkbox")', 'The form gets it as text.');
}

/**
 * What a native form control offers, for the elements that are one (`<terms-accept>`,
 * `<consent-checkbox>`): a form, labels, validity, and a disabled `<fieldset>` seen as
 * `formDisabled`. The subclass sets the value and the validity through `internals`.
 */
export class FormControlElement extends LitElement {
  static formAssociated = true;
  static override properties: PropertyDeclarations = { formDisabled: { state: true } };

  protected readonly internals = this.attachInternals();
  /** Whether an ancestor `<fieldset disabled>` disables the control. */
  declare protected formDisabled: boolean;

  constructor() {
    super();
    this.formDisabled = false;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get labels(): NodeList {
    return this.internals.labels;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
}
