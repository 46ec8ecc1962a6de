/** The page's CSS: plain, like the documents' screens (white panels, grey grids, a coloured bar per system). */
export const STYLE = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9dee3; --panel: #f7f8fa; --pass: #1e7e34; --fail: #c62828;
  --skip: #8a6d00; --acumatica: #1a5fa8; --b2b: #5b2a86; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
.page-head { padding: 16px 32px; border-bottom: 1px solid var(--line); background: var(--panel); position: sticky; top: 0; z-index: 1; }
.page-head h1 { margin: 0 0 4px; font-size: 20px; }
.page-head nav a { margin-right: 16px; color: var(--acumatica); text-decoration: none; }
.run { margin: 0 0 6px; font-weight: 600; } .run.passed { color: var(--pass); } .run.failed { color: var(--fail); }
main { padding: 8px 32px 64px; max-width: 1280px; }
h2 { margin-top: 40px; font-size: 19px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 28px 0 10px; }
.step-number { display: inline-block; background: var(--ink); color: #fff; border-radius: 3px; padding: 0 8px; margin-right: 6px; }
.intro, .not-covered { color: var(--muted); }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
table.matrix { width: 100%; } table.matrix td.number { width: 48px; text-align: center; font-weight: 600; }
table.matrix ul { margin: 0; padding-left: 0; list-style: none; }
.file { color: var(--muted); font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
.none { color: var(--fail); }
.scenario { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 4px; padding: 8px 14px; margin: 12px 0; }
.scenario.passed { border-left-color: var(--pass); } .scenario.failed, .scenario.undefined, .scenario.ambiguous { border-left-color: var(--fail); }
.scenario h4 { margin: 4px 0; font-size: 15px; }
.meta { margin: 0 0 6px; }
.tags .tag { display: inline-block; font: 11px ui-monospace, monospace; background: #eef1f4; border-radius: 10px; padding: 0 7px; margin-left: 4px; color: var(--muted); }
.tags .tag.step-tag { background: #e3edf8; color: var(--acumatica); }
.tags .tag.assumption { background: #fff4d6; color: var(--skip); }
.description { margin: 4px 0 8px; }
.description.assumed { background: #fff8e6; border-left: 3px solid #e0b000; padding: 4px 8px; }
.reference { margin: 8px 0; color: var(--muted); }
ol.steps { list-style: none; padding-left: 0; margin: 6px 0; }
li.step { padding: 2px 0; }
li.comment { margin: 12px 0 4px; font-weight: 600; color: var(--acumatica); border-bottom: 1px dashed var(--line); }
.keyword { font-weight: 600; }
.mark { display: inline-block; width: 1.2em; text-align: center; font-weight: 700; }
.mark.passed { color: var(--pass); } .mark.failed, .mark.undefined, .mark.ambiguous { color: var(--fail); } .mark.skipped, .mark.pending { color: var(--skip); } .mark.unknown { color: var(--muted); }
table.data { margin: 4px 0 4px 1.6em; font-size: 13px; }
td.case { font-weight: 600; }
.error pre { background: #fdecea; color: #7f1d1d; border: 1px solid #f5c2c0; padding: 8px; margin: 4px 0 4px 1.6em; white-space: pre; overflow-x: auto; font-size: 12px; }
.attachments { margin: 4px 0 8px 1.6em; }
figure { margin: 6px 0; border: 1px solid var(--line); border-radius: 4px; overflow: hidden; }
figcaption { background: var(--panel); padding: 3px 8px; font-size: 13px; border-bottom: 1px solid var(--line); }
figure.evidence.acumatica figcaption { border-top: 3px solid var(--acumatica); }
figure.evidence.better-b2b figcaption { border-top: 3px solid var(--b2b); }
figure .system { font-weight: 700; } figure .screen { font-weight: 600; }
figure .section { padding: 4px 8px; }
figure h6 { margin: 4px 0; font-size: 12px; text-transform: uppercase; color: var(--muted); letter-spacing: .04em; }
figure dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
figure dt { color: var(--muted); } figure dd { margin: 0; }
table.grid { font-size: 12px; width: 100%; } table.grid td { max-width: 420px; overflow-wrap: anywhere; }
figure pre { margin: 0; padding: 8px; font-size: 12px; overflow-x: auto; }
figure img { display: block; max-width: min(100%, 900px); }
.empty { color: var(--muted); font-style: italic; }
details { margin: 6px 0; } summary { cursor: pointer; }
details.example { border: 1px solid var(--line); border-radius: 4px; padding: 4px 10px; }
.examples h5 { margin: 10px 0 4px; font-size: 14px; }
ul.assumptions li { margin: 6px 0; }
code { background: #eef1f4; padding: 0 4px; border-radius: 3px; }
`;
