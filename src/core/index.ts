// `clinic-elements/core.js`: the logic without UI (no Lit). The Lit support the elements share
// (provider context, locale controller, theme, defineOnce) is exported from the package root.
export * from './eager.js';
export * from './on-demand.js';
