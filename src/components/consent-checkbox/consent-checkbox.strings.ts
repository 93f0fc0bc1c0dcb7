import { defineMessages } from '../../core/i18n/messages.js';

/** The built-in statements (one per purpose) and the element's other words. `{clinic}` is the clinic's name. */
export const consentCheckboxStrings = defineMessages(
  'consent-checkbox',
  {
    'email-marketing':
      'Yes, {clinic} may send me emails about offers, events and news. This is optional and separate from the Terms of Use; I can unsubscribe at any time with the link in every email.',
    sms: 'Yes, {clinic} may send me text messages about offers and news. This is optional; message and data rates may apply. Reply STOP to any message to stop them.',
    'photo-release':
      'I authorize {clinic} to use photos and videos of me taken for my treatment, without my name, for the uses I tick below. This is optional: my care does not depend on it.',
    'health-data':
      'I consent to {clinic} collecting the health information I give in this form (such as the procedure I ask about and my medical history) to answer my request and arrange my care. It is never sold. I can withdraw this consent at any time.',
    noStatement: 'This consent has no statement yet, so it cannot be given.',
    healthDataLink: 'Read our Consumer Health Data Policy (opens in a new tab)',
    releaseMedia: 'What may be used',
    releasePlaces: 'Where it may be shown',
    photos: 'Before-and-after photos',
    video: 'Video',
    website: 'This website',
    'social-media': 'Social media',
    print: 'Printed materials (brochures, advertising)',
    revoke: 'You can revoke this release at any time by telling {clinic}. Revoking stops new uses; it cannot recall what was already printed or posted.',
    required: 'Tick this box to continue.',
    requiredRelease: 'Choose at least one thing that may be used and one place where it may be shown.',
  },
  {
    'email-marketing':
      'Sí, {clinic} puede enviarme correos electrónicos sobre ofertas, eventos y novedades. Es opcional e independiente de los Términos de uso; puedo darme de baja en cualquier momento con el enlace de cada correo.',
    sms: 'Sí, {clinic} puede enviarme mensajes de texto sobre ofertas y novedades. Es opcional; pueden aplicarse tarifas de mensajes y datos. Responda STOP a cualquier mensaje para dejar de recibirlos.',
    'photo-release':
      'Autorizo a {clinic} a usar fotos y videos míos tomados para mi tratamiento, sin mi nombre, para los usos que marco abajo. Es opcional: mi atención no depende de ello.',
    'health-data':
      'Doy mi consentimiento para que {clinic} recopile la información de salud que doy en este formulario (como el procedimiento por el que pregunto y mi historial médico) para responder a mi solicitud y organizar mi atención. Nunca se vende. Puedo retirar este consentimiento en cualquier momento.',
    noStatement: 'Este consentimiento aún no tiene texto, así que no se puede dar.',
    healthDataLink: 'Lea nuestra Política de datos de salud del consumidor (se abre en una pestaña nueva)',
    releaseMedia: 'Qué se puede usar',
    releasePlaces: 'Dónde se puede mostrar',
    photos: 'Fotos de antes y después',
    video: 'Video',
    website: 'Este sitio web',
    'social-media': 'Redes sociales',
    print: 'Material impreso (folletos, publicidad)',
    revoke:
      'Puede revocar esta autorización en cualquier momento avisando a {clinic}. Revocarla detiene los usos nuevos; no puede retirar lo que ya se imprimió o publicó.',
    required: 'Marque esta casilla para continuar.',
    requiredRelease: 'Elija al menos algo que se pueda usar y un lugar donde se pueda mostrar.',
  },
);

export type ConsentCheckboxStringKey = keyof (typeof consentCheckboxStrings)['en'];
