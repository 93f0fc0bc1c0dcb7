import { attachContextRoot } from '../shared/context-root.js';
import { defineElement } from '../shared/define-once.js';
import { SiteNotice, type NoticeDismissDetail } from './site-notice.js';

attachContextRoot();
defineElement('site-notice', SiteNotice);

declare global {
  interface HTMLElementTagNameMap {
    'site-notice': SiteNotice;
  }
  interface HTMLElementEventMap {
    'notice-dismiss': CustomEvent<NoticeDismissDetail>;
  }
}

export { SiteNotice };
