import { defineMessages } from '../../core/i18n/messages.js';

export const siteNoticeStrings = defineMessages(
  'site-notice',
  {
    security: 'We have posted an important notice about the security of your information.',
    privacyChanged: 'Our Privacy Policy changed on {date}.',
    privacyChangedUndated: 'Our Privacy Policy has changed.',
    termsChanged: 'Our Terms of Use changed on {date}.',
    termsChangedUndated: 'Our Terms of Use have changed.',
    readNotice: 'Read the notice',
    readPrivacy: 'Read the Privacy Policy',
    readTerms: 'Read the Terms of Use',
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss this notice',
    securityLabel: 'Security notice',
    policyLabel: 'Policy update',
    infoLabel: 'Notice',
  },
  {
    security: 'Hemos publicado un aviso importante sobre la seguridad de su información.',
    privacyChanged: 'Nuestra Política de privacidad cambió el {date}.',
    privacyChangedUndated: 'Nuestra Política de privacidad ha cambiado.',
    termsChanged: 'Nuestros Términos de uso cambiaron el {date}.',
    termsChangedUndated: 'Nuestros Términos de uso han cambiado.',
    readNotice: 'Leer el aviso',
    readPrivacy: 'Leer la Política de privacidad',
    readTerms: 'Leer los Términos de uso',
    dismiss: 'Cerrar',
    dismissLabel: 'Cerrar este aviso',
    securityLabel: 'Aviso de seguridad',
    policyLabel: 'Actualización de políticas',
    infoLabel: 'Aviso',
  },
);

export type SiteNoticeStringKey = keyof (typeof siteNoticeStrings)['en'];
