// The mediator's whole flow in Debian's headless Chromium, by keyboard: log in, enter the code, see the
// screenshot, the problems and live help without scrolling at 1366x768, send a message without losing the
// page's place and see it listed until the device shows it, ask for a new screenshot and see it arrive,
// check 200 % zoom, close the case, export the month, type an offline code into the code box and find the
// case it became, switch to French.
// Run by console_browser_test.cpp, which plays the device; settings come from the environment.
'use strict';

const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const env = (name) => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

const base = env('FOYER_URL');
const shots = process.env.FOYER_SCREENSHOT_DIR || '';
const steps = [];

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function step(name) {
  steps.push(name);
  process.stdout.write(`step: ${name}\n`);
}

// Presses Tab until the element with this id has the focus: proof that it is reachable by keyboard.
async function tab_to(page, id, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((wanted) => document.activeElement && document.activeElement.id === wanted, id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`#${id} cannot be reached with the Tab key`);
}

async function tab_to_button(page, text, limit = 80) {
  for (let i = 0; i < limit; i++) {
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element && element.tagName === 'BUTTON' ? element.textContent.trim() : '';
    });
    if (focused === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`the button "${text}" cannot be reached with the Tab key`);
}

// Waits until the case page shows a loaded screenshot this many pixels wide.
async function screenshot_shown(page, width, timeout = 15000) {
  await page.waitForFunction((wanted) => {
    const img = document.querySelector('#screenshot');
    return img.complete && img.naturalWidth === wanted;
  }, width, { timeout });
}

async function snapshot(page, name) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

// The page as a mediator sees it on a laptop and on a large screen, in both languages (to be looked at);
// the page is left as it was found (English, 1366x768).
async function snapshots(page, context, name) {
  if (!shots) return;
  for (const language of ['en', 'fr']) {
    await context.addCookies([{ name: 'foyer_lang', value: language, url: base }]);
    for (const [width, height] of [[1366, 768], [1920, 1080]]) {
      await page.setViewportSize({ width, height });
      await page.reload();
      await page.waitForSelector(`html[lang=${language}]`);
      await snapshot(page, `${name}-${width}x${height}-${language}`);
    }
  }
  await context.addCookies([{ name: 'foyer_lang', value: 'en', url: base }]);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.reload();
}

// Whether each element lies wholly inside the window as it is now (nothing cut, nothing to scroll to).
async function in_view(page, selector) {
  return page.$$eval(selector, (elements) => elements.map((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight
      && box.right <= window.innerWidth;
  }));
}

