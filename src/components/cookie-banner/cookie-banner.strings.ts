import { defineMessages } from '../../core/i18n/messages.js';

/** UI strings of the banner's first layer (the preferences dialog has its own, loaded with it). */
export const bannerStrings = defineMessages(
  'cookie-banner',
  {
    title: 'Your privacy',
    text: 'We use cookies and similar technologies such as web beacons to run this site and, only if you agree, to remember your preferences, measure how the site is used, and let third-party ad servers show ads. Necessary cookies are always on.',
    policyLink: 'Read our Privacy Policy',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customize: 'Customize',
    gpc: 'Your browser sends a Global Privacy Control signal, so advertising stays off unless you turn it on yourself.',
    saved: 'Your cookie choices were saved.',
    floating: 'Cookie settings',
  },
  {
    title: 'Su privacidad',
    text: 'Usamos cookies y tecnologías similares, como balizas web, para que este sitio funcione y, solo si usted lo acepta, para recordar sus preferencias, medir cómo se usa el sitio y permitir que servidores de anuncios de terceros muestren anuncios. Las cookies necesarias están siempre activas.',
    policyLink: 'Lea nuestra Política de privacidad',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rechazar todas',
    customize: 'Personalizar',
    gpc: 'Su navegador envía una señal de Control Global de Privacidad, así que la publicidad queda desactivada salvo que usted la active.',
    saved: 'Se guardaron sus preferencias de cookies.',
    floating: 'Configuración de cookies',
  },
);

export type BannerStringKey = keyof (typeof bannerStrings)['en'];
