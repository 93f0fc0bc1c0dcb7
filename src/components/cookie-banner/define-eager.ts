// The banner UI defined at once, with the decision core it runs on (the root entry uses this).
import '../../core/consent/decision-core.js';
export { CookieBanner } from './define-lazy-ui.js';
