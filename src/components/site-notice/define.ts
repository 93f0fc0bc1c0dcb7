import { attachContextRoot } from '../shared/context-root.js';
import { defineOnce } from '../shared/define-once.js';
import { SiteNotice } from './site-notice.js';

attachContextRoot();
defineOnce('site-notice', SiteNotice);

declare global {
  interface HTMLElementTagNameMap {
    'site-notice': SiteNotice;
  }
  interface HTMLElementEventMap {
    'notice-dismiss': CustomEvent<{ noticeId: string; kind: import('./site-notice.js').SiteNotice['kind'] }>;
  }
}

export { SiteNotice };
