// The mediator's whole flow in Debian's headless Chromium, by keyboard: log in, enter the code, see the
// screenshot and the findings, send a message, ask for a new screenshot and see it arrive, check 200 %
// zoom, close the case, export the month, read an offline code, switch to French.
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

async function snapshot(page, name) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

async function main() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', acceptDownloads: true });
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

    step('see the screenshot beside the findings, failures first');
    const image = page.locator('#screenshot');
    await image.waitFor({ state: 'visible' });
    check(await image.evaluate((img, width) => img.complete && img.naturalWidth === width, Number(env('FOYER_FIRST_WIDTH'))),
      'the screenshot should be loaded');
    const geometry = await page.evaluate(() => {
      const shot = document.querySelector('#screenshot').getBoundingClientRect();
      const list = document.querySelector('.traffic-light').getBoundingClientRect();
      return { shotLeft: shot.left, shotWidth: shot.width, listLeft: list.left, shotTop: shot.top, listTop: list.top };
    });
    check(geometry.listLeft > geometry.shotLeft + geometry.shotWidth - 1, 'the findings should be beside the screenshot at 1280 px');
    check(geometry.shotWidth >= 600, `the screenshot should be large (it is ${geometry.shotWidth} px wide)`);
    const statuses = await page.$$eval('.traffic-light > li', (items) => items.map((item) => item.className.replace('finding status-', '')));
    check(statuses.length === Number(env('FOYER_FINDINGS')), `expected ${env('FOYER_FINDINGS')} findings, saw ${statuses.length}`);
    const rank = { fail: 3, warn: 2, unknown: 1, ok: 0 };
    for (let i = 1; i < statuses.length; i++) check(rank[statuses[i - 1]] >= rank[statuses[i]], `findings out of order: ${statuses.join(', ')}`);
    check(statuses[0] === 'fail', 'a failure should come first');
    const injected = env('FOYER_INJECTED_TEXT');
    check((await page.textContent('.traffic-light')).includes(injected), 'a report sentence with markup should show as plain text');
    check(await page.evaluate(() => window.__pwned === undefined), 'a script from the report ran');
    check(await page.evaluate(() => document.querySelectorAll('script').length === 1), 'the page should hold only its own script');
    await snapshot(page, 'console-case-1280');

    step('send a message to the person by keyboard');
    await tab_to(page, 'message');
    await page.keyboard.type(env('FOYER_MESSAGE'));
    await page.keyboard.press('Tab');
    await tab_to_button(page, 'Send the message');
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=message_sent/);
    check((await page.textContent('.notice[role=status]')).includes('The message was sent'), 'the page should confirm the message');

    step('ask for a new screenshot and see it arrive without reloading');
    await page.focus('body');
    await tab_to(page, 'ask-screenshot');
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=screenshot_requested/);
    // The device takes a moment to answer; a reload in between would lose this mark.
    await page.evaluate(() => { window.__still_the_same_page = true; });
    const secondWidth = Number(env('FOYER_SECOND_WIDTH'));
    await page.waitForFunction((width) => {
      const img = document.querySelector('#screenshot');
      return img.complete && img.naturalWidth === width;
    }, secondWidth, { timeout: 20000 });
    check(await page.evaluate(() => window.__still_the_same_page === true), 'the page reloaded instead of showing the screenshot in place');
    check((await page.textContent('#screenshot-news')).includes('A new screenshot arrived.'), 'the arrival should be announced');

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

    step('read an offline code');
    await page.goto(`${base}/console/offline`);
    check(await page.evaluate(() => document.activeElement.id) === 'offline-code', 'the offline code field should have the focus');
    await page.keyboard.type(env('FOYER_OFFLINE_CODE'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('.traffic-light');
    check((await page.textContent('main')).includes(env('FOYER_OFFLINE_SENTENCE')), 'the offline code should turn back into its sentence');

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
