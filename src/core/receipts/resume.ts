// What <clinic-provider> loads on demand to send the receipts an earlier page left queued. A module
// of its own, imported only with import(): record.js is imported statically by the elements that
// make receipts, and a bundler cannot split off a module that is also imported statically.
export { resumeDelivery } from './record.js';
