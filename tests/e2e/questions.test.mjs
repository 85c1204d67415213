// Issue 16: a member asks for a clinician's view; a verified clinician finds the question from
// the header's "Questions" on /questions, answers it in place (the reply carries the clinician
// note), the asker marks it answered, and the community's figures and the staff page update.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  ADMIN, MOD, expectBanner, flash, join, launch, login, members, screenshot, session, submit,
  visit,
} from './lib.mjs';

const SLUG = 'type-2-diabetes';
const SHOTS = 'questions';
const mainText = (page) => page.locator('main').innerText();

/** The member applies for verification and the admin approves it from the admin page. */
async function verify(browser, clinician) {
  const p = clinician.page;
  await visit(p, '/clinicians/apply');
  await p.selectOption('#profession', 'Physician');
  await p.fill('#specialty', 'Endocrinology');
  await p.fill('#licence_number', 'MD-771204');
  await p.fill('#jurisdiction', 'Ohio State Medical Board');
  await submit(p, 'form[action="/clinicians/apply"] button[type="submit"]');
  const admin = await session(browser);
  try {
    await login(admin.page, ADMIN);
    await visit(admin.page, '/admin/clinicians');
    const card = admin.page.locator('article.application', { hasText: clinician.person.handle })
      .filter({ has: admin.page.locator('form[action$="/approve"]') });
    await submit(admin.page, card.getByRole('button', { name: 'Approve' }));
  } finally {
    await admin.context.close();
  }
}

describe('questions journey: ask, find, answer, mark answered, figures', { timeout: 150_000 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a member asks, a clinician answers from /questions, the asker marks it answered', async () => {
    const [asker, clinician] = await members(browser, ['asker', 'endo']);
    const moderator = await session(browser);
    try {
      // The asker ticks "I'd like a clinician's view"; the form says what answers are.
      const a = asker.page;
      await join(a, SLUG);
      await visit(a, `/c/${SLUG}/new`);
      assert.match(await mainText(a), /general information, not personal medical advice/);
      const title = `Morning highs ${asker.person.handle.slice(-6)}`;
      await a.fill('#title', title);
      await a.fill('#body', 'My fasting readings are higher than at bedtime. Is that common?');
      await a.check('input[name="question"]');
      await screenshot(a, SHOTS, 'ask');
      await submit(a, `form[action="/c/${SLUG}/new"] button.primary`);
      const threadPath = new URL(a.url()).pathname;
      assert.match(threadPath, /^\/t\/\d+$/);
      assert.match(await mainText(a), /The author would like a clinician's view/);

      // The clinician (never a member of the community) finds it from the header.
      await verify(browser, clinician);
      const c = clinician.page;
      await visit(c, '/');
      const nav = c.locator('.account-nav a.questions-link');
      assert.equal(await nav.count(), 1, 'a Questions entry for verified clinicians');
      assert.match(await nav.innerText(), /Questions\s+\d+/, 'with the count waiting');
      await submit(c, nav);
      assert.equal(new URL(c.url()).pathname, '/questions');
      await expectBanner(c);
      const row = c.locator('.question-list li', { hasText: title });
      assert.equal(await row.count(), 1, 'the question is on the list');
      assert.match(await row.innerText(), /waiting/);
      await screenshot(c, SHOTS, 'clinician-list');

      // Answering in place: the reminder first, the clinician note on the reply.
      await submit(c, row.getByRole('link', { name: 'Answer' }));
      assert.equal(new URL(c.url()).pathname, threadPath);
      assert.match(await c.locator('.clinician-reminder').innerText(), /not personal medical advice/);
      await c.fill('#body', 'In general, higher fasting readings can come from hormones released in the early morning. A log of readings helps your own care team advise you.');
      await submit(c, `form[action="${threadPath}/reply"] button.primary`);
      const answer = c.locator('article.post', { hasText: 'hormones released' });
      assert.match(await answer.locator('.clinician-note').innerText(), /General information from a verified clinician/);
      await screenshot(c, SHOTS, 'clinician-answered');
      await visit(c, '/questions?waiting=no_clinician_reply');
      assert.equal(await c.locator('.question-list li', { hasText: title }).count(), 0, 'answered by a clinician');

      // The asker sees it answered and marks it so; it leaves the clinician's list.
      await visit(a, threadPath);
      assert.match(await mainText(a), /Answered by a verified clinician/);
      await submit(a, a.getByRole('button', { name: 'Mark my question answered' }));
      assert.match(await flash(a), /Marked answered/);
      await screenshot(a, SHOTS, 'asker-marked-answered');
      await visit(c, '/questions');
      assert.equal(await c.locator('.question-list li', { hasText: title }).count(), 0, 'off the list');

      // The community's figures count it; staff see the week's chart.
      await visit(a, `/c/${SLUG}`);
      const figures = a.locator('section.responsiveness');
      assert.match(await figures.innerText(), /Median time to a clinician's reply/);
      assert.doesNotMatch(await figures.innerText(), /No questions in the last 30 days/);
      await screenshot(a, SHOTS, 'community-figures');
      await login(moderator.page, MOD);
      await visit(moderator.page, '/mod/queue');
      await submit(moderator.page, moderator.page.getByRole('link', { name: 'Response times' }));
      assert.equal(new URL(moderator.page.url()).pathname, '/mod/responsiveness');
      assert.ok(await moderator.page.locator('svg.chart rect.bar').count() >= 12, 'a bar per week');
      await screenshot(moderator.page, SHOTS, 'staff-response-times');
    } finally {
      for (const s of [asker, clinician, moderator]) await s.context.close();
    }
  });
});
