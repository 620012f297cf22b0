#!/usr/bin/env node
/**
 * Measures the tables of docs/reliability.md: each hostile input and each
 * configuration error through the real CLI, with its exit status, what the
 * user sees, the wall time and the peak memory (resident set) of the run.
 *
 *   node scripts/hostile-table.js           print the tables
 *   node scripts/hostile-table.js --write   also replace them in docs/reliability.md
 *   --bin <path>                            the CLI to measure (default: the bundle)
 *   --only <text>                           only the cases whose name contains it
 *
 * Time and memory come from `/usr/bin/time` when the machine has it, else
 * from a launcher that reads `process.resourceUsage()` as the CLI exits.
 * The inputs are generated in a temporary folder, removed at the end.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
const bin = path.resolve(option('--bin') ?? path.join(root, 'bundle', 'plan-lint.mjs'))
const only = option('--only')
const write = argv.includes('--write')
const timeBinary = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const isRoot = process.getuid?.() === 0
const docPath = path.join(root, 'docs', 'reliability.md')

const MB = 1024 * 1024
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-lint-hostile-'))
fs.chmodSync(temp, 0o755)
const cleanPlan = fs.readFileSync(path.join(root, 'examples', 'clean', 'plan.md'), 'utf8')
const debrisPlan = fs.readFileSync(path.join(root, 'examples', 'debris', 'plan.md'), 'utf8')
const spec = fs.readFileSync(path.join(root, 'examples', 'clean', 'spec.md'), 'utf8')

/** A fresh project folder with these files (strings or bytes); plans get a spec beside them. */
function project(name, files) {
  const folder = path.join(temp, name)
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(folder, relative)
    fs.mkdirSync(path.dirname(target), {recursive: true})
    fs.writeFileSync(target, content)
  }
  fs.mkdirSync(folder, {recursive: true})
  return folder
}

/** Workspace packages a configuration may import, linked as if installed. */
function linkPackages(folder) {
  const packages = {
    'remark-preset-plan-spec-kit': 'presets/spec-kit',
    '@plan-lint/rules': 'packages/rules',
    '@plan-lint/core': 'packages/core',
    'plan-lint': 'packages/cli'
  }
  for (const [name, target] of Object.entries(packages)) {
    const link = path.join(folder, 'node_modules', name)
    fs.mkdirSync(path.dirname(link), {recursive: true})
    fs.symlinkSync(path.join(root, target), link)
  }
  return folder
}

/** The clean plan's body repeated under its title, up to `bytes` (UTF-8). */
function bigPlan(bytes) {
  const body = cleanPlan.slice(cleanPlan.indexOf('\n') + 1)
  const step = Buffer.byteLength(body) + 1
  const parts = [cleanPlan]
  for (let size = Buffer.byteLength(cleanPlan) + step; size <= bytes; size += step) parts.push(body)
  return parts.join('\n')
}

function withSpec(files) {
  return {'spec.md': spec, ...files}
}

/** Run the CLI; resolve with exit status, output, seconds and peak memory in MB. */
function measure(args, cwd, {openFiles, asNobody} = {}) {
  const stats = path.join(temp, `stats-${process.hrtime.bigint()}`)
  const launcher = path.join(temp, 'launcher.mjs')
  if (!timeBinary && !fs.existsSync(launcher)) {
    fs.writeFileSync(
      launcher,
      [
        "import {writeFileSync} from 'node:fs'",
        "process.on('exit', () => writeFileSync(process.env.HOSTILE_STATS, String(process.resourceUsage().maxRSS)))",
        'await import(process.env.HOSTILE_BIN)',
        ''
      ].join('\n')
    )
  }
  let command = [process.execPath, timeBinary ? bin : launcher, ...args]
  if (asNobody) command = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command]
  if (openFiles) command = ['sh', '-c', `ulimit -n ${openFiles} && exec "$@"`, 'sh', ...command]
  if (timeBinary) command = [timeBinary, '-f', '%e %M', '-o', stats, ...command]
  const started = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), {
      cwd,
      env: {...process.env, NO_COLOR: '1', HOSTILE_STATS: stats, HOSTILE_BIN: pathToFileURL(bin).href},
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const elapsed = Number(process.hrtime.bigint() - started) / 1e9
      const text = fs.existsSync(stats) ? fs.readFileSync(stats, 'utf8').trim().split('\n').at(-1) : ''
      let seconds = elapsed
      let kilobytes = Number(text)
      if (timeBinary) [seconds, kilobytes] = text.split(' ').map(Number)
      resolve({code, stdout, stderr, seconds, megabytes: kilobytes / 1024})
    })
  })
}

