import { html, nothing } from 'lit';
import { releaseMedia, releasePlaces, type ReleaseChoice } from '../../core/consent/separate-consent.js';
import type { ConsentCheckboxStringKey } from './consent-checkbox.strings.js';

interface ReleaseChoicesOptions {
  offered: readonly ReleaseChoice[];
  covers: readonly ReleaseChoice[];
  disabled: boolean;
  t: (key: ConsentCheckboxStringKey) => string;
  onChange: (event: Event) => void;
}

/**
 * A photo release's choices: what it covers (photos, video) and where they may be shown, one box
 * each, then how to revoke it. Texts marked `shown` are part of the hashed statement.
 */
export function releaseChoicesView({ offered, covers, disabled, t, onChange }: ReleaseChoicesOptions) {
  const group = (legend: ConsentCheckboxStringKey, uses: readonly ReleaseChoice[]) => {
    const shownUses = uses.filter((use) => offered.includes(use));
    if (!shownUses.length) return nothing;
    return html`<fieldset part="choices">
      <legend class="shown">${t(legend)}</legend>
      ${shownUses.map(
        (use) =>
          html`<label
            ><input part="checkbox" type="checkbox" value=${use} .checked=${covers.includes(use)} ?disabled=${disabled} @change=${onChange} /><span class="shown"
              >${t(use)}</span
            ></label
          >`,
      )}
    </fieldset>`;
  };
  return html`${group('releaseMedia', releaseMedia)} ${group('releasePlaces', releasePlaces)}
    <p part="note" class="note shown">${t('revoke')}</p>`;
}
