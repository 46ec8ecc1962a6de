import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkbox, escapeHtml, html, pageOf, pager, screenUrl, table, tabs, withQuery } from './html';
import { grid, textOf } from './test-support';

describe('the screens’ HTML helpers', () => {
  it('escape every value put into a template, in text and in attributes', () => {
    const name = `<script>alert("x")</script> & 'quotes'`;
    const out = html`<a title="${name}">${name}</a>`.text;
    assert.equal(
      out,
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</a>',
    );
    assert.equal(escapeHtml('a<b'), 'a&lt;b');
  });

  it('keep markup made by the tag as it is, and render lists, numbers and nothing', () => {
    const inner = html`<b>${'<i>'}</b>`;
    assert.equal(
      html`${inner}|${[1, 'a<', inner]}|${undefined}${null}${false}`.text,
      '<b>&lt;i&gt;</b>|1a&lt;<b>&lt;i&gt;</b>|',
    );
  });

  it('build screen links with each segment encoded, and queries without the empty filters', () => {
    assert.equal(screenUrl('customers', 'C0/1 <x>', 'contacts'), '/ui/customers/C0%2F1%20%3Cx%3E/contacts');
    assert.equal(
      withQuery('/ui/logs', { actionType: 'Customer Sync', level: '', page: 2 }),
      '/ui/logs?actionType=Customer+Sync&page=2',
    );
    assert.equal(withQuery('/ui/logs', { level: undefined }), '/ui/logs');
  });

  it('draw a grid with a header row and one row per record, or the empty message', () => {
    const columns = [
      { label: 'Name', cell: (row: { name: string; on: boolean }) => row.name },
      { label: 'On', cell: (row: { name: string; on: boolean }) => checkbox(row.on), className: 'check' },
    ];
    const full = table(
      'People',
      columns,
      [
        { name: '<b>Ann</b>', on: true },
        { name: 'Bo', on: false },
      ],
      'Nobody.',
    );
    assert.deepEqual(grid(full.text, 'People'), {
      columns: ['Name', 'On'],
      rows: [
        ['<b>Ann</b>', '☑'],
        ['Bo', '☐'],
      ],
    });
    const empty = table('People', columns, [], 'Nobody <here>.');
    assert.deepEqual(grid(empty.text, 'People').rows, []);
    assert.match(empty.text, /Nobody &lt;here&gt;\./);
  });

  it('mark the active tab and grey out the tabs without a link', () => {
    const bar = tabs([{ label: 'General', href: '/ui/a', active: true }, { label: 'Financial' }]).text;
    assert.match(bar, /<a class="tab active" aria-current="page" href="\/ui\/a">General<\/a>/);
    assert.match(bar, /<span class="tab disabled" title="Not emulated by this mock">Financial<\/span>/);
  });

  it('cut a list into pages and say which rows a page shows', () => {
    const items = Array.from({ length: 205 }, (_, i) => i + 1);
    const third = pageOf(items, 3, 100);
    assert.deepEqual([third.rows, third.first, third.last, third.pages], [[201, 202, 203, 204, 205], 201, 205, 3]);
    assert.equal(pageOf(items, 99, 100).page, 3, 'a page past the end shows the last one');
    assert.deepEqual([pageOf([], 1, 100).first, pageOf([], 1, 100).last], [0, 0]);
    const links = pager(pageOf(items, 2, 100), (page) => `/ui/x?page=${page}`).text;
    assert.equal(textOf(links), 'Rows 101–200 of 205 |< < > >|');
    assert.match(links, /href="\/ui\/x\?page=1" aria-label="Previous page"/);
    assert.match(links, /href="\/ui\/x\?page=3" aria-label="Next page"/);
  });
});
