import { css } from 'lit';

/** The statement beside its box, the photo release's two groups of choices, and the links under them. */
export const consentCheckboxStyles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  label,
  .label {
    align-items: flex-start;
  }
  .label {
    display: inline-flex;
    gap: 0.5em;
  }
  :is(label, .label) input[type='checkbox'] {
    flex: none;
    margin-block-start: 0.15em;
  }
  .statement {
    margin: 0 0 0.5em;
  }
  fieldset {
    margin: 0 0 0.5em;
    padding: 0.25em 0.75em 0.5em;
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: calc(var(--clinic-radius, 8px) / 2);
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  fieldset label {
    display: flex;
    margin-block: 0.25em;
  }
  /* Under the statement, not under the box: 1.25em box + 0.5em gap. */
  [part='link'],
  .error {
    display: block;
    margin-inline-start: 1.75em;
  }
  .note,
  .error {
    margin: 0.25em 0 0;
    color: var(--clinic-color-muted, #4a5563);
  }
  .error {
    color: var(--clinic-color-error, #b42318);
  }
  :host([data-tried]:invalid) input,
  :host([data-tried]:invalid) fieldset {
    outline: 2px solid var(--clinic-color-error, #b42318);
    outline-offset: 2px;
  }
`;
