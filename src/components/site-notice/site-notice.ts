import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { parseCalendarDate, toUtcDate } from '../../core/calendar/dates.js';
import { translate } from '../../core/i18n/messages.js';
import { isDismissed, isExpired, noticeKinds, rememberDismissal, untilDate, type NoticeKind } from '../../core/notices/site-notice-state.js';
import { storageFor } from '../../core/platform/storage.js';
import { checkedHref } from '../shared/checked-href.js';
import { hasOwnText } from '../shared/own-text.js';
import { consumeClinicContext, defaultClinicContext, type ClinicContext } from '../shared/clinic-context.js';
import { LocaleController } from '../shared/locale-controller.js';
import { themeStyles } from '../shared/theme.js';
import { oneOf, warnAttribute } from '../shared/warn.js';
import { siteNoticeStrings, type SiteNoticeStringKey } from './site-notice.strings.js';
import { siteNoticeStyles } from './site-notice.styles.js';

export const noticeDocuments = ['privacy', 'terms'] as const;
export type NoticeDocument = (typeof noticeDocuments)[number];

/** Detail of `notice-dismiss`. `noticeId` is empty for a notice without an id. */
export interface NoticeDismissDetail {
  noticeId: string;
  kind: NoticeKind;
}

/**
 * A notice the clinic posts for every visitor: a security breach (the Privacy Policy's "we may post
 * a notice"), a policy update, or any other news. It sits where its tag is, in the page's flow, so
 * it never covers what has focus nor the cookie banner. Dismissed, it stays dismissed on this site
 * for that `notice-id`; a new id shows again. Past its `until` date it no longer shows.
 *
 * @summary A dismissible site notice: security notices and policy updates.
 * @tag site-notice
 * @slot - The notice's text (built in for `policy-update` and `security`).
 * @csspart notice - The notice.
 * @csspart link - Its link.
 * @csspart dismiss-button - Dismiss.
 * @cssprop [--clinic-color-accent=#0b5cad] - The edge of a policy update or an info notice.
 * @cssprop [--clinic-color-error=#b42318] - The edge of a security notice.
 * @fires notice-dismiss - The visitor dismissed the notice. Detail: `{ noticeId, kind }`.
 */
export class SiteNotice extends LitElement {
  static override styles = [themeStyles, siteNoticeStyles];
  static override properties: PropertyDeclarations = {
    context: { state: true },
    dismissed: { state: true },
    ownText: { state: true },
    noticeId: { attribute: 'notice-id' },
    kind: { reflect: true },
    until: {},
    date: {},
    document: {},
    href: {},
  };

  #locale = new LocaleController(this);
  #href: string | null = null;

  declare private context: ClinicContext;
  declare private dismissed: boolean;
  declare private ownText: boolean;

  /** Names this notice: its dismissal is remembered under it. Post a changed notice with a new id. */
  declare noticeId: string;
  /** `security` (announced at once, `role="alert"`), `policy-update` or `info` (a polite status). */
  declare kind: NoticeKind;
  /** The last day the notice shows (YYYY-MM-DD). */
  declare until: string;
  /** For a policy update: the day the policy changed (YYYY-MM-DD). */
  declare date: string;
  /** For a policy update: `privacy` (default) or `terms`. */
  declare document: NoticeDocument;
  /** The notice's link (a policy update defaults to the provider's privacy-href or terms-href). */
  declare href: string;

  constructor() {
    super();
    consumeClinicContext(this, (context) => (this.context = context));
    this.context = defaultClinicContext;
    this.dismissed = false;
    this.ownText = false;
    this.noticeId = '';
    this.kind = 'info';
    this.until = '';
    this.date = '';
    this.document = 'privacy';
    this.href = '';
  }

  #onSlotChange = (event: Event) => (this.ownText = hasOwnText((event.target as HTMLSlotElement).assignedNodes({ flatten: true })));

  #storage = () => storageFor('local', this.context.storageNamespace);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('kind')) this.kind = oneOf('site-notice', 'kind', this.kind, noticeKinds, 'info');
    if (changed.has('document')) this.document = oneOf('site-notice', 'document', this.document, noticeDocuments, 'privacy');
    if (changed.has('href')) this.#href = checkedHref('site-notice', 'href', this.href, true);
    if (changed.has('noticeId') && !this.noticeId.trim()) {
      warnAttribute(
        'site-notice',
        'notice-id',
        this.getAttribute('notice-id'),
        'a name for this notice, e.g. "security-2026-11"',
        'The notice shows; a dismissal lasts for this page only.',
      );
    }
    if (changed.has('until') && this.until && !untilDate(this.until)) {
      warnAttribute('site-notice', 'until', this.until, 'a date as YYYY-MM-DD', 'The notice shows with no end date.');
    }
    if (changed.has('date') && this.date && !parseCalendarDate(this.date)) {
      warnAttribute('site-notice', 'date', this.date, 'a date as YYYY-MM-DD', 'The notice says the policy changed, without a date.');
    }
    if (changed.has('noticeId') || changed.has('context')) {
      this.dismissed = !!this.noticeId.trim() && isDismissed(this.#storage(), this.noticeId.trim());
    }
  }

  #dismiss = () => {
    const id = this.noticeId.trim();
    if (id) rememberDismissal(this.#storage(), id);
    this.dismissed = true;
    this.dispatchEvent(new CustomEvent<NoticeDismissDetail>('notice-dismiss', { detail: { noticeId: id, kind: this.kind }, bubbles: true, composed: true }));
  };

  #builtIn(t: (key: SiteNoticeStringKey, params?: Record<string, string>) => string): { text: string; link: string; href: string | null } {
    if (this.kind === 'security') return { text: t('security'), link: t('readNotice'), href: this.#href };
    if (this.kind === 'info') return { text: '', link: t('readNotice'), href: this.#href };
    const terms = this.document === 'terms';
    const day = parseCalendarDate(this.date);
    const date = day ? new Intl.DateTimeFormat(this.#locale.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(toUtcDate(day)) : '';
    const key: SiteNoticeStringKey = terms ? (day ? 'termsChanged' : 'termsChangedUndated') : day ? 'privacyChanged' : 'privacyChangedUndated';
    return {
      text: t(key, { date }),
      link: t(terms ? 'readTerms' : 'readPrivacy'),
      href: this.#href ?? (terms ? this.context.termsHref : this.context.privacyHref),
    };
  }

  protected override render() {
    if (this.dismissed || isExpired(untilDate(this.until))) return nothing;
    const locale = this.#locale.locale;
    const t = (key: SiteNoticeStringKey, params: Record<string, string> = {}) => translate(siteNoticeStrings, locale, key, params);
    const { text, link, href } = this.#builtIn(t);
    const label: SiteNoticeStringKey = this.kind === 'security' ? 'securityLabel' : this.kind === 'policy-update' ? 'policyLabel' : 'infoLabel';
    // A named region: screen readers list it among the page's landmarks, wherever the page puts it.
    return html`<section aria-label=${t(label)} lang=${locale}>
      <div part="notice" class="notice" role=${this.kind === 'security' ? 'alert' : 'status'}>
        <p class="text"><span class="kind">${t(label)}:</span> <slot @slotchange=${this.#onSlotChange}></slot>${this.ownText ? nothing : text}</p>
        ${href ? html`<a part="link" href=${href}>${link}</a>` : nothing}
        <button part="dismiss-button" type="button" aria-label=${t('dismissLabel')} @click=${this.#dismiss}>${t('dismiss')}</button>
      </div>
    </section>`;
  }
}
