// Issue 3: a post that carries an identifier is held. Its author sees the number highlighted
// (before posting, in the preview, and after); nobody else sees it on any page until a
// moderator redacts it from the queue, and then only "[removed: PHONE]" is shown.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  MOD, allMail, expectBanner, flash, join, launch, login, members, newThread, openingPostId,
  previewThread, queueItem, reply, session, submit, visit,
} from './lib.mjs';

const SLUG = 'long-covid';
const PHONE = '555-867-5309';

function assertQuiet(...guards) {
  const noisy = guards.flatMap((g) => g.events).filter((e) => e.kind !== 'dialog');
  assert.deepEqual(noisy, [], 'the browser saw errors');
}

/** The visible text of the page's main content. */
const mainText = (page) => page.locator('main').innerText();

describe('privacy journey: a phone number is held, then redacted', { timeout: 120_000 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('the author sees it highlighted; others never see it; a moderator redacts it', async () => {
    const [author, reader] = await members(browser, ['author', 'reader']);
    const moderator = await session(browser);
    try {
      const a = author.page;
      await join(a, SLUG);
      const title = `Walking buddy wanted ${author.person.handle.slice(-6)}`;
      const body = `Anyone near the lake path fancy a slow walk? Text or call me at ${PHONE} in the evenings.`;

      // Preview: the number is highlighted as a phone number, nothing is saved yet.
      const preview = await previewThread(a, SLUG, { title, body });
      assert.equal(preview.status(), 200);
      assert.equal(new URL(a.url()).pathname, `/c/${SLUG}/new`);
      const section = a.locator('section.preview');
      assert.match(await section.innerText(), /This would be held for privacy review/);
      const mark = section.locator('mark.pii');
      assert.equal(await mark.count(), 1);
      assert.equal(await mark.getAttribute('data-kind'), 'PHONE');
      assert.match(await mark.innerText(), new RegExp(PHONE));
      assert.ok(await mark.isVisible(), 'the highlight is visible');
      assert.equal(await a.inputValue('#title'), title, 'the preview keeps the title');
      assert.equal(await a.inputValue('#body'), body, 'the preview keeps the text');
      await expectBanner(a);

      // Post it anyway: held, highlighted for the author.
      const threadId = await newThread(a, SLUG, { title, body });
      const postId = await openingPostId(a);
      const held = a.locator(`article#p${postId}`);
      assert.match(await held.locator('.privacy-review').innerText(), /Held for privacy review/);
      assert.match(await held.locator('.badge-held').innerText(), /Awaiting moderator review/);
      const heldMark = held.locator('.held-text mark.pii');
      assert.equal(await heldMark.getAttribute('data-kind'), 'PHONE');
      assert.match(await heldMark.innerText(), new RegExp(PHONE));
      await expectBanner(a);

      // A held reply inside a published discussion: the discussion shows, the reply does not.
      const openThread = await newThread(a, SLUG, {
        title: `Pacing tips ${author.person.handle.slice(-6)}`,
        body: 'Pacing with a heart-rate watch has helped me more than anything else.',
      });
      const heldReply = await reply(a, openThread, `My physio said to ring her on ${PHONE} if I crash again.`);
      assert.equal(await a.locator(`article#p${heldReply} .held-text mark.pii`).count(), 1);

      // The second member: not on the thread, community, home or profile pages.
      const r = reader.page;
      await join(r, SLUG);
      const hidden = await visit(r, `/t/${threadId}`, { status: 404 });
      assert.equal(hidden.status(), 404);
      assert.ok(!(await mainText(r)).includes(PHONE));
      await expectBanner(r);
      for (const path of [`/c/${SLUG}`, '/', `/u/${author.person.handle}`]) {
        await visit(r, path);
        const text = await mainText(r);
        assert.ok(!text.includes(title), `${path} lists the held discussion`);
        assert.ok(!text.includes(PHONE), `${path} shows the number`);
        assert.equal(await r.locator(`a[href="/t/${threadId}"]`).count(), 0, `${path} links the held discussion`);
        await expectBanner(r);
      }
      await visit(r, `/t/${openThread}`);
      assert.equal(await r.locator(`article#p${heldReply}`).count(), 0, 'the held reply is hidden');
      assert.ok(!(await mainText(r)).includes(PHONE));
      await visit(r, `/p/${postId}`, { status: 404 });
      assert.ok(!(await r.content()).includes(PHONE), 'the number is nowhere in the HTML');

      // The moderator logs in and opens the queue.
      const m = moderator.page;
      await login(m, MOD);
      await submit(m, m.locator('.account-nav a[href="/mod/queue"]'));
      assert.equal(new URL(m.url()).pathname, '/mod/queue');
      await expectBanner(m);
      const item = queueItem(m, postId);
      assert.equal(await item.count(), 1, 'the held post is in the queue');
      assert.match(await item.innerText(), /held by the privacy filter/);
      assert.equal(await item.locator('.held-text mark.pii').getAttribute('data-kind'), 'PHONE');
      const box = item.locator('form.redact-form input[name="span"]');
      assert.equal(await box.count(), 1);
      assert.ok(await box.isChecked(), 'the finding is ticked for removal');
      assert.match(await item.locator('form.redact-form').innerText(), new RegExp(`PHONE: .${PHONE}.`));
      await submit(m, item.getByRole('button', { name: 'Redact and approve' }));
      assert.equal(new URL(m.url()).pathname, '/mod/queue');
      assert.match(await flash(m), /Decision saved/);
      assert.equal(await queueItem(m, postId).count(), 0, 'the item left the queue');
      // The held reply is still waiting.
      assert.equal(await queueItem(m, heldReply).count(), 1);

      // The second member now sees the discussion, with the number removed.
      await visit(r, `/t/${threadId}`);
      const published = r.locator(`article#p${postId}`);
      assert.match(await published.locator('.post-body').innerText(), /\[removed: PHONE\]/);
      assert.ok(!(await r.content()).includes(PHONE), 'the number is gone from the page');
      assert.equal(await published.locator('.badge-held').count(), 0);
      await expectBanner(r);
      for (const path of [`/c/${SLUG}`, '/', `/u/${author.person.handle}`]) {
        await visit(r, path);
        assert.ok((await mainText(r)).includes(title), `${path} lists the published discussion`);
        assert.ok(!(await mainText(r)).includes(PHONE), `${path} shows the number`);
      }
      await visit(r, `/u/${author.person.handle}`);
      assert.match(await mainText(r), /\[removed: PHONE\]/);

      // The author is told.
      await visit(a, '/account');
      assert.match(await mainText(a), /removed personal details from your post/);
      await visit(a, `/t/${threadId}`);
      assert.match(await a.locator(`article#p${postId} .post-body`).innerText(), /\[removed: PHONE\]/);

      // Nor in any email the server sent (confirmations, alerts, outcomes).
      for (const { file, text } of allMail()) {
        assert.ok(!text.includes(PHONE) && !text.includes('8675309'), `email ${file} carries the number`);
        assert.ok(!text.includes(body.slice(0, 40)), `email ${file} carries the post text`);
      }

      assertQuiet(author.guard, reader.guard, moderator.guard);
    } finally {
      await Promise.all([author.context.close(), reader.context.close(), moderator.context.close()]);
    }
  });

  test('live hints: a pause in typing says what would be held, before anything is sent', async () => {
    const [writer] = await members(browser, ['hinter']);
    try {
      const w = writer.page;
      await join(w, SLUG);
      await visit(w, `/c/${SLUG}/new`);
      await w.fill('#title', `Evening walks ${writer.person.handle.slice(-6)}`);
      await w.locator('#body').pressSequentially(`Happy to walk together, ring me on ${PHONE}`, { delay: 5 });
      const hint = w.locator('.privacy-hints .privacy-hint');
      await hint.waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await hint.innerText(), /a phone number/);
      assert.equal(await w.locator('.privacy-hints').getAttribute('aria-live'), 'polite');
      await w.fill('#body', 'Happy to walk together on the lake path, reply here.');
      await w.locator('#body').press('End');
      await w.locator('#body').pressSequentially(' Thanks!', { delay: 5 });
      await hint.waitFor({ state: 'detached', timeout: 10_000 });
      assert.equal(new URL(w.url()).pathname, `/c/${SLUG}/new`, 'nothing was posted');
      assertQuiet(writer.guard);
    } finally {
      await writer.context.close();
    }
  });
});
