// Held back by the cookie banner on the states page; runs once analytics is allowed.
document.documentElement.dataset.gatedScript = 'ran';
