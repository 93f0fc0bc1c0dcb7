// The banner defined at once (the package root and clinic-elements.js use this; cookie-banner.js defines it only when needed).
import { defineElement } from '../shared/define-once.js';
import { CookieBanner } from './cookie-banner.js';

defineElement('cookie-banner', CookieBanner);

export { CookieBanner };
