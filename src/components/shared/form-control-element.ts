import { LitElement, type PropertyDeclarations } from 'lit';

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
