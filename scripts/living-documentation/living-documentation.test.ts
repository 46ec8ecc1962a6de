import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { stepUsage } from '../../steps/support/step-usage';
import { renderLivingDocumentation } from './render';
import { buildRun, type RunDoc, type ScenarioDoc, type StepDoc } from './run-model';

const ROOT = join(__dirname, '..', '..');

function step(text: string, extra: Partial<StepDoc> = {}): StepDoc {
  return {
    keyword: 'Then',
    text,
    line: 1,
    comments: [],
    fromBackground: false,
    status: 'passed',
    attachments: [],
    ...extra,
  };
}

function scenario(name: string, tags: string[], steps: StepDoc[], extra: Partial<ScenarioDoc> = {}): ScenarioDoc {
  return {
    uri: 'features/x.feature',
    featureName: 'X',
    name,
    line: 3,
    description: '',
    tags,
    outline: false,
    run: { name, tags, status: 'passed', steps, hookFailures: [] },
    examples: [],
    status: 'passed',
    ...extra,
  };
}

/** The page with its white space collapsed (between tags, none), so that the checks need not follow its layout. */
const page = (...scenarios: ScenarioDoc[]): string =>
  collapse(
    renderLivingDocumentation({
      features: [{ uri: 'features/x.feature', name: 'X', description: '', tags: [], scenarios }],
    } satisfies RunDoc),
  );

const collapse = (html: string) => html.replace(/\s+/g, ' ').replace(/ ?>/g, '>');

/** The HTML of the section with this id (up to the next section that opens at the same depth or the end). */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section class="doc-step" id="${id}">`);
  assert.ok(start >= 0, `no section ${id}`);
  const end = html.indexOf('<section class="doc-step"', start + 1);
  return html.slice(start, end < 0 ? undefined : end);
}

describe('the living documentation page', () => {
  it('sets a scenario under the documented steps its tags name: in full under the first, as a link under the others', () => {
    const html = page(
      scenario('A customer becomes a company', ['@customer-step-1', '@customer-step-3'], [step('it syncs')]),
    );
    assert.match(
      section(html, 'customer-step-1'),
      /<article class="scenario passed"[^>]*>\s*<h4>.*A customer becomes a company/s,
    );
    assert.match(
      section(html, 'customer-step-3'),
      /class="reference">.*Also shown by <a href="#scenario-x-3">A customer becomes a company/s,
    );
    assert.doesNotMatch(section(html, 'customer-step-2'), /A customer becomes a company/);
    assert.match(html, /<table class="matrix">[\s\S]*A customer becomes a company/);
  });

  it('shows the # Step N comments above their steps, and links a later documented step to its part', () => {
    const html = page(
      scenario(
        'The whole procedure',
        ['@customer-step-1', '@customer-step-3'],
        [
          step('a customer', { comments: ['Step 1: create the customer'] }),
          step('the Logs screen shows its rows', { comments: ['Step 3: the connector Logs screen'] }),
        ],
      ),
    );
    assert.match(html, /<li class="comment" id="scenario-x-3-comment-1"> ?Step 3: the connector Logs screen ?<\/li>/);
    assert.match(
      section(html, 'customer-step-3'),
      /href="#scenario-x-3-comment-1">The whole procedure<\/a>, at “Step 3: the connector Logs screen”/,
    );
  });

  it('escapes every value: names, steps, tables, errors and attachments', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const html = page(
      scenario(
        evil,
        ['@customer-step-1'],
        [
          step(evil, {
            dataTable: [['Company Name'], [evil]],
            status: 'failed',
            error: `Company Name: expected "${evil}"`,
            attachments: [
              { mediaType: 'text/plain', fileName: `${evil}.txt`, body: evil, base64: false },
              {
                mediaType: 'application/json',
                fileName: 'company.json',
                body: JSON.stringify({
                  system: 'Better B2B',
                  screen: evil,
                  subject: evil,
                  sections: [{ heading: evil, fields: [[evil, evil]] }],
                }),
                base64: false,
              },
            ],
          }),
        ],
      ),
    );
    assert.doesNotMatch(html, /<img src=x/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('draws evidence as the screen it is, under its file name, and a picture where one was attached', () => {
    const html = page(
      scenario(
        'Evidence',
        ['@customer-step-3'],
        [
          step('the Logs screen shows these rows', {
            attachments: [
              {
                mediaType: 'application/json',
                fileName: 'logs-screen-sync-1.json',
                body: JSON.stringify({
                  system: 'Acumatica',
                  screen: 'Logs',
                  subject: 'the rows sync 1 wrote',
                  sections: [
                    { heading: '1 row(s)', columns: ['Level', 'Action Type'], rows: [['INFO', 'Customer Sync']] },
                  ],
                }),
                base64: false,
              },
              { mediaType: 'image/png', fileName: 'logs-screen-sync-1.png', body: 'iVBORw0KGgo=', base64: true },
            ],
          }),
        ],
      ),
    );
    assert.match(
      html,
      /<span class="screen">Logs<\/span> — the rows sync 1 wrote ?<span class="file">logs-screen-sync-1\.json<\/span>/,
    );
    assert.match(html, /<th>Level<\/th> ?<th>Action Type<\/th>[\s\S]*<td>INFO<\/td> ?<td>Customer Sync<\/td>/);
    assert.match(html, /<img alt="logs-screen-sync-1\.png" src="data:image\/png;base64,iVBORw0KGgo=" ?\/?>/);
  });

  it('lists the assumptions with their reasons, and scenarios without a step tag under Beyond the documents', () => {
    const html = page(
      scenario('A contact not marked Primary is a Senior Buyer', ['@contact-step-7', '@assumption'], [step('x')], {
        description: 'Assumed: the documents name no role for it.',
      }),
      scenario('A second run writes nothing', [], [step('y')]),
    );
    assert.match(
      html,
      /id="assumptions"[\s\S]*A contact not marked Primary is a Senior Buyer<\/a>: Assumed: the documents name no role for it\./,
    );
    assert.match(html.slice(html.indexOf('id="beyond"')), /A second run writes nothing/);
  });
});

describe('the run read from Cucumber messages (a dry run of the features)', () => {
  let run: RunDoc;
  before(async () => {
    run = buildRun((await stepUsage(ROOT)).envelopes);
  });

  const find = (name: string) => {
    const found = run.features.flatMap((f) => f.scenarios).find((s) => s.name === name);
    assert.ok(found, `no scenario "${name}"`);
    return found;
  };

  it('ties the # Step comments of a scenario to the steps below them', () => {
    const flagship = find('A B2B customer with Kensium Commerce enabled becomes an approved company');
    const logs = flagship.run?.steps.find((s) => s.text.startsWith('the Logs screen shows exactly these rows'));
    assert.deepEqual(logs?.comments, ['Step 3: the connector Logs screen']);
    assert.ok(
      flagship.run?.steps.some((s) => s.fromBackground),
      'the Background steps are part of the run',
    );
  });

  it('keeps an outline with its named Examples, each row with its run and the tags of its Examples', () => {
    const outline = find('Only the contact whose Primary box is checked becomes Primary Admin');
    assert.ok(outline.outline);
    assert.deepEqual(
      outline.examples.map((e) => [e.name, e.header[0], e.rows.map((r) => r.cells[0])]),
      [
        ["The documents' case", 'case', ['Primary box checked']],
        ['A contact not marked Primary', 'case', ['Primary box unchecked']],
      ],
    );
    assert.ok(outline.examples[1]?.rows[0]?.run?.tags.includes('@assumption'));
    assert.equal(outline.examples[0]?.rows[0]?.run?.status, 'skipped');
  });
});
