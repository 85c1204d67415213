// Live privacy hints while writing. After a pause in typing, the draft goes to
// POST /api/privacy/check (the same filter that holds posts on saving) and what it would hold
// is said under the field, so most identifiers go before the post is sent. Without this
// script the Preview button does the same. Only text is written into the page (textContent).
(function () {
  'use strict';

  const PAUSE_MS = 700;

  function csrfToken(form) {
    const input = form.querySelector('input[name="csrf_token"]');
    return input ? input.value : '';
  }

  function show(box, answer) {
    box.replaceChildren();
    if (!answer || !answer.hold) return;
    const note = document.createElement('p');
    note.className = 'privacy-hint';
    note.textContent = 'This would wait for a moderator: it seems to contain '
      + answer.labels.join(', ')
      + '. Remove it and your post is published at once.';
    box.append(note);
  }

  function watch(area) {
    const form = area.form;
    if (!form) return;
    const box = document.createElement('div');
    box.className = 'privacy-hints';
    box.setAttribute('aria-live', 'polite');
    area.insertAdjacentElement('afterend', box);
    let timer = null;
    let asked = 0;
    const check = async () => {
      const mine = ++asked;
      if (!area.value.trim()) {
        box.replaceChildren();
        return;
      }
      const title = form.querySelector('input[name="title"]');
      const draft = { text: area.value };
      if (title) draft.title = title.value;
      try {
        const response = await fetch('/api/privacy/check', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken(form) },
          body: JSON.stringify(draft),
        });
        if (response.ok && mine === asked) show(box, await response.json());
      } catch (_) {
        // Offline or refused: the Preview button still checks the draft.
      }
    };
    area.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(check, PAUSE_MS);
    });
  }

  document.querySelectorAll('textarea[data-privacy-check]').forEach(watch);
})();
