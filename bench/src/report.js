/**
 * The benchmark's results as a Markdown table, an SVG bar chart and the
 * README that shows both with the machine they came from.
 */

const fmt = (value, digits = 2) => (typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
const seconds = (ms) => fmt(ms / 1000, 2)
const mb = (kib) => (typeof kib === 'number' ? fmt(kib / 1024, 0) : 'n/a')

/** The targets table: each measured ratio against its limit. */
export function targetsTable(results) {
  const lines = ['| target | measured | limit | result |', '| --- | --- | --- | --- |']
  for (const target of results.targets) {
    lines.push(`| ${target.name} | ${fmt(target.value)} | ${target.comparison} ${fmt(target.limit)} | ${target.pass ? 'pass' : '**miss**'} |`)
  }
  return lines.join('\n')
}

export function markdown(results) {
  const {machine, corpus} = results
  const parts = []
  parts.push(
    `Measured ${results.date} on ${machine.cpus} × ${machine.cpu}, ${fmt(machine.memoryGiB, 0)} GiB, ${machine.os}, Node ${machine.node}; ` +
      `load average ${machine.loadBefore.map((load) => fmt(load, 1)).join(' / ')} before the run and ${machine.loadAfter.map((load) => fmt(load, 1)).join(' / ')} after it. ` +
      `Corpus: ${corpus.files} files, ${fmt(corpus.bytes / 1e6, 1)} MB (${corpus.generated} generated with seed ${corpus.seed}, ${corpus.real} real plans and specs). ` +
      `Each command ran ${results.settings.runs} times, alternating with the others; medians, with min–max.`
  )
  parts.push('### Targets\n\n' + targetsTable(results))
  const throughput = ['| command | wall (s) | min–max | ratio to parse-only | peak memory (MB) | memory ratio | files |', '| --- | --- | --- | --- | --- | --- | --- |']
  for (const row of results.throughput) {
    throughput.push(
      `| ${row.name} | ${seconds(row.wall.median)} | ${seconds(row.wall.min)}–${seconds(row.wall.max)} | ${fmt(row.ratio)} | ${mb(row.rss.median)} | ${fmt(row.memoryRatio)} | ${row.files}${row.filesOk ? '' : ' (expected ' + corpus.files + ')'} |`
    )
  }
  parts.push('### Whole process on the corpus\n\n' + throughput.join('\n'))
  const cold = ['| command | wall (s) | min–max | ratio to remark-cli | peak memory (MB) |', '| --- | --- | --- | --- | --- |']
  for (const row of results.cold) {
    cold.push(`| ${row.name} | ${seconds(row.wall.median)} | ${seconds(row.wall.min)}–${seconds(row.wall.max)} | ${fmt(row.ratio)} | ${mb(row.rss.median)} |`)
  }
  parts.push(`### Cold start on one ${fmt(results.coldFileBytes / 1024, 0)} KB plan\n\n` + cold.join('\n'))
  const rules = ['| step or rule | documents | ms per document | % of parse |', '| --- | --- | --- | --- |']
  for (const row of results.rules.rows) {
    rules.push(`| ${row.name} | ${row.documents} | ${fmt(row.msPerDocument, 3)} | ${fmt(row.percentOfParse, 1)} |`)
  }
  parts.push(`### In-process cost per document (${results.rules.documents} documents, ${fmt(results.rules.bytes / 1e6, 1)} MB)\n\n` + rules.join('\n'))
  const scaling = ['| plan size | lint (ms) | lint ns/byte | parse-only ns/byte | ratio to 100 KB (lint) |', '| --- | --- | --- | --- | --- |']
  for (const row of results.scaling.results) {
    scaling.push(`| ${fmt(row.bytes / 1024, 0)} KB | ${fmt(row.lintMs.median, 0)} | ${fmt(row.lintNsPerByte, 0)} | ${fmt(row.parseNsPerByte, 0)} | ${fmt(row.ratio)} |`)
  }
  parts.push('### Scaling: one plan, growing\n\n' + scaling.join('\n'))
  const ls = results.languageServer
  parts.push(
    `### Language server\n\nA \`didChange\` on a ${fmt(ls.bytes / 1024, 0)} KB plan to its diagnostics (${ls.diagnostics} of them): ` +
      `median ${fmt(ls.latencyMs.median, 0)} ms (${fmt(ls.latencyMs.min, 0)}–${fmt(ls.latencyMs.max, 0)}, ${ls.edits} edits); ` +
      `the same plan parses in ${fmt(ls.parseMs.median, 0)} ms in-process: ratio ${fmt(ls.ratio)}.`
  )
  return parts.join('\n\n') + '\n'
}

const escapeXml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Horizontal bars: wall time of each command relative to parse-only, and cold start relative to remark-cli. */
export function svgChart(results) {
  const groups = [
    {title: 'Whole process on the corpus: wall time / parse-only', rows: results.throughput.map((row) => ({name: row.name, value: row.ratio}))},
    {title: 'Cold start, one plan: wall time / remark-cli', rows: results.cold.map((row) => ({name: row.name, value: row.ratio}))}
  ]
  const width = 760
  const label = 300
  const barArea = width - label - 70
  const rowHeight = 22
  const max = Math.max(1, ...groups.flatMap((group) => group.rows.map((row) => row.value ?? 0)))
  let y = 10
  const body = []
  for (const group of groups) {
    y += 18
    body.push(`<text x="10" y="${y}" font-weight="bold">${escapeXml(group.title)}</text>`)
    y += 8
    for (const row of group.rows) {
      const length = Math.max(1, ((row.value ?? 0) / max) * barArea)
      const plan = row.name.startsWith('plan-lint')
      body.push(`<text x="${label - 8}" y="${y + 15}" text-anchor="end">${escapeXml(row.name)}</text>`)
      body.push(`<rect x="${label}" y="${y + 3}" width="${length.toFixed(1)}" height="${rowHeight - 6}" fill="${plan ? '#2f6fb3' : '#9aa5b1'}"/>`)
      body.push(`<text x="${(label + length + 6).toFixed(1)}" y="${y + 15}">${fmt(row.value)}</text>`)
      y += rowHeight
    }
    const one = label + (1 / max) * barArea
    body.push(`<line x1="${one.toFixed(1)}" y1="${y - group.rows.length * rowHeight}" x2="${one.toFixed(1)}" y2="${y}" stroke="#333" stroke-dasharray="3,3"/>`)
    y += 6
  }
  const height = y + 10
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...body,
    '</svg>',
    ''
  ].join('\n')
}

