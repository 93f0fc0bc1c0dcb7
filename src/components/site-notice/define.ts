import { attachContextRoot } from '../shared/context-root.js';
import { defineOnce } from '../shared/define-once.js';
import { SiteNotice, type NoticeDismissDetail } from './site-notice.js';

attachContextRoot();
defineOnce('site-notice', SiteNotice);

declare global {
  interface HTMLElementTagNameMap {
    'site-notice': SiteNotice;
  }
  interface HTMLElementEventMap {
    'notice-dismiss': CustomEvent<NoticeDismissDetail>;
  }
}

export { SiteNotice };
