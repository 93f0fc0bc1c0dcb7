import type { InputType } from 'storybook/internal/types';

/** The `theme` and `lang` controls every element shares. */
export const themeArgType: InputType = {
  type: 'string',
  control: 'select',
  options: [undefined, 'light', 'dark', 'auto'],
  description: '`light`, `dark` or `auto`. Unset: the surrounding `<clinic-provider>` decides.',
  table: { category: 'attributes' },
};

export const langArgType: InputType = {
  type: 'string',
  control: 'select',
  options: [undefined, 'en', 'es'],
  description: 'Standard `lang` attribute: the language of the controls. Unset: the closest ancestor with `lang`, then `<html lang>`.',
  table: { category: 'attributes' },
};
