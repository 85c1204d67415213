// Issue 19 in the browser: a member creates a personal access token on /account/tokens, a
// script reads a members-only discussion with it (and a visitor cannot), the member revokes
// it and the script is refused; the API's documentation page works offline.

import assert from 'node:assert/strict';
import { request } from 'playwright-core';
import { after, before, describe, test } from 'node:test';

import { BASE, inspect, join, launch, members, newThread, screenshot, submit, visit } from './lib.mjs';

const MEMBERS_ONLY = 'breast-cancer';

describe('personal access tokens and the API', { timeout: 120_000 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a token reads what its member reads until it is revoked', async () => {
    const [author] = await members(browser, ['apiauthor']);
    const script = await request.newContext({ baseURL: BASE });
    try {
      const page = author.page;
      await join(page, MEMBERS_ONLY);
      const threadId = await newThread(page, MEMBERS_ONLY, {
        title: `Radiotherapy tiredness ${author.person.handle.slice(-6)}`,
        body: 'The second week was the hardest for me.',
      });

      await visit(page, '/account');
      await page.getByRole('link', { name: 'API tokens' }).click();
      await page.waitForURL('**/account/tokens');
      await page.getByLabel('Name (what it is for)').fill('My reading app');
      await page.getByLabel('Read only').check();
      await submit(page, 'form#token-form button[type="submit"]');
      const token = await page.locator('#new-token').inputValue();
      assert.match(token, /^cc_pat_[0-9a-f]{64}$/);
      assert.deepEqual(await inspect(page, author.guard, 'token created'), []);
      await screenshot(page, 'api', 'token-created');

      const path = `/api/v1/threads/${threadId}`;
      const withToken = await script.get(path, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(withToken.status(), 200);
      assert.match((await withToken.json()).title, /Radiotherapy tiredness/);
      const anonymous = await script.get(path);
      assert.equal(anonymous.status(), 404);
      assert.equal(anonymous.headers()['content-type'], 'application/problem+json');

      await visit(page, '/account/tokens');
      assert.ok(!(await page.content()).includes(token), 'the token is never shown again');
      await submit(page, page.getByRole('button', { name: 'Revoke' }));
      assert.match(await page.locator('table.tokens').innerText(), /Revoked/);
      await screenshot(page, 'api', 'token-revoked');
      const revoked = await script.get(path, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(revoked.status(), 401);
    } finally {
      await script.dispose();
      await author.context.close();
    }
  });

  test('the documentation page lists the operations and loads nothing from elsewhere', async () => {
    const [reader] = await members(browser, ['apireader']);
    try {
      const outside = [];
      reader.page.on('request', (r) => {
        if (!r.url().startsWith(BASE)) outside.push(r.url());
      });
      await visit(reader.page, '/api/docs');
      const operations = await reader.page.locator('.api-operation h3').allInnerTexts();
      assert.ok(operations.includes('POST /api/v1/threads/{id}/replies'), operations.join('\n'));
      assert.ok(operations.includes('GET /api/v1/search'));
      assert.deepEqual(outside, []);
      await screenshot(reader.page, 'api', 'docs');
    } finally {
      await reader.context.close();
    }
  });
});
