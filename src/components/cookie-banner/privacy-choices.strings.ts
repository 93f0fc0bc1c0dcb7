import { defineMessages } from '../../core/i18n/messages.js';

/** The words of a "Your Privacy Choices" entry point (`data-privacy-choices`), loaded with it. */
export const choicesStrings = defineMessages('privacy-choices', { label: 'Your Privacy Choices' }, { label: 'Sus opciones de privacidad' });
