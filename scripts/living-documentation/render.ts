import { ASSUMPTION_TAG, featureName, PROCEDURES, type Procedure } from '../../steps/support/documented-steps';
import { anchor, html, type Html } from './html';
import type { AttachmentDoc, ExamplesDoc, PickleRun, RunDoc, ScenarioDoc, Status, StepDoc } from './run-model';
import { STYLE } from './style';

/**
 * The living documentation: the two procedures of the implementer guide step by step, each step with the
 * scenarios that show it working (tagged `@customer-step-N` / `@contact-step-N`), their steps, the `# Step N`
 * comments that tie a scenario to the documents' numbered steps, and what each step saw (the Logs rows, the
 * company, the Site Association, the request journal; pictures of the mock's screens when there are some).
 * A matrix of the documented steps comes first; the connector's promises beyond the documents and the
 * assumptions come last. One self-contained page, every value escaped.
 */
export function renderLivingDocumentation(run: RunDoc, title = 'Acumatica → Better B2B: living documentation'): string {
  const scenarios = run.features.flatMap((feature) => feature.scenarios).filter((s) => s.status !== 'unknown');
  const placed = new Set<ScenarioDoc>();
  const procedures = PROCEDURES.map((procedure) => renderProcedure(procedure, scenarios, placed));
  const beyond = run.features
    .map((feature) => ({ feature, rest: feature.scenarios.filter((s) => s.status !== 'unknown' && !placed.has(s)) }))
    .filter(({ rest }) => rest.length > 0);
  const counts = countStatuses(scenarios);
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <header class="page-head">
          <h1>${title}</h1>
          <p class="run ${counts.failed > 0 ? 'failed' : 'passed'}">${runLine(run, counts)}</p>
          <nav>
            <a href="#matrix">Documented steps → scenarios</a>
            ${PROCEDURES.map((p) => html`<a href="#${anchor(p.title)}">${p.title}</a>`)}
            <a href="#beyond">Beyond the documents</a>
            <a href="#assumptions">Assumptions</a>
          </nav>
        </header>
        <main>
          ${renderMatrix(scenarios)} ${procedures}
          <section id="beyond" class="procedure">
            <h2>Beyond the documents</h2>
            <p class="intro">
              What the connector promises besides the two procedures: running again safely, incremental and real-time
              syncs, resilience, the customization it needs.
            </p>
            ${beyond.map(
              ({ feature, rest }) =>
                html`<section class="feature" id="${anchor('feature', featureName(feature.uri))}">
                  <h3>${feature.name} <span class="file">${feature.uri}</span></h3>
                  ${paragraphs(feature.description)} ${rest.map((scenario) => renderScenario(scenario))}
                </section>`,
            )}
          </section>
          ${renderAssumptions(scenarios)}
        </main>
      </body>
    </html> `;
  return page.text;
}

interface Counts {
  passed: number;
  failed: number;
  other: number;
}

function countStatuses(scenarios: ScenarioDoc[]): Counts {
  const runs = scenarios.flatMap(runsOf);
  return {
    passed: runs.filter((r) => r.status === 'passed').length,
    failed: runs.filter((r) => r.status === 'failed' || r.status === 'undefined' || r.status === 'ambiguous').length,
    other: runs.filter((r) => !['passed', 'failed', 'undefined', 'ambiguous'].includes(r.status)).length,
  };
}

function runLine(run: RunDoc, counts: Counts): string {
  const when = run.startedAt ? `Run of ${run.startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC: ` : '';
  const total = counts.passed + counts.failed + counts.other;
  return `${when}${total} scenarios, ${counts.passed} passed, ${counts.failed} failed${counts.other ? `, ${counts.other} not run` : ''}.`;
}

const runsOf = (scenario: ScenarioDoc): PickleRun[] =>
  scenario.run ? [scenario.run] : scenario.examples.flatMap((e) => e.rows.flatMap((r) => (r.run ? [r.run] : [])));

/** The tags a scenario carries, an outline's Examples' included. */
const allTags = (scenario: ScenarioDoc): string[] => [
  ...new Set([...scenario.tags, ...scenario.examples.flatMap((e) => e.tags)]),
];

const scenarioId = (scenario: ScenarioDoc) => anchor('scenario', featureName(scenario.uri), scenario.line);

const STATUS_MARK: Record<Status, string> = {
  passed: '✔',
  failed: '✖',
  skipped: '↷',
  undefined: '?',
  pending: '…',
  ambiguous: '‼',
  unknown: '·',
};

function mark(status: Status): Html {
  return html`<span class="mark ${status}" title="${status}">${STATUS_MARK[status]}</span>`;
}

function paragraphs(text: string): Html[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((p) => html`<p class="description${/^Assumed\b|\bAssumed\b/.test(p) ? ' assumed' : ''}">${p}</p>`);
}

function renderMatrix(scenarios: ScenarioDoc[]): Html {
  return html`<section id="matrix">
    <h2>Documented steps → scenarios</h2>
    <p class="intro">
      Each step of the implementer guide's two procedures, what the document says, and the scenarios that show it; a
      scenario names the steps it covers with a tag such as <code>@customer-step-3</code>.
    </p>
    ${PROCEDURES.map(
      (procedure) =>
        html`<h3><a href="#${anchor(procedure.title)}">${procedure.title}</a></h3>
          <table class="matrix">
            <thead>
              <tr>
                <th>Step</th>
                <th>What the document says</th>
                <th>Scenarios</th>
              </tr>
            </thead>
            <tbody>
              ${procedure.steps.map((step) => {
                const covering = scenarios.filter((s) => allTags(s).includes(`@${step.tag}`));
                return html`<tr>
                  <td class="number"><a href="#${step.tag}">${step.number}</a></td>
                  <td>${step.says}</td>
                  <td>
                    ${
                      covering.length === 0
                        ? html`<span class="none">none</span>`
                        : html`<ul>
                            ${covering.map(
                              (s) =>
                                html`<li>
                                  ${mark(s.status)} <a href="#${scenarioId(s)}">${s.name}</a>
                                  <span class="file">${featureName(s.uri)}</span>
                                </li>`,
                            )}
                          </ul>`
                    }
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>
          ${procedure.notCovered ? html`<p class="not-covered">Not covered: ${procedure.notCovered}</p>` : ''}`,
    )}
  </section>`;
}

/** A procedure: each documented step, the document's words, and its scenarios (each drawn in full once, under its first step). */
function renderProcedure(procedure: Procedure, scenarios: ScenarioDoc[], placed: Set<ScenarioDoc>): Html {
  return html`<section class="procedure" id="${anchor(procedure.title)}">
    <h2>${procedure.title}</h2>
    <p class="intro">${procedure.intro}</p>
    ${procedure.steps.map((step) => {
      const covering = scenarios.filter((s) => allTags(s).includes(`@${step.tag}`));
      return html`<section class="doc-step" id="${step.tag}">
        <h3><span class="step-number">Step ${step.number}</span> ${step.says}</h3>
        ${covering.map((scenario) => {
          if (placed.has(scenario)) return renderReference(scenario, step.number);
          placed.add(scenario);
          return renderScenario(scenario);
        })}
      </section>`;
    })}
  </section>`;
}

/** A scenario drawn earlier on the page: a link to it, to its `# Step N` part when it has one. */
function renderReference(scenario: ScenarioDoc, number: number): Html {
  const part = stepComment(scenario, number);
  const target = part ? commentId(scenario, part.index) : scenarioId(scenario);
  return html`<p class="reference">
    ${mark(scenario.status)} Also shown by <a href="#${target}">${scenario.name}</a>${
      part ? html`, at “${part.text}”` : ''
    } <span class="file">${featureName(scenario.uri)}</span>
  </p>`;
}

/** The first `# Step N…` comment of a scenario, for step `number`. */
function stepComment(scenario: ScenarioDoc, number: number): { text: string; index: number } | undefined {
  const comments = (scenario.run?.steps ?? []).flatMap((s) => s.comments);
  const index = comments.findIndex((c) => new RegExp(`^Step ${number}\\b`).test(c));
  return index < 0 ? undefined : { text: comments[index] as string, index };
}

const commentId = (scenario: ScenarioDoc, index: number) => `${scenarioId(scenario)}-comment-${index}`;

function tagList(tags: string[]): Html {
  return html`<span class="tags"
    >${tags.map(
      (tag) =>
        html`<span class="tag${tag === ASSUMPTION_TAG ? ' assumption' : ''}${tag.includes('-step-') ? ' step-tag' : ''}"
          >${tag}</span
        >`,
    )}</span
  >`;
}

export function renderScenario(scenario: ScenarioDoc): Html {
  return html`<article class="scenario ${scenario.status}" id="${scenarioId(scenario)}">
    <h4>${mark(scenario.status)} ${scenario.name}</h4>
    <p class="meta">
      <span class="file">${scenario.uri}:${scenario.line}</span> · ${scenario.featureName} ${tagList(scenario.tags)}
    </p>
    ${paragraphs(scenario.description)}
    ${scenario.run ? renderRun(scenario.run, scenario) : scenario.examples.map((examples) => renderExamples(examples))}
  </article>`;
}

function renderExamples(examples: ExamplesDoc): Html {
  const nameIndex = 0;
  return html`<section class="examples">
    <h5>Examples${examples.name ? html`: ${examples.name}` : ''} ${tagList(examples.tags)}</h5>
    ${paragraphs(examples.description)}
    <table class="data examples-table">
      <thead>
        <tr>
          <th></th>
          ${examples.header.map((cell) => html`<th>${cell}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${examples.rows.map(
          (row) =>
            html`<tr class="${row.run?.status ?? 'unknown'}">
              <td>${mark(row.run?.status ?? 'unknown')}</td>
              ${row.cells.map((cell, index) => html`<td${index === nameIndex ? html` class="case"` : ''}>${cell}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
    ${examples.rows.map((row) =>
      row.run
        ? html`<details class="example ${row.run.status}" ${row.run.status === 'passed' ? '' : html` open`}>
            <summary>
              ${mark(row.run.status)} ${examples.header[nameIndex] ?? 'case'}:
              <strong>${row.cells[nameIndex] ?? ''}</strong>
            </summary>
            ${renderRun(row.run)}
          </details>`
        : '',
    )}
  </section>`;
}

function renderRun(run: PickleRun, scenario?: ScenarioDoc): Html {
  const background = run.steps.filter((s) => s.fromBackground);
  const own = run.steps.filter((s) => !s.fromBackground);
  const backgroundStatus = background.some((s) => s.status !== 'passed');
  let comment = 0;
  return html`${
      background.length > 0
        ? html`<details class="background" ${backgroundStatus ? html` open` : ''}>
            <summary>Background: ${background.length} step(s) ${mark(worstOf(background))}</summary>
            <ol class="steps">
              ${background.map((s) => renderStep(s))}
            </ol>
          </details>`
        : ''
    }
    <ol class="steps">
      ${own.map((step) => {
        const heads = step.comments.map((text) => {
          const id = scenario ? commentId(scenario, comment) : undefined;
          comment += 1;
          return html`<li class="comment" ${id ? html` id="${id}"` : ''}>${text}</li>`;
        });
        return html`${heads}${renderStep(step)}`;
      })}
    </ol>
    ${run.hookFailures.map((failure) => html`<div class="error hook"><pre>${failure.error}</pre></div>`)}`;
}

function worstOf(steps: StepDoc[]): Status {
  return steps.find((s) => s.status !== 'passed')?.status ?? 'passed';
}

function renderStep(step: StepDoc): Html {
  return html`<li class="step ${step.status}">
    ${mark(step.status)} <span class="keyword">${step.keyword}</span> <span class="text">${step.text}</span>
    ${step.dataTable ? renderDataTable(step.dataTable, step.text) : ''}
    ${step.docString !== undefined ? html`<pre class="doc-string">${step.docString}</pre>` : ''}
    ${step.error ? html`<div class="error"><pre>${step.error}</pre></div>` : ''}
    ${step.attachments.length > 0 ? html`<div class="attachments">${step.attachments.map(renderAttachment)}</div>` : ''}
  </li>`;
}

/**
 * A step's table. Its first row is a header unless the table is a list of `label | value` pairs, as the
 * steps that fill or read a form take (`customer … has:`, `… Basic Information … shows:`, `… by:`).
 */
function renderDataTable(rows: string[][], stepText: string): Html {
  const [head, ...body] = rows;
  const pairs = (head ?? []).length === 2 && /(has|shows|by|with):$/.test(stepText);
  const looksLikeHeader = body.length > 0 && !pairs;
  return html`<table class="data">
    ${
      looksLikeHeader
        ? html`<thead>
            <tr>
              ${(head ?? []).map((c) => html`<th>${c}</th>`)}
            </tr>
          </thead>`
        : ''
    }
    <tbody>
      ${(looksLikeHeader ? body : rows).map(
        (row) =>
          html`<tr>
            ${row.map((c) => html`<td>${c}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

interface EvidenceShape {
  system: string;
  screen: string;
  subject: string;
  sections: Array<{ heading: string; columns?: string[]; rows?: string[][]; fields?: Array<[string, string]> }>;
}

function evidenceOf(attachment: AttachmentDoc): EvidenceShape | undefined {
  if (attachment.mediaType !== 'application/json' || attachment.base64) return undefined;
  try {
    const value = JSON.parse(attachment.body) as Partial<EvidenceShape>;
    return typeof value.screen === 'string' && Array.isArray(value.sections) ? (value as EvidenceShape) : undefined;
  } catch {
    return undefined;
  }
}

export function renderAttachment(attachment: AttachmentDoc): Html {
  const name = attachment.fileName ?? attachment.mediaType;
  const evidence = evidenceOf(attachment);
  if (evidence)
    return html`<figure class="evidence ${anchor(evidence.system)}">
      <figcaption>
        <span class="system">${evidence.system}</span> <span class="screen">${evidence.screen}</span> —
        ${evidence.subject} <span class="file">${name}</span>
      </figcaption>
      ${evidence.sections.map(
        (section) =>
          html`<div class="section">
            <h6>${section.heading}</h6>
            ${
              section.fields
                ? html`<dl>
                    ${section.fields.map(
                      ([label, value]) =>
                        html`<dt>${label}</dt>
                          <dd>${value || html`<span class="empty">empty</span>`}</dd>`,
                    )}
                  </dl>`
                : (section.rows ?? []).length === 0
                  ? html`<p class="empty">No rows.</p>`
                  : html`<table class="grid">
                      <thead>
                        <tr>
                          ${(section.columns ?? []).map((c) => html`<th>${c}</th>`)}
                        </tr>
                      </thead>
                      <tbody>
                        ${(section.rows ?? []).map(
                          (row) =>
                            html`<tr>
                              ${row.map((c) => html`<td>${c}</td>`)}
                            </tr>`,
                        )}
                      </tbody>
                    </table>`
            }
          </div>`,
      )}
    </figure>`;
  if (
    attachment.mediaType.startsWith('image/') &&
    attachment.base64 &&
    /^image\/(png|jpeg|gif|webp)$/.test(attachment.mediaType)
  )
    return html`<figure class="picture">
      <img alt="${name}" src="data:${attachment.mediaType};base64,${attachment.body}" />
      <figcaption><span class="file">${name}</span></figcaption>
    </figure>`;
  if (!attachment.base64)
    return html`<figure class="text">
      <figcaption><span class="file">${name}</span></figcaption>
      <pre>${attachment.body}</pre>
    </figure>`;
  return html`<figure class="text">
    <figcaption><span class="file">${name}</span> (${attachment.mediaType}, not shown)</figcaption>
  </figure>`;
}

function renderAssumptions(scenarios: ScenarioDoc[]): Html {
  const items = scenarios.flatMap((scenario) => [
    ...(scenario.tags.includes(ASSUMPTION_TAG) ? [{ scenario, where: '', reason: scenario.description }] : []),
    ...scenario.examples
      .filter((e) => e.tags.includes(ASSUMPTION_TAG))
      .map((e) => ({ scenario, where: `Examples: ${e.name}`, reason: e.description })),
  ]);
  return html`<section id="assumptions" class="procedure">
    <h2>Assumptions</h2>
    <p class="intro">
      Where the documents are silent, these scenarios rest on a choice, tagged <code>${ASSUMPTION_TAG}</code>; each says
      why.
    </p>
    <ul class="assumptions">
      ${items.map(
        ({ scenario, where, reason }) =>
          html`<li>
            <a href="#${scenarioId(scenario)}">${scenario.name}</a>${where ? html` (${where})` : ''}:
            ${
              reason
                .split(/\n\s*\n/)
                .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
                .find((p) => /\bAssumed\b/.test(p)) ?? reason
            }
          </li>`,
      )}
    </ul>
  </section>`;
}
