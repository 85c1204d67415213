// Keyboard shortcuts for the moderation queue. Every shortcut presses a button or follows a
// link that is already on the page, so the queue works the same without this script; the
// help lists the keys and appears only when they work. Keys typed into a field stay text.
(function () {
  'use strict';

  const items = Array.from(document.querySelectorAll('article.queue-item'));
  const help = document.getElementById('shortcut-help');
  if (items.length === 0 || !help) return;
  help.hidden = false;
  let current = -1;

  function select(index) {
    if (index < 0 || index >= items.length) return;
    if (current >= 0) items[current].classList.remove('current');
    current = index;
    const item = items[current];
    item.classList.add('current');
    item.focus();
    item.scrollIntoView({ block: 'nearest' });
  }

  function inItem(selector) {
    return current >= 0 ? items[current].querySelector(selector) : null;
  }

  function press(selector) {
    const button = inItem(selector);
    if (button) button.form.requestSubmit(button);
  }

  function typing(target) {
    return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
  }

  const actions = {
    j: () => select(current + 1),
    k: () => select(Math.max(current - 1, 0)),
    x: () => {
      const box = inItem('input[name="item"]');
      if (box) box.checked = !box.checked;
    },
    a: () => press('form[action$="/approve"] button[type="submit"]'),
    d: () => press('form[action$="/redact"] button[type="submit"]'),
    r: () => {
      const reason = inItem('form[action$="/reject"] input[name="reason"]');
      if (reason) reason.focus();
    },
    o: () => {
      const link = inItem('a.open-in-thread');
      if (link) window.location.assign(link.href);
    },
    '?': () => {
      help.hidden = !help.hidden;
    },
  };

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    if (current < 0 && event.key !== '?') {
      select(0);
      if (event.key === 'j' || event.key === 'k') return;
    }
    action();
  });

  items.forEach((item, index) => {
    item.addEventListener('focusin', () => {
      if (current !== index) {
        if (current >= 0) items[current].classList.remove('current');
        current = index;
        item.classList.add('current');
      }
    });
  });
})();