/** What the user sees: the stderr lines, else the report's summary. */
function observed(run) {
  const lines = run.stderr.split('\n').filter(Boolean)
  // Double backticks: the lines hold single ones.
  const parts = lines.map((line) => `\`\` ${line.replaceAll('|', '\\|')} \`\``)
  if (run.code !== 2) {
    try {
      const {summary} = JSON.parse(run.stdout)
      const count = (value, noun) => `${value} ${noun}${value === 1 ? '' : 's'}`
      parts.push(`${count(summary.files, 'file')}, ${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}`)
    } catch {
      if (run.stdout) parts.push(`${run.stdout.split('\n').length} lines on stdout`)
    }
  }
  return parts.join('<br>') || 'nothing'
}

const json = ['--format', 'json']

/** Each input: what it is, what plan-lint does with it, and how to run it. */
const hostile = [
  ['empty file', 'linted; no style recognised: one `plan-style` info', () => [json, project('empty', withSpec({'plan.md': ''}))]],
  ['only whitespace', 'as an empty file', () => [json, project('blank', withSpec({'plan.md': ' \n\t\n\n  \r\n'}))]],
  ['only front matter', 'as an empty file', () => [json, project('front', withSpec({'plan.md': '---\ntitle: Plan\n---\n'}))]],
  ['byte order mark', 'linted; positions as without it', () => [json, project('bom', withSpec({'plan.md': `\uFEFF${debrisPlan}`}))]],
  ['CRLF line endings', 'linted; same lines and columns as LF', () => [json, project('crlf', withSpec({'plan.md': debrisPlan.replaceAll('\n', '\r\n')}))]],
  [
    'mixed line endings',
    'linted; same lines and columns as LF',
    () => [json, project('mixed', withSpec({'plan.md': debrisPlan.split('\n').map((line, index) => line + (index % 2 ? '\r\n' : '\n')).join('')}))]
  ],
  [
    'invalid UTF-8',
    'linted as decoded (U+FFFD per bad sequence); one notice naming the first bad byte',
    () => [json, project('utf8', withSpec({'plan.md': Buffer.concat([Buffer.from(debrisPlan.slice(0, 200)), Buffer.from([0xff, 0xc3]), Buffer.from(debrisPlan.slice(200))])}))]
  ],
  [
    'binary file (NUL bytes)',
    'passed over with one notice; the rest of the run goes on',
    () => [json, project('binary', withSpec({'plan.md': cleanPlan, 'image-plan.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x0d, 0x0a])}))]
  ],
  ['50 MB plan', 'refused before parsing: larger than 10 MB', () => [[], project('big', withSpec({'plan.md': bigPlan(50 * MB)}))]],
  ['9.9 MB plan (under the limit)', 'linted', () => [json, project('limit', withSpec({'plan.md': bigPlan(9.9 * MB)}))]],
  [
    '100,000 headings',
    'linted',
    () => [json, project('headings', withSpec({'plan.md': `${Array.from({length: 100_000}, (_, index) => `## Heading ${index + 1}\n`).join('\n')}\nThe store is [e.g., Postgres].\n`}))]
  ],
  ['lists nested 10,000 deep', 'refused before parsing: deeper than 100', () => [[], project('lists', withSpec({'plan.md': `${'- '.repeat(10_000)}item\n`}))]],
  ['block quotes nested 10,000 deep', 'refused before parsing: deeper than 100', () => [[], project('quotes', withSpec({'plan.md': `${'>'.repeat(10_000)} quote\n`}))]],
  [
    'lists nested 100 deep (the limit)',
    'linted',
    () => [json, project('lists-100', withSpec({'plan.md': `${Array.from({length: 100}, (_, depth) => `${'  '.repeat(depth)}- level ${depth + 1}`).join('\n')}\n`}))]
  ],
  [
    '1 MB line of prose, 108 markers',
    'linted; each finding at its column',
    () => {
      const chunk = `${'The service answers within the budget. '.repeat(250)}[NEEDS CLARIFICATION] `
      return [json, project('line', withSpec({'plan.md': `# Notes\n\n${chunk.repeat(Math.ceil(MB / chunk.length))}\n`}))]
    }
  ],
  [
    '1 MB line of 38,836 markers',
    'linted; the parser is quadratic in brackets on one line (micromark)',
    () => [json, project('brackets', withSpec({'plan.md': `# Notes\n\n${'word [NEEDS CLARIFICATION] '.repeat(40_000).slice(0, MB)}\n`}))]
  ],
  [
    'file names with spaces, unicode, a line break',
    'linted; JSON keeps the name, stylish and notices escape the line break',
    () => [json, project('names', {'specs/003 café/plan.md': debrisPlan, 'specs/003 café/spec.md': spec, 'docs/計画 draft-plan.md': cleanPlan, 'docs/spec.md': spec, 'new\nline-plan.md': debrisPlan})]
  ],
  [
    'symlink loop under a scanned folder',
    'discovery ends; each plan linted once',
    () => {
      const folder = project('loop', {'specs/a/plan.md': cleanPlan, 'specs/a/spec.md': spec})
      fs.symlinkSync('..', path.join(folder, 'specs/a/up'))
      fs.symlinkSync('loop-2', path.join(folder, 'specs/loop-1'))
      fs.symlinkSync('loop-1', path.join(folder, 'specs/loop-2'))
      fs.symlinkSync('plan.md', path.join(folder, 'specs/a/copy-plan.md'))
      return [json, folder]
    }
  ],
  [
    'unreadable plan under a scanned folder',
    'the run fails: one line naming it',
    () => {
      const folder = project('unreadable', {'specs/a/plan.md': cleanPlan, 'specs/b/plan.md': cleanPlan})
      fs.chmodSync(path.join(folder, 'specs/b/plan.md'), 0o000)
      return [['specs'], folder, {asNobody: isRoot}]
    }
  ],
  [
    'a folder as `--output-file`',
    'the run fails: one line naming it',
    () => {
      const folder = project('output', withSpec({'plan.md': cleanPlan}))
      fs.mkdirSync(path.join(folder, 'reports'))
      return [['--output-file', 'reports', 'plan.md'], folder]
    }
  ],
  [
    '5,000 plans, `ulimit -n 256`',
    'linted in runs of 64 files: no EMFILE',
    () => {
      const files = {}
      for (let index = 0; index < 5000; index++) {
        files[`specs/${String(index).padStart(4, '0')}/plan.md`] = index % 2 ? cleanPlan : debrisPlan
        files[`specs/${String(index).padStart(4, '0')}/spec.md`] = spec
      }
      return [json, project('many', files), {openFiles: 256}]
    }
  ]
]

const rc = (files) => linkPackages(project(`config-${Object.keys(files)[0]}-${Math.random().toString(36).slice(2)}`, withSpec({'plan.md': debrisPlan, ...files})))
const ruleRc = (rule, config) => ({
  '.remarkrc.mjs': `import {specKitTemplate} from 'remark-preset-plan-spec-kit'\nimport {${rule}} from '@plan-lint/rules'\nexport default {plugins: [[${rule}, ${config}]]}\n`
})

/** Each configuration error: what is wrong, and the project that has it. */
const configErrors = [
  ['unknown preset, command line', () => [['--preset', 'nope', 'plan.md'], rc({})]],
  ['unknown preset, `remarkPlanLint` options', () => [['plan.md'], rc({'.remarkrc.mjs': "import {remarkPlanLint} from 'plan-lint'\nexport default {plugins: [[remarkPlanLint, {preset: 'nope'}]]}\n"})]],
  ['unknown rule option', () => [['plan.md'], rc(ruleRc('planSectionOrder', "['warn', {template: specKitTemplate, unknownKey: 1}]"))]],
  ['wrong option type', () => [['plan.md'], rc(ruleRc('planSuccessCriteriaTraced', "['error', {template: specKitTemplate, families: 'FR'}]"))]],
  ['unknown severity', () => [['plan.md'], rc(ruleRc('planSectionOrder', "['fatal', {template: specKitTemplate}]"))]],
  ['template failing the schema, as a rule option', () => [['plan.md'], rc(ruleRc('planRequiredSections', "['error', {template: {...specKitTemplate, sections: [{id: 'goal', text: 'Goal', level: 7}]}}]"))]],
  [
    'template failing the schema, `defineTemplate`',
    () => [['plan.md'], rc({'.remarkrc.mjs': "import {defineTemplate} from '@plan-lint/core'\ndefineTemplate({id: 'team', name: 'team', sections: [{id: 'goal', text: 'Goal', level: 'two'}]})\nexport default {plugins: []}\n"})]
  ],
  ['malformed `.remarkrc.json`', () => [['plan.md'], rc({'.remarkrc.json': '{\n  "plugins": [\n    "remark-preset-plan-spec-kit"\n    "oops"\n  ]\n}\n'})]],
  ['`.remarkrc.js` with a syntax error', () => [['plan.md'], rc({'.remarkrc.js': 'export default {plugins: [\n'})]],
  ['`.remarkrc.js` that throws', () => [['plan.md'], rc({'.remarkrc.js': "throw new Error('TEAM_CONFIG is not set')\n"})]],
  ['plugin not installed', () => [['plan.md'], rc({'.remarkrc.json': '{"plugins": ["remark-preset-plan-nothing-here"]}'})]]
]

const cell = (text) => String(text).replaceAll('|', '\\|')
const number = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : '?')

async function hostileTable() {
  const rows = ['| input | behaviour | exit | what the user sees | time (s) | peak memory (MB) |', '| --- | --- | --- | --- | --- | --- |']
  for (const [name, behaviour, setup] of hostile) {
    if (only && !name.includes(only)) continue
    const [args, cwd, settings] = setup()
    const run = await measure(args, cwd, settings)
    rows.push(`| ${cell(name)} | ${cell(behaviour)} | ${run.code} | ${observed(run)} | ${number(run.seconds, 1)} | ${number(run.megabytes, 0)} |`)
    process.stderr.write(`${name}: exit ${run.code}, ${number(run.seconds, 1)} s, ${number(run.megabytes, 0)} MB\n`)
  }
  return rows.join('\n')
}

async function configTable() {
  const rows = ['| configuration error | exit | the one line on stderr | time (s) |', '| --- | --- | --- | --- |']
  for (const [name, setup] of configErrors) {
    if (only && !name.includes(only)) continue
    const [args, cwd] = setup()
    const run = await measure(args, cwd)
    rows.push(`| ${cell(name)} | ${run.code} | ${observed(run)} | ${number(run.seconds, 1)} |`)
    process.stderr.write(`${name}: exit ${run.code}\n`)
  }
  return rows.join('\n')
}

function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  const memory = Math.round(os.totalmem() / 1024 ** 3)
  const load = os.loadavg()[0]?.toFixed(1)
  return `${cpu}, ${os.cpus().length} cores, ${memory} GB, Node ${process.version}, load average ${load} at the start; ${timeBinary ? '`/usr/bin/time`' : '`process.resourceUsage()`'}; ${path.relative(root, bin)}`
}

function replaceBetween(text, name, content) {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from === -1 || to === -1) throw new Error(`docs/reliability.md has no ${start} ... ${end}`)
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`
}

try {
  const measuredOn = machine()
  const hostileRows = await hostileTable()
  const configRows = await configTable()
  process.stdout.write(`Measured on: ${measuredOn}\n\n${hostileRows}\n\n${configRows}\n`)
  if (write && !only) {
    let doc = fs.readFileSync(docPath, 'utf8')
    doc = replaceBetween(doc, 'machine', `Measured on: ${measuredOn}.`)
    doc = replaceBetween(doc, 'hostile-table', hostileRows)
    doc = replaceBetween(doc, 'config-table', configRows)
    fs.writeFileSync(docPath, doc)
  }
} finally {
  fs.rmSync(temp, {recursive: true, force: true, maxRetries: 3})
}