export function readme(results) {
  return `# plan-lint benchmark

\`npm run bench\` (from the repository root) measures plan-lint against the floor it stands on and
against its peers, in one run, on the same files, alternating the commands (A B A B ...):

- **Whole process on a corpus**: ${results.settings.files} generated plans and specs of every style (seeded, 1 KB to 200 KB,
  grown from the repository's fixtures), plus the real plans of \`../shared/corpus\` when that folder
  is there. Commands: the **parse-only floor** (\`src/parse-only.js\`, bundled and loaded as plan-lint is,
  through the same compile cache: the same glob expansion and unified-engine runs of 64 files as
  \`plan-lint\`, with remark-parse as the only plugin, keeping a file's text only to the end of its run of 64
  as plan-lint does, so only plan-lint's own work is above it; it parses every file in one piece, where
  plan-lint parses a file over 64 KB in parts of at least 32 KB cut at headings: the same tree, with
  less held while micromark works), plan-lint with \`--preset auto\` and with each preset, remark-cli 12 with
  remark-preset-lint-recommended, and markdownlint-cli2 0.22.1 with its default rules. Each tool's
  output is checked to name every file of the corpus.
- **Cold start** on one 20 KB plan: plan-lint, remark-cli, markdownlint-cli2 and \`node -e 0\`. plan-lint's
  bundle keeps V8's compiled code between runs (a compile cache, written by the first run); the
  \`no compile cache\` row is the same bundle with \`NODE_DISABLE_COMPILE_CACHE=1\`, as a first run
  compiles.
- **In-process cost per document** of parsing, the plan model, \`auto\` detection, cross-document reads,
  each rule and remark-lint's comment handling (which the presets run only on documents with a
  \`lint\` comment).
- **Scaling**: one plan at 10 KB, 100 KB, 1 MB and 10 MB, linted in-process; time per byte.
- **Language server**: from a \`didChange\` on a 100 KB plan to its diagnostics.

plan-lint runs as users run it: \`plan-lint (bundle)\` is \`bundle/plan-lint.mjs\` copied out of the
repository (what the npm package and the pre-commit hook run); \`plan-lint (workspace bin)\` is
\`packages/cli/bin/plan-lint.js\` on the unbundled workspace packages. Peak memory is the process's own
\`maxRSS\` (getrusage), written at exit by \`src/record-rss.js\`, preloaded with \`node --import\` into
every timed process. Timings are wall time from spawn to exit.

Options: \`npm run bench -- --files 200 --runs 3 --cold-runs 10\`, \`--quick\` for a tiny smoke run.
Results are written to \`results/\` (JSON, Markdown, SVG).

## Latest results

![Benchmark chart](results/bench.svg)

${markdown(results)}`
}
