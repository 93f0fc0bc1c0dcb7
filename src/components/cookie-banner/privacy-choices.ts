import { translate } from '../../core/i18n/messages.js';
import { resolveLocale } from '../../core/i18n/locale.js';
import { choicesStrings } from './privacy-choices.strings.js';

const svg = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes. */
function vector(tag: string, attributes: Record<string, string>): SVGElement {
  const created = document.createElementNS(svg, tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  return created;
}

/**
 * Fills each empty `[data-privacy-choices]` link or button with the "Your Privacy Choices" words
 * and the usual toggle icon (a check and a cross, inline SVG, hidden from screen readers as the
 * words say it). A click opens the preferences (the decision core listens). Loaded only on a page
 * with an empty one.
 */
export function fillPrivacyChoices(): void {
  document.querySelectorAll<HTMLElement>('[data-privacy-choices]:empty').forEach((entry) => {
    const icon = vector('svg', { viewBox: '0 0 30 14', width: '30', height: '14', 'aria-hidden': 'true', focusable: 'false' });
    icon.style.verticalAlign = 'middle';
    icon.style.marginInlineEnd = '0.4em';
    icon.append(
      vector('rect', { x: '0.5', y: '0.5', width: '29', height: '13', rx: '6.5', fill: '#fff', stroke: '#0066ff' }),
      vector('path', { d: 'M15 1h8a6 6 0 0 1 0 12h-11z', fill: '#0066ff' }),
      vector('path', { d: 'M5 7.2l2 2 3.6-4.2', fill: 'none', stroke: '#0066ff', 'stroke-width': '1.6' }),
      vector('path', { d: 'M20 4.5l5 5m0-5l-5 5', fill: 'none', stroke: '#fff', 'stroke-width': '1.6' }),
    );
    entry.append(icon, translate(choicesStrings, resolveLocale(entry), 'label'));
  });
}
