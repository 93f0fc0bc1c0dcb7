// Providers first: a context consumer defined before its provider never receives the value.
export { ClinicProvider } from './components/clinic-provider/define.js';
export { MedicalDisclaimer } from './components/medical-disclaimer/define.js';
export { disclaimerVariants, type DisclaimerVariant } from './components/medical-disclaimer/medical-disclaimer.js';
export * from './core/index.js';
export { builtInDocumentNames, isBuiltInDocumentName, loadBuiltInDocument, type BuiltInDocumentName } from './content/index.js';
