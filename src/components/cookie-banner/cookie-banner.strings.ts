import { defineMessages } from '../../core/i18n/messages.js';

/** UI strings of the banner's first layer (the preferences dialog has its own, loaded with it). */
export const bannerStrings = defineMessages(
  'cookie-banner',
  {
    title: 'Your privacy',
    text: 'We use cookies and similar technologies such as web beacons to run this site and, only if you agree, to {purposes}. Necessary cookies are always on.',
    onlyNecessary: 'We use only the cookies this site needs to run.',
    'purpose.preferences': 'remember your preferences',
    'purpose.analytics': 'measure how the site is used',
    'purpose.advertising': 'let third-party ad servers show ads',
    changed: 'What changed:',
    policyLink: 'Read our Privacy Policy',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customize: 'Customize',
    gpc: 'Your browser’s Global Privacy Control signal is honored: advertising, and services that sell or share data, stay off unless you turn them on yourself.',
    saved: 'Your cookie choices were saved.',
    floating: 'Cookie settings',
  },
  {
    title: 'Su privacidad',
    text: 'Usamos cookies y tecnologías similares, como balizas web, para que este sitio funcione y, solo si usted lo acepta, para {purposes}. Las cookies necesarias están siempre activas.',
    onlyNecessary: 'Solo usamos las cookies que este sitio necesita para funcionar.',
    'purpose.preferences': 'recordar sus preferencias',
    'purpose.analytics': 'medir cómo se usa el sitio',
    'purpose.advertising': 'permitir que servidores de anuncios de terceros muestren anuncios',
    changed: 'Qué cambió:',
    policyLink: 'Lea nuestra Política de privacidad',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rechazar todas',
    customize: 'Personalizar',
    gpc: 'Se respeta la señal de Control Global de Privacidad de su navegador: la publicidad y los servicios que venden o comparten datos quedan desactivados salvo que usted los active.',
    saved: 'Se guardaron sus preferencias de cookies.',
    floating: 'Configuración de cookies',
  },
);

export type BannerStringKey = keyof (typeof bannerStrings)['en'];
