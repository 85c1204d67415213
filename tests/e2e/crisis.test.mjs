// Issue 12: a post that says its author may be at risk. The author sees the support panel
// before anything else (at Preview and after posting, on a desktop and a phone screen); a post
// naming a method is kept from other readers; the moderator finds the item at the top of the
// queue, answers with the supportive draft, and resolves it.
//
// The posts are synthetic and name a method only in the plainest words.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  MOD, allMail, expectBanner, join, launch, login, members, newThread, reply, screenshot,
  session, submit, visit,
} from './lib.mjs';

const SLUG = 'long-covid';
const SHOTS = 'crisis';
const IDEATION = 'Some days I honestly feel everyone would be better off without me and I want to die.';
const METHOD = 'I have the pills I saved ready and tonight I will end my life.';

function assertQuiet(...guards) {
  const noisy = guards.flatMap((g) => g.events).filter((e) => e.kind !== 'dialog');
  assert.deepEqual(noisy, [], 'the browser saw errors');
}

describe('crisis journey: support for the author, a human response from a moderator', { timeout: 150_000 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('the author sees crisis lines first, readers are shielded, a moderator responds', async () => {
    const [author, reader] = await members(browser, ['crisisauthor', 'crisisreader']);
    const moderator = await session(browser);
    try {
      const a = author.page;
      await join(a, SLUG);
      const threadId = await newThread(a, SLUG, {
        title: `Bad week ${author.person.handle.slice(-6)}`,
        body: 'The fatigue has been relentless this week and I am struggling to keep going.',
      });

      // Preview: the panel comes before anything else; nothing is saved.
      await visit(a, `/t/${threadId}`);
      await a.fill('#body', IDEATION);
      const preview = await submit(a, 'button[name="preview"]');
      assert.equal(preview.status(), 200);
      const panel = a.locator('.support-panel');
      assert.equal(await panel.count(), 1, 'the support panel at Preview');
      assert.match(await panel.innerText(), /You are not alone/);
      assert.match(await panel.innerText(), /emergency number/);
      assert.match(await panel.innerText(), /988/);
      assert.equal(await panel.getByRole('heading', { name: 'You are not alone' }).count(), 1, 'a heading screen readers find');
      await screenshot(a, SHOTS, 'preview-panel');

      // Posted: published as usual, the panel on top of the page it lands on.
      const ideationId = await reply(a, threadId, IDEATION);
      const first = await a.locator('main > *').first().getAttribute('class');
      assert.match(first || '', /support-panel/, 'the panel is the first thing on the page');
      await screenshot(a, SHOTS, 'author-panel-desktop');

      // A post naming a method: kept from other readers, its author told kindly.
      await visit(a, `/t/${threadId}`);
      await a.setViewportSize({ width: 390, height: 844 });
      const methodId = await reply(a, threadId, METHOD);
      assert.match(await a.locator('.support-panel').innerText(), /A moderator will look at your post soon/);
      await screenshot(a, SHOTS, 'author-panel-mobile');
      await a.setViewportSize({ width: 1280, height: 800 });

      const r = reader.page;
      await visit(r, `/t/${threadId}`);
      assert.equal(await r.locator(`article#p${ideationId}`).count(), 1, 'the ideation post is published');
      assert.match(await r.locator(`article#p${ideationId} .support-line`).innerText(), /988/);
      assert.equal(await r.locator(`article#p${methodId}`).count(), 0, 'the method post is kept from readers');
      assert.equal(await r.locator('.support-panel').count(), 0);
      assert.ok(!(await r.content()).includes('Crisis level'), 'readers never see a level');
      await expectBanner(r);

      // The moderator: at the top of the queue, imminent first.
      const m = moderator.page;
      await login(m, MOD);
      await visit(m, '/mod/queue');
      const items = m.locator('#crisis article.crisis-item');
      assert.ok((await items.count()) >= 2);
      assert.match(await items.first().locator('h3').innerText(), /Imminent risk/);
      const item = m.locator('article.crisis-item', { hasText: 'better off without me' });
      assert.equal(await item.count(), 1);
      await item.scrollIntoViewIfNeeded();
      await screenshot(m, SHOTS, 'moderator-item');
      await submit(m, item.getByRole('button', { name: 'Post this reply' }));
      assert.equal(new URL(m.url()).pathname, '/mod/queue');
      const answered = m.locator('article.crisis-item', { hasText: 'better off without me' });
      assert.match(await answered.innerText(), /Responded/);
      await submit(m, answered.getByRole('button', { name: 'Resolve' }));
      assert.equal(await m.locator('article.crisis-item', { hasText: 'better off without me' }).count(), 0);

      // The supportive reply is public in the thread.
      await visit(r, `/t/${threadId}`);
      assert.match(await r.locator('main').innerText(), /Thank you for telling us how you are feeling/);

      // No email carries the post text.
      for (const { file, text } of allMail()) {
        assert.ok(!text.includes('pills I saved') && !text.includes('better off without me'), `email ${file} carries post text`);
      }
      assertQuiet(author.guard, reader.guard, moderator.guard);
    } finally {
      await Promise.all([author.context.close(), reader.context.close(), moderator.context.close()]);
    }
  });
});
