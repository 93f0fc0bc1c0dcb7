import { css } from 'lit';
import { storageFor } from '../../core/platform/storage.js';
import { adoptPageStyles } from './guide-page-styles.js';

/**
 * What a guide's callouts and checklists need beyond their markup: their styles and the
 * checklists' ticks. Loaded along with the guide's text (or when clinic-authored sections hold
 * such blocks), so a guide without them downloads none of it.
 */
const blockStyles = css`
  /* Set apart by a thick border and a tint, specific enough to outlast a theme's reset of div borders. */
  procedure-guide [data-guide-callout] {
    margin: 1.25em 0;
    padding: 0.75em 1em;
    border: 1px solid var(--clinic-color-error, #b42318);
    border-inline-start-width: 0.4em;
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-surface-alt, #f2f5f8);
    color: var(--clinic-color-text, #1d2733);
  }
  :where(procedure-guide) :where([data-guide-callout] > p) {
    margin: 0.25em 0;
  }
  :where(procedure-guide) :where([data-guide-checklist]) {
    margin: 1.25em 0;
    padding: 0.5em 1em;
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
  }
  :where(procedure-guide) :where([data-guide-checklist] > legend) {
    padding: 0 0.25em;
    font-weight: 700;
  }
  :where(procedure-guide) :where([data-guide-checklist] > ul) {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :where(procedure-guide) :where([data-guide-checklist] label) {
    display: flex;
    gap: 0.6em;
    align-items: baseline;
    min-height: 44px;
    padding-block: 0.35em;
    cursor: pointer;
  }
  :where(procedure-guide) :where([data-guide-checklist] input) {
    flex: none;
    width: 1.15em;
    height: 1.15em;
    margin: 0;
    accent-color: var(--clinic-color-accent, #0b5cad);
  }
  @media (forced-colors: active) {
    :where(procedure-guide) :where([data-guide-callout]) {
      border-color: CanvasText;
    }
  }
  @media print {
    :where(procedure-guide) :where([data-guide-callout], [data-guide-checklist]) {
      break-inside: avoid;
      border-color: #000;
      background: none;
    }
  }
`;

const watched = new WeakSet<HTMLElement>();
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const itemText = (box: HTMLInputElement) => (box.closest('label')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const boxesOf = (list: Element) => [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

/**
 * Styles the guide's callouts and checklists and keeps each checklist's ticks in this browser's
 * localStorage (`<namespace>:checklist:<guide>:<list>`), never sent. Ticks are kept by item text,
 * so a clinic that reorders or rewrites its items never moves a tick onto another question.
 */
export function enhanceGuideBlocks(host: HTMLElement, guideId: string, namespace: string): void {
  adoptPageStyles(host.getRootNode() as Document | ShadowRoot, blockStyles);
  const storage = storageFor('local', namespace);
  const key = (list: Element) => `checklist:${guideId}:${list.getAttribute('data-guide-checklist')}`;
  for (const list of host.querySelectorAll('[data-guide-checklist]')) {
    const ticked = new Set(storage.read(key(list), 1, isTextList));
    for (const box of boxesOf(list)) box.checked = ticked.has(itemText(box));
  }
  if (watched.has(host)) return;
  watched.add(host);
  host.addEventListener('change', (event) => {
    const list = (event.target as Element).closest?.('[data-guide-checklist]');
    if (!list || !host.contains(list)) return;
    const ticked = boxesOf(list).filter((box) => box.checked);
    if (ticked.length) storage.write(key(list), 1, ticked.map(itemText));
    else storage.remove(key(list));
  });
}
