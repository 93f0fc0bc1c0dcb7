// Stands in for the Meta Pixel's script, held back by the page until the visitor allows it
// (data-consent="service:meta-pixel"). Like the real one it reports the page view by requesting a
// clear gif, which is never put in the page. Nothing leaves this site.
(() => {
  const base = document.currentScript?.src ?? location.href;
  new Image(1, 1).src = new URL('pixel.gif?ev=PageView', base).href;
})();