async function main() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('dialog', (dialog) => { errors.push(`a dialog opened: ${dialog.message()}`); dialog.dismiss(); });

  try {
    step('log in with the keyboard');
    await page.goto(`${base}/console/login`);
    check(await page.evaluate(() => document.activeElement.id) === 'name', 'the name field should have the focus');
    await page.keyboard.type(env('FOYER_USER'));
    await page.keyboard.press('Tab');
    await page.keyboard.type(env('FOYER_PASSWORD'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/console`);
    check((await page.textContent('h1')) === 'Enter the code', 'the first heading should be "Enter the code"');
    check(await page.evaluate(() => document.activeElement.id) === 'code', 'the code field should have the focus');
    await snapshot(page, 'console-enter-code');

    step('enter the code as it is read on the phone');
    const code = env('FOYER_CODE');
    await page.keyboard.type(`${code.slice(0, 3)} ${code.slice(3, 6)} ${code.slice(6)}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/console\/cases\/\d+$/);
    const caseUrl = page.url();
    check((await page.textContent('h1')).includes(`${code.slice(0, 3)} ${code.slice(3, 6)} ${code.slice(6)}`), 'the case heading should show the code');

    step('see the screenshot, the problems and live help at 1366x768 without scrolling');
    const image = page.locator('#screenshot');
    await image.waitFor({ state: 'visible' });
    check(await image.evaluate((img, width) => img.complete && img.naturalWidth === width, Number(env('FOYER_FIRST_WIDTH'))),
      'the screenshot should be loaded');
    const geometry = await page.evaluate(() => {
      const shot = document.querySelector('#screenshot').getBoundingClientRect();
      const list = document.querySelector('.traffic-light').getBoundingClientRect();
      return { shotLeft: shot.left, shotWidth: shot.width, listLeft: list.left, scrolled: window.scrollY };
    });
    check(geometry.scrolled === 0, `the page opened scrolled by ${geometry.scrolled} px`);
    check(geometry.listLeft > geometry.shotLeft + geometry.shotWidth - 1, 'the findings should be beside the screenshot at 1366 px');
    check(geometry.shotWidth >= 400, `the screenshot should be large (it is ${geometry.shotWidth} px wide)`);
    const problems = '.findings > .traffic-light > li.status-fail, .findings > .traffic-light > li.status-warn';
    const problemsSeen = await in_view(page, problems);
    check(problemsSeen.length > 0, 'the report should show problems');
    check(problemsSeen.every(Boolean), `only ${problemsSeen.filter(Boolean).length} of ${problemsSeen.length} problems are in view without scrolling`);
    for (const id of ['screenshot', 'message', 'send-message', 'ask-screenshot', 'end-live']) {
      const [seen] = await in_view(page, `#${id}`);
      check(seen === true, `#${id} should be in view without scrolling at 1366x768`);
    }
    const first = await page.$eval('.findings > .traffic-light > li', (item) => item.getAttribute('data-finding'));
    check(first === 'system.activity', `"What the person was doing" should come first, not ${first}`);
    const statuses = await page.$$eval('.traffic-light > li', (items) => items.map((item) => item.className.replace('finding status-', '')));
    check(statuses.length === Number(env('FOYER_FINDINGS')), `expected ${env('FOYER_FINDINGS')} findings, saw ${statuses.length}`);
    const rank = { fail: 3, warn: 2, unknown: 1, ok: 0 };
    const problemStatuses = statuses.slice(1).filter((status) => status !== 'ok');
    for (let i = 1; i < problemStatuses.length; i++) check(rank[problemStatuses[i - 1]] >= rank[problemStatuses[i]], `findings out of order: ${statuses.join(', ')}`);
    check(problemStatuses[0] === 'fail', 'a failure should come first after what the person was doing');
    const fine = await page.$eval('#checks-fine', (details) => ({ open: details.open, summary: details.querySelector('summary').textContent,
      inside: details.querySelectorAll('li.status-ok').length }));
    check(!fine.open && fine.inside > 1 && fine.summary.includes(`${fine.inside} checks fine`),
      `the OK checks should fold into one closed line ("${fine.summary}", ${fine.inside} inside)`);
    const late = await page.textContent('#late-case');
    check(late.includes('Asked for help at') && late.includes('(arrived at') && late.includes(`Answers offline code ${env('FOYER_OFFLINE_CODE').slice(0, 4)} ${env('FOYER_OFFLINE_CODE').slice(4)}`),
      `the late case should say when she asked and the offline code it answers ("${late.trim()}")`);
    const injected = env('FOYER_INJECTED_TEXT');
    check((await page.textContent('.findings')).includes(injected), 'a report sentence with markup should show as plain text');
    check(await page.evaluate(() => window.__pwned === undefined), 'a script from the report ran');
    check(await page.evaluate(() => document.querySelectorAll('script').length === 1), 'the page should hold only its own script');
    await snapshot(page, 'console-case-1366');

    step('send a message by keyboard, stay in place, and see it listed until the device shows it');
    await tab_to(page, 'message');
    await page.keyboard.type(env('FOYER_MESSAGE'));
    await page.keyboard.press('Tab');
    await tab_to_button(page, 'Send the message');
    // Read down the findings a little, as a mediator does: that place must be kept.
    const place = await page.evaluate(() => { window.scrollTo(0, 120); window.__same_page = true; return window.scrollY; });
    check(place > 0, 'the case page should be long enough to scroll');
    await page.keyboard.press('Enter');
    await page.waitForFunction((text) => {
      const item = [...document.querySelectorAll('#messages-sent li')].find((li) => li.textContent.includes(text));
      return item && /^\d\d:\d\d$/.test(item.querySelector('.when').textContent) && item.querySelector('.shown').textContent === 'not shown yet';
    }, env('FOYER_MESSAGE'));
    check((await page.textContent('#message-news')).includes('The message was sent'), 'the page should confirm the message');
    const kept = await page.evaluate(() => ({ y: window.scrollY, same: window.__same_page === true, left: document.querySelector('#message').value }));
    check(kept.same, 'sending a message reloaded the page');
    check(kept.y === place, `sending a message moved the page from ${place} px to ${kept.y} px`);
    check(kept.left === '', 'the message box should be empty once the message is sent');
    // Only now may the device take the message (it holds its next poll until this file exists).
    fs.writeFileSync(env('FOYER_SHOWN_SIGNAL'), 'seen "not shown yet"\n');
    await page.waitForFunction(() => /^shown at \d\d:\d\d$/.test((document.querySelector('#messages-sent .shown') || {}).textContent || ''),
      null, { timeout: 20000 });
    check(await page.evaluate(() => window.__same_page === true && document.querySelector('#messages-sent .shown.yes') !== null),
      'the message should be marked shown in place');

    step('ask for a new screenshot and see it arrive without reloading');
    await page.focus('body');
    await tab_to(page, 'ask-screenshot');
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=screenshot_requested/);
    // A reload between now and the arrival would lose this mark.
    await page.evaluate(() => { window.__still_the_same_page = true; });
    // The page as it loaded shows the first screenshot still: the new one has not been sent yet.
    await screenshot_shown(page, Number(env('FOYER_FIRST_WIDTH')));
    // Only now may the device answer (it holds the screenshot until this file exists).
    fs.writeFileSync(env('FOYER_WAITING_SIGNAL'), 'waiting for the screenshot\n');
    const secondWidth = Number(env('FOYER_SECOND_WIDTH'));
    await screenshot_shown(page, secondWidth, 20000);
    check(await page.evaluate(() => window.__still_the_same_page === true), 'the page reloaded instead of showing the screenshot in place');
    check((await page.textContent('#screenshot-news')).includes('A new screenshot arrived.'), 'the arrival should be announced');
    await page.click('#checks-fine summary');
    await snapshots(page, context, 'console-case-live-late');
    await page.click('#checks-fine summary');
    await snapshot(page, 'console-case-ok-checks-open');

    step('stay readable at 200 % zoom');
    await page.setViewportSize({ width: 640, height: 450 });
    const zoomed = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: window.innerWidth,
      font: parseFloat(getComputedStyle(document.body).fontSize),
      shot: document.querySelector('#screenshot').getBoundingClientRect().width,
      list: document.querySelector('.traffic-light').getBoundingClientRect().top,
      below: document.querySelector('#screenshot').getBoundingClientRect().bottom,
    }));
    check(zoomed.scroll <= zoomed.width, `the page scrolls sideways at 200 % zoom (${zoomed.scroll} > ${zoomed.width})`);
    check(zoomed.font >= 20, `body text is ${zoomed.font} px`);
    check(zoomed.shot <= zoomed.width, 'the screenshot should fit the narrow window');
    check(zoomed.list >= zoomed.below, 'the findings should go below the screenshot when narrow');
    await snapshot(page, 'console-case-200-percent');
    await page.setViewportSize({ width: 1280, height: 900 });

    step('close the case with an activity note');
    await page.goto(caseUrl);
    await tab_to(page, 'note');
    await page.keyboard.type(env('FOYER_NOTE'));
    await page.keyboard.press('Tab');
    await tab_to_button(page, 'Close the case');
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=closed/);
    check((await page.textContent('.notice[role=status]')).includes('The case is closed.'), 'the page should confirm the closing');

    step('export the month as CSV');
    await page.goto(`${base}/console/export`);
    await tab_to_button(page, 'Download the CSV file');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    check(csv.includes(env('FOYER_NOTE')), 'the export should hold the activity note');
    check(csv.includes(`${code.slice(0, 3)} ${code.slice(3, 6)} ${code.slice(6)}`), 'the export should hold the case code');

    step('type an offline code into the code box and find the case it became');
    await page.goto(`${base}/console`);
    check(await page.evaluate(() => document.activeElement.id) === 'code', 'the code field should have the focus');
    const offline = env('FOYER_OFFLINE_CODE');
    await page.keyboard.type(`${offline.slice(0, 4)} ${offline.slice(4)}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/console/offline?code=${offline}`);
    check(await page.$('[role=alert]') === null, 'a recognised offline code should not be shown as an error');
    check(await page.inputValue('#offline-code') === offline, 'the offline page should carry the code typed');
    check((await page.textContent('main')).includes(env('FOYER_OFFLINE_SENTENCE')), 'the offline code should turn back into its sentence');
    check((await page.textContent('#offline-arrived')).includes(`This report has since arrived: case ${env('FOYER_CASE_SPOKEN')}`),
      'the offline page should name the case that arrived later');
    await snapshots(page, context, 'console-offline');
    await tab_to(page, 'arrived-case');
    await page.keyboard.press('Enter');
    await page.waitForURL(caseUrl);
    await page.goBack();
    await page.waitForSelector('#offline-arrived');

    step('switch to French');
    await page.click('a[lang=fr]');
    await page.waitForSelector('html[lang=fr]');
    check((await page.textContent('h1')) === 'Lire un code hors ligne', 'the page should be in French');
    await snapshot(page, 'console-offline-fr');

    check(errors.length === 0, `the pages reported errors: ${errors.join('; ')}`);
    process.stdout.write(`ok: ${steps.length} steps\n`);
  } catch (error) {
    process.stdout.write(`failed at "${steps[steps.length - 1]}": ${error.message}\n`);
    if (shots) await snapshot(page, 'console-failure').catch(() => {});
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.stdout.write(`failed: ${error.stack}\n`);
  process.exitCode = 1;
});
