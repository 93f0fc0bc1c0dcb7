// Stands in for a live-chat vendor's widget, held back by the page until the visitor allows the
// clinic's "Live chat" category (data-consent="service:chat"). Like a real widget it brings its own
// style sheet, sets a visitor cookie (declared on <consent-service name="chat">, so withdrawing
// deletes it) and adds a "Chat with us" button in the corner. No message goes anywhere.
(() => {
  if (document.querySelector('.stand-in-chat')) return;
  const base = document.currentScript?.src ?? location.href;
  document.cookie = `_chat_visitor=${Math.random().toString(36).slice(2, 10)}; path=/; max-age=${30 * 86_400}; samesite=lax`;

  const make = (tag, attributes, ...children) => {
    const created = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
    created.append(...children);
    return created;
  };
  const title = make('h2', { id: 'stand-in-chat-title' }, 'Chat with Miller Plastic Surgery');
  const close = make('button', { type: 'button', class: 'stand-in-chat-close', 'aria-label': 'Close the chat' }, '×');
  const panel = make(
    'section',
    { id: 'stand-in-chat-panel', class: 'stand-in-chat-panel', 'aria-labelledby': 'stand-in-chat-title' },
    title,
    make('p', {}, 'Stand-in for a chat widget: a real one would open a conversation with a patient coordinator here.'),
    make('p', {}, 'Call ', make('a', { href: 'tel:+13055550100' }, '(305) 555-0100'), ' Monday to Friday, 9 am to 5 pm.'),
    close,
  );
  panel.hidden = true;
  // A speech bubble, drawn with the DOM (no image to fetch, no inline style).
  const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [name, value] of Object.entries({ viewBox: '0 0 20 20', width: '18', height: '18', 'aria-hidden': 'true', focusable: 'false' }))
    icon.setAttribute(name, value);
  const bubble = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  bubble.setAttribute('d', 'M3 3h14a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H8l-4 3v-3H3a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z');
  bubble.setAttribute('fill', 'currentColor');
  icon.append(bubble);
  const launcher = make(
    'button',
    { type: 'button', class: 'stand-in-chat-launcher', 'aria-expanded': 'false', 'aria-controls': panel.id },
    icon,
    'Chat with us',
  );
  const widget = make('div', { class: 'stand-in-chat' }, panel, launcher);

  const toggle = (open) => {
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    (open ? close : launcher).focus();
  };
  launcher.addEventListener('click', () => toggle(panel.hidden));
  close.addEventListener('click', () => toggle(false));
  panel.addEventListener('keydown', (event) => event.key === 'Escape' && toggle(false));

  // Shown once its style sheet is in, so the button never flashes unstyled at the end of the page.
  const style = make('link', { rel: 'stylesheet', href: new URL('chat-widget.css', base).href });
  style.addEventListener('load', () => document.body.append(widget), { once: true });
  document.head.append(style);
})();
