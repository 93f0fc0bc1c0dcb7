import { defineMessages } from '../../core/i18n/messages.js';

export const externalLinkNoticeStrings = defineMessages(
  'external-link-notice',
  {
    title: 'You are leaving {site}',
    thisSite: 'this site',
    text: 'This link goes to {host}, a site we do not control. Our Terms of Use and Privacy Policy do not apply there; that site’s own terms and privacy policy do.',
    skip: 'Don’t ask again for {host} during this visit',
    stay: 'Stay on this site',
    continue: 'Continue to {host}',
  },
  {
    title: 'Está saliendo de {site}',
    thisSite: 'este sitio',
    text: 'Este enlace lleva a {host}, un sitio que no controlamos. Nuestros Términos de uso y nuestra Política de privacidad no se aplican allí; se aplican los términos y la política de privacidad de ese sitio.',
    skip: 'No volver a preguntar por {host} durante esta visita',
    stay: 'Quedarme en este sitio',
    continue: 'Continuar a {host}',
  },
);

export type ExternalLinkNoticeStringKey = keyof (typeof externalLinkNoticeStrings)['en'];
