// Issue 17: queue work at scale. A moderator ticks several held posts and approves them with
// one button, works the queue from the keyboard (next, tick, reject with a reason, open in
// thread) with the help on screen, and the same ticking works with scripts switched off.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  BASE, MOD, flash, join, launch, login, members, queueItem, screenshot, staff, submit,
  visit,
} from './lib.mjs';

const SLUG = 'long-covid';
const SHOTS = 'queue';

/** Three held replies by one member on a discussion of their own; returns their ids. */
async function heldReplies(page, tag) {
  await join(page, SLUG);
  await visit(page, `/c/${SLUG}/new`);
  await page.fill('#title', `Pacing tips ${tag}`);
  await page.fill('#body', 'What helps you pace on a bad week?');
  await submit(page, `form[action="/c/${SLUG}/new"] button.primary`);
  const threadId = Number(new URL(page.url()).pathname.split('/').pop());
  const ids = [];
  for (const n of [1, 2, 3]) {
    await visit(page, `/t/${threadId}`);
    await page.fill('#body', `Held ${tag} ${n}: text me on 555-867-53${10 + n} for the group.`);
    await submit(page, `form[action="/t/${threadId}/reply"] button.primary`);
    const id = Number(new URL(page.url()).hash.replace('#p', ''));
    assert.ok(id > 0, `reply ${n} has an id`);
    ids.push(id);
  }
  return { threadId, ids };
}

describe('moderation queue: several at once, keyboard shortcuts', { timeout: 150_000 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('tick two and approve them, then reject the third from the keyboard', async () => {
    const [author] = await members(browser, ['queuer']);
    const moderator = await staff(browser, MOD);
    try {
      const { threadId, ids } = await heldReplies(author.page, author.person.handle.slice(-6));
      const m = moderator.page;
      await visit(m, '/mod/queue');
      const help = m.locator('#shortcut-help');
      assert.ok(await help.isVisible(), 'the shortcut help is on screen');
      assert.match(await help.innerText(), /next \/ previous item/);

      // Keyboard: j until the first of ours is current, x ticks it; the second the same way.
      for (const id of ids.slice(0, 2)) {
        for (let guard = 0; guard < 50; guard += 1) {
          const current = await m.locator('article.queue-item.current').getAttribute('id').catch(() => null);
          if (current === `q${id}`) break;
          await m.keyboard.press('j');
        }
        assert.equal(await m.locator('article.queue-item.current').getAttribute('id'), `q${id}`);
        await m.keyboard.press('x');
        assert.ok(await queueItem(m, id).locator('input[name="item"]').isChecked(), `x ticked ${id}`);
      }
      await m.keyboard.press('?');
      assert.ok(!(await help.isVisible()), '? hides the help');
      await m.keyboard.press('?');
      assert.ok(await help.isVisible(), 'and shows it again');
      await screenshot(m, SHOTS, 'ticked');
      await submit(m, m.getByRole('button', { name: 'Approve ticked' }));
      assert.match(await flash(m), /Decision saved/);
      for (const id of ids.slice(0, 2)) {
        assert.equal(await queueItem(m, id).count(), 0, `${id} left the queue`);
      }

      // r goes to the reason of the current item; Enter sends the rejection.
      const third = ids[2];
      await m.locator(`article.queue-item#q${third}`).focus();
      await m.keyboard.press('r');
      const reason = queueItem(m, third).locator('form[action$="/reject"] input[name="reason"]');
      assert.ok(await reason.evaluate((el) => el === document.activeElement), 'r focuses the reason');
      await reason.pressSequentially('Please share contact details privately, not here');
      await Promise.all([m.waitForNavigation({ waitUntil: 'load' }), m.keyboard.press('Enter')]);
      assert.match(await flash(m), /Decision saved/);
      assert.equal(await queueItem(m, third).count(), 0);

      // The author's view: two published, the third rejected with the reason.
      const a = author.page;
      await visit(a, `/t/${threadId}`);
      for (const id of ids.slice(0, 2)) {
        assert.equal(await a.locator(`article#p${id} .badge-held`).count(), 0, `${id} published`);
      }
      assert.match(await a.locator('main').innerText(), /Please share contact details privately/);
    } finally {
      await author.context.close();
      await moderator.context.close();
    }
  });

  test('o opens the current item in its thread', async () => {
    const [author] = await members(browser, ['opener']);
    const moderator = await staff(browser, MOD);
    try {
      const { threadId, ids } = await heldReplies(author.page, author.person.handle.slice(-6));
      const m = moderator.page;
      await visit(m, '/mod/queue');
      await m.locator(`article.queue-item#q${ids[0]}`).focus();
      await Promise.all([m.waitForNavigation({ waitUntil: 'load' }), m.keyboard.press('o')]);
      assert.equal(new URL(m.url()).pathname, `/t/${threadId}`);
      assert.ok(await m.locator(`article#p${ids[0]}`).isVisible(), 'staff see the held post in place');
    } finally {
      await author.context.close();
      await moderator.context.close();
    }
  });

  test('without scripts, ticking and one button still decide several items', async () => {
    const [author] = await members(browser, ['noscript']);
    const context = await browser.newContext({ baseURL: BASE, javaScriptEnabled: false });
    try {
      const { ids } = await heldReplies(author.page, author.person.handle.slice(-6));
      const m = await context.newPage();
      await login(m, MOD);
      await visit(m, '/mod/queue');
      assert.ok(!(await m.locator('#shortcut-help').isVisible()), 'no help for keys that do nothing');
      for (const id of ids) {
        await queueItem(m, id).locator('input[name="item"]').check();
      }
      await m.fill('#bulk-reason', 'Contact details go in private messages');
      await submit(m, m.getByRole('button', { name: 'Reject ticked' }));
      assert.match(await flash(m), /Decision saved/);
      for (const id of ids) {
        assert.equal(await queueItem(m, id).count(), 0, `${id} left the queue`);
      }
    } finally {
      await author.context.close();
      await context.close();
    }
  });
});
