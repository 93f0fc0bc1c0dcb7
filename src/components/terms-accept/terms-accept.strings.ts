import { defineMessages } from '../../core/i18n/messages.js';

export const termsAcceptStrings = defineMessages(
  'terms-accept',
  {
    label: 'I have read and agree to the Terms of Use',
    link: 'Read the Terms of Use (opens in a new tab)',
    required: 'Tick this box to accept the Terms of Use.',
    unavailable: 'The Terms of Use could not be loaded; reload the page to accept them.',
    changed: 'You accepted version {version} of the Terms of Use. Since then, these sections have changed:',
    changedNone: 'You accepted version {version} of the Terms of Use. Please accept the current version.',
    gateTitle: 'Terms of Use',
    gateIntro: 'Please read and accept our Terms of Use to continue.',
    accept: 'I accept the Terms of Use',
    scrollHint: 'Scroll to the end of the Terms to accept them.',
  },
  {
    label: 'He leído y acepto los Términos de uso',
    link: 'Lea los Términos de uso (se abre en una pestaña nueva)',
    required: 'Marque esta casilla para aceptar los Términos de uso.',
    unavailable: 'No se pudieron cargar los Términos de uso; vuelva a cargar la página para aceptarlos.',
    changed: 'Usted aceptó la versión {version} de los Términos de uso. Desde entonces han cambiado estas secciones:',
    changedNone: 'Usted aceptó la versión {version} de los Términos de uso. Acepte la versión actual.',
    gateTitle: 'Términos de uso',
    gateIntro: 'Lea y acepte nuestros Términos de uso para continuar.',
    accept: 'Acepto los Términos de uso',
    scrollHint: 'Desplácese hasta el final de los Términos para aceptarlos.',
  },
);

export type TermsAcceptStringKey = keyof (typeof termsAcceptStrings)['en'];
