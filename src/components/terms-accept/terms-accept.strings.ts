import { defineMessages } from '../../core/i18n.js';

export const termsAcceptStrings = defineMessages(
  {
    label: 'I have read and agree to the Terms of Use',
    link: 'Read the Terms of Use (opens in a new tab)',
    required: 'Tick this box to accept the Terms of Use.',
    changed: 'You accepted version {version} of the Terms of Use. Since then, these sections have changed:',
    changedNone: 'You accepted version {version} of the Terms of Use. Please accept the current version.',
  },
  {
    label: 'He leído y acepto los Términos de uso',
    link: 'Lea los Términos de uso (se abre en una pestaña nueva)',
    required: 'Marque esta casilla para aceptar los Términos de uso.',
    changed: 'Usted aceptó la versión {version} de los Términos de uso. Desde entonces han cambiado estas secciones:',
    changedNone: 'Usted aceptó la versión {version} de los Términos de uso. Acepte la versión actual.',
  },
);

export type TermsAcceptStringKey = keyof (typeof termsAcceptStrings)['en'];
