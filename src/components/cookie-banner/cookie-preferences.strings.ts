import { defineMessages } from '../../core/i18n/messages.js';

/** UI strings of the preferences dialog; the category texts summarise the Privacy Policy's cookies, beacons, logs and ad servers. */
export const preferencesStrings = defineMessages(
  'cookie-preferences',
  {
    preferencesTitle: 'Cookie preferences',
    preferencesIntro: 'Choose what this site may use. You can change your choice at any time from the cookie settings.',
    save: 'Save my choices',
    close: 'Close',
    alwaysOn: 'Always on',
    sensitive: 'This is a health page: analytics and advertising stay off here whatever you choose, so no tracker learns which page you read.',
    consentId: 'Your consent ID:',
    vendor: 'Vendor',
    purpose: 'Purpose',
    cookies: 'Cookies',
    privacy: 'Privacy policy',
    none: 'None',
    sale: 'Sells or shares your data',
    saleYes: 'Yes, for advertising; off while your browser sends Global Privacy Control',
    'necessary.label': 'Strictly necessary',
    'necessary.description': 'Session cookies and server logs that make the site work and keep it secure. They cannot be turned off.',
    'preferences.label': 'Preferences',
    'preferences.description': 'Persistent cookies that remember your choices, so you do not have to enter them again on your next visit.',
    'analytics.label': 'Analytics',
    'analytics.description': 'Anonymous usage data and web beacons (clear gifs) that show how the site is used, such as pages viewed and visitor totals.',
    'advertising.label': 'Advertising',
    'advertising.description': 'Third-party ad servers and ad networks that show ads on this site; they receive your IP address when they do.',
  },
  {
    preferencesTitle: 'Preferencias de cookies',
    preferencesIntro: 'Elija qué puede usar este sitio. Puede cambiar su elección en cualquier momento desde la configuración de cookies.',
    save: 'Guardar mis preferencias',
    close: 'Cerrar',
    alwaysOn: 'Siempre activas',
    sensitive:
      'Esta es una página de salud: la analítica y la publicidad quedan desactivadas aquí, elija lo que elija, para que ningún rastreador sepa qué página lee.',
    consentId: 'Su ID de consentimiento:',
    vendor: 'Proveedor',
    purpose: 'Finalidad',
    cookies: 'Cookies utilizadas',
    privacy: 'Política de privacidad',
    none: 'Ninguna',
    sale: 'Vende o comparte sus datos',
    saleYes: 'Sí, para publicidad; desactivado mientras su navegador envíe Control Global de Privacidad',
    'necessary.label': 'Estrictamente necesarias',
    'necessary.description': 'Cookies de sesión y registros del servidor que hacen funcionar el sitio y lo mantienen seguro. No se pueden desactivar.',
    'preferences.label': 'Preferencias',
    'preferences.description': 'Cookies persistentes que recuerdan sus elecciones, para que no tenga que volver a introducirlas en su próxima visita.',
    'analytics.label': 'Analítica',
    'analytics.description':
      'Datos de uso anónimos y balizas web (gifs transparentes) que muestran cómo se usa el sitio, como las páginas vistas y el total de visitantes.',
    'advertising.label': 'Publicidad',
    'advertising.description': 'Servidores y redes de anuncios de terceros que muestran anuncios en este sitio; reciben su dirección IP cuando lo hacen.',
  },
);

export type PreferencesStringKey = keyof (typeof preferencesStrings)['en'];
