// Issue 15 in the browser: a member searches from the header box on any page and from a
// community page, sees the words marked in escaped snippets, and a visitor never finds a
// members-only discussion.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  expectBanner, join, launch, members, newThread, screenshot, session, submit, visit,
} from './lib.mjs';

const MEMBERS_ONLY = 'breast-cancer';

describe('search', { timeout: 120_000 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('the header box finds published words, marked; members-only stays with members', async () => {
    const [author] = await members(browser, ['searcher']);
    const visitor = await session(browser);
    const word = `zolmi${author.person.handle.slice(-6).replace(/[^a-z]/g, 'q')}`;
    try {
      const community = 'long-covid';
      await join(author.page, community);
      const open = await newThread(author.page, community, {
        title: `Spacers and ${word}`,
        body: `Has anyone tried ${word} <b>with</b> a spacer before bed?`,
      });
      await join(author.page, MEMBERS_ONLY);
      await newThread(author.page, MEMBERS_ONLY, {
        title: `Private ${word} question`,
        body: `Only members should read this ${word} note.`,
      });

      for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
        await visitor.page.setViewportSize(viewport);
        await visit(visitor.page, '/');
        await visitor.page.fill('#header-q', word);
        await submit(visitor.page, '.header-search button');
        await expectBanner(visitor.page);
        const links = await visitor.page.locator('.search-hit .hit-title a').evaluateAll(
          (as) => as.map((a) => a.getAttribute('href')),
        );
        assert.deepEqual(links, [`/t/${open}`], 'the public discussion only');
        const marks = await visitor.page.locator('.search-hit mark').allInnerTexts();
        assert.ok(marks.length >= 2 && marks.every((m) => m.toLowerCase() === word), marks.join());
        assert.equal(await visitor.page.locator('.snippet b').count(), 0, 'typed markup is text');
        assert.match(await visitor.page.locator('.snippet').first().innerText(), /<b>with<\/b>/);
        await screenshot(visitor.page, 'search', `visitor-${viewport.width}`);
      }

      await visit(author.page, `/c/${MEMBERS_ONLY}`);
      await author.page.fill('#community-q', word);
      await submit(author.page, '.community-search button');
      const own = await author.page.locator('.search-hit .hit-title').allInnerTexts();
      assert.equal(own.length, 1, 'search this community');
      assert.match(own[0], /Private/);
      const noisy = [author, visitor].flatMap((s) => s.guard.events).filter((e) => e.kind !== 'dialog');
      assert.deepEqual(noisy, [], 'the browser saw errors');
    } finally {
      await Promise.all([author.context.close(), visitor.context.close()]);
    }
  });
});
