// The gallery of a synthetic 10,000-model archive (tests/demo/syntheticarchive.h) in Debian's
// chromium: counts, search, a sort across every page, lazily rendered cards, a type filter.
//   CDM_ARCHIVE=<archive folder> PLAYWRIGHT_CORE=<path to playwright-core> node --test synthetic.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { launch, open, visibleTitles, shownCount } from './support.mjs';

const indexUrl = pathToFileURL(path.join(process.env.CDM_ARCHIVE, 'index.html')).href;

// The archive's rules (syntheticarchive.cpp): the expectations come from them, not from the page.
const COUNT = 10000;
// Its types LORA, Checkpoint, TextualInversion, LoCon and VAE, as the gallery names them.
const TYPES = ['LoRA', 'Checkpoint', 'Embedding', 'LyCORIS', 'VAE'];
const BASES = ['SDXL 1.0', 'SD 1.5', 'Pony', 'Flux.1 D', 'Illustrious'];
const models = Array.from({ length: COUNT }, (_, i) => ({
  i, name: `Lighthouse Style ${i}`, type: TYPES[i % 5], base: BASES[i % 5], downloads: (i * 7919) % 100000,
}));

let browser;
let context;
const pageErrors = [];
before(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
after(async () => { await browser?.close(); });

async function openIndex() {
  const { page, errors } = await open(context, indexUrl);
  pageErrors.push(errors); // checked by the last test: an error anywhere fails the run
  return page;
}
const renderedCards = (page) => page.locator('.card').count();

test('opens with all 10,000 models counted and only the first page of cards built', async () => {
  const start = Date.now();
  const page = await openIndex();
  const elapsed = Date.now() - start;
  assert.deepEqual(await shownCount(page), [COUNT, COUNT]);
  const headings = await page.$$eval('.group h2', (nodes) => nodes.map((n) => n.textContent));
  assert.deepEqual(headings.sort(), TYPES.map((t) => `${t} (${(COUNT / 5).toLocaleString("en")})`).sort());
  assert.match(await page.textContent('#overview'), /Models: 10,000/);
  // Civitai's usual download address is left out of models.js and rebuilt from the version id.
  const downloads = await page.$$eval('.card .links a', (links) =>
    links.filter((a) => a.textContent === 'Download').map((a) => a.href));
  assert.ok(downloads.length > 0 && downloads.every((href) => href === 'https://civitai.com/api/download/models/1234567'),
    downloads.slice(0, 3).join(' '));
  const cards = await renderedCards(page);
  assert.ok(cards > 0 && cards <= 200, `${cards} cards built at first`);
  const loading = await page.$$eval('.card .cover img', (images) => images.map((image) => image.loading));
  assert.equal(loading.length, cards);
  assert.ok(loading.every((value) => value === 'lazy'));
  // Its placeholder covers are not pictures: the cover stays blank, without a broken-image icon.
  await page.waitForSelector('.card .cover.broken');
  assert.ok(elapsed < 15000, `ready after ${elapsed} ms`);
});

test('scrolling builds further pages of cards', async () => {
  const page = await openIndex();
  const first = await renderedCards(page);
  for (let round = 0; round < 3; ++round) {
    const before = await renderedCards(page);
    await page.mouse.wheel(0, 100000);
    await page.waitForFunction((n) => document.querySelectorAll('.card').length > n, before);
  }
  assert.ok(await renderedCards(page) >= first + 3 * 60 || (await renderedCards(page)) > first * 3);
});

test("searching one model's name or trigger word finds exactly it", async () => {
  const page = await openIndex();
  await page.fill('#search', 'Lighthouse Style 4321');
  assert.deepEqual(await visibleTitles(page), ['Lighthouse Style 4321 – v2.0']);
  assert.deepEqual(await shownCount(page), [1, COUNT]);
  await page.fill('#search', 'BEACON_07777');
  assert.deepEqual(await visibleTitles(page), ['Lighthouse Style 7777 – v2.0']);
  await page.fill('#search', '');
  assert.deepEqual(await shownCount(page), [COUNT, COUNT]);
});

test('comma terms must all match', async () => {
  const page = await openIndex();
  await page.selectOption('#sort', 'name-asc');
  await page.fill('#search', 'lighthouse style 12, pony');
  const expected = models.filter((m) => m.name.toLowerCase().includes('lighthouse style 12') && m.base === 'Pony')
    .map((m) => `${m.name} – v2.0`).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  assert.equal(expected.length, 23); // 12; 122, 127; 1202 ... 1297
  assert.deepEqual(await visibleTitles(page), expected);
  assert.deepEqual(await shownCount(page), [expected.length, COUNT]);
});

// Every card of 10,000 takes minutes to scroll through; the first three pages of a group of
// 2,000, both ways, must be that group's extremes: sorted over the whole of it, not page by page.
test('a sort order holds across the whole collection, beyond the first page', async () => {
  const page = await openIndex();
  for (const [order, direction] of [['downloads-asc', 1], ['downloads-desc', -1]]) {
    await page.selectOption('#sort', order);
    while ((await renderedCards(page)) < 180) {
      const before = await renderedCards(page);
      await page.mouse.wheel(0, 100000);
      await page.waitForFunction((n) => document.querySelectorAll('.card').length > n, before);
    }
    const group = await page.$eval('.group', (section) => ({
      type: section.querySelector('h2').firstChild.textContent.trim(),
      downloads: [...section.querySelectorAll('.card')].map((card) =>
        Number(card.querySelector('.meta:nth-of-type(2)').textContent.match(/^([\d,]+) downloads/)[1].replace(/,/g, ''))),
    }));
    const expected = models.filter((m) => m.type === group.type).map((m) => m.downloads)
      .sort((a, b) => (a - b) * direction);
    assert.ok(group.downloads.length >= 180, `${group.downloads.length} cards`);
    assert.deepEqual(group.downloads, expected.slice(0, group.downloads.length), `${order} in ${group.type}`);
  }
});

test('a type filter shows that type only, with its count', async () => {
  const page = await openIndex();
  await page.selectOption('#type', 'Checkpoint');
  assert.deepEqual(await shownCount(page), [COUNT / 5, COUNT]);
  const headings = await page.$$eval('.group:not([hidden]) h2', (nodes) => nodes.map((n) => n.textContent));
  assert.deepEqual(headings, [`Checkpoint (${(COUNT / 5).toLocaleString("en")})`]);
  const metas = await page.$$eval('.card .meta:nth-of-type(1)', (nodes) => nodes.map((n) => n.textContent));
  assert.ok(metas.length > 0 && metas.every((meta) => meta.startsWith('Checkpoint · ')));
  assert.match(await page.textContent('#filters-toggle'), /Filters \(1\)/);
});

test('no page raised an error', () => {
  assert.deepEqual(pageErrors.flat(), []);
});
