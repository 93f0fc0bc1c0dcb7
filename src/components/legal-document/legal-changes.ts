import { html } from 'lit';
import { changedSections, documentHashes, readAcceptance, type ChangedSection } from '../../core/documents/acceptance.js';
import type { ClinicSettings } from '../../core/documents/clinic.js';
import type { LegalDocument } from '../../core/documents/model.js';
import { translate } from '../../core/i18n/messages.js';
import { changesStrings } from './legal-changes.strings.js';
import type { Locale } from '../../core/i18n/locale.js';
import { storageFor } from '../../core/platform/storage.js';

/**
 * "What changed since the version you accepted", for `<legal-document show-changes>`: loaded only
 * there, and compared with the acceptance `<terms-accept>` keeps in this browser (which text was
 * accepted, by section hash; never who).
 */

export interface DocumentChanges {
  /** The version the visitor accepted. */
  version: string;
  sections: ChangedSection[];
}

/** What changed in `doc`, shown as `version`, since the visitor accepted another version or text of it here; null when nothing was accepted or this very text was. */
export async function changesSinceAcceptance(
  doc: LegalDocument,
  version: string,
  clinic: Partial<ClinicSettings>,
  storageNamespace: string,
): Promise<DocumentChanges | null> {
  const stored = readAcceptance(storageFor('local', storageNamespace), doc);
  // An acceptance stored before it named its document could be of any document: no claim is made of it.
  if (!stored?.document) return null;
  const current = await documentHashes(doc, clinic);
  if (stored.version === version && stored.hash === current.hash) return null;
  return { version: stored.version, sections: changedSections(stored, current, doc, clinic) };
}

/** Marks each changed section in the page (`data-legal-changed`), and only those. */
export function markChangedSections(host: HTMLElement, changes: DocumentChanges | null): void {
  const changed = new Set(changes?.sections.map((section) => section.id));
  host.querySelectorAll(':scope > section[data-legal-section]').forEach((section) => section.toggleAttribute('data-legal-changed', changed.has(section.id)));
}

export function renderChanges(changes: DocumentChanges, locale: Locale, lang: string) {
  const { version, sections } = changes;
  return html`<div part="changes" class="toc" role="note">
    <p class="toc-title">${translate(changesStrings, locale, sections.length ? 'changed' : 'same', { version })}</p>
    ${sections.length ? html`<ul>${sections.map((section) => html`<li><a href="#${section.id}" lang=${lang}>${section.title}</a></li>`)}</ul>` : ''}
  </div>`;
}
