#!/usr/bin/env node
/**
 * `npm run bench`: plan-lint against the parse-only floor and its peers, in
 * one run, on the same files, alternating the commands. Writes
 * results/bench.{json,md,svg} and README.md (see report.js for what each
 * table says).
 *
 * Options: --files <n> (1000), --runs <n> (3), --cold-runs <n> (10),
 * --out <folder> (bench/results; with it, README.md is left alone), --quick
 * (a tiny run for smoke tests), --no-real (leave ../shared/corpus out).
 */
import {cpSync, existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {build} from 'esbuild'
import {nodeBundleOptions, nodeScriptOptions, scriptText} from '../../scripts/lib/node-bundle.js'
import {defaultCorpusOptions, generatePlan, repoRoot, writeCorpus} from './corpus.js'
import {runJsonScript, summary, timeNode} from './measure.js'
import {markdown, readme, svgChart} from './report.js'

const benchRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const {values} = parseArgs({
  options: {
    files: {type: 'string'},
    runs: {type: 'string'},
    'cold-runs': {type: 'string'},
    out: {type: 'string'},
    quick: {type: 'boolean'},
    'no-real': {type: 'boolean'}
  }
})
const quick = values.quick ?? false
const settings = {
  files: Number(values.files ?? (quick ? 12 : defaultCorpusOptions.files)),
  runs: Number(values.runs ?? (quick ? 1 : 3)),
  coldRuns: Number(values['cold-runs'] ?? (quick ? 1 : 10)),
  real: !quick && !values['no-real'],
  scalingSizes: quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000, 10_000_000],
  languageServerBytes: quick ? 20_000 : 100_000,
  languageServerEdits: quick ? 2 : 15
}
const outFolder = path.resolve(values.out ?? path.join(benchRoot, 'results'))
const work = path.join(os.tmpdir(), 'plan-lint-bench')
mkdirSync(work, {recursive: true})
const log = (text) => process.stderr.write(`${text}\n`)

const loadBefore = os.loadavg()

// The corpus, and plan-lint's bundle copied out of the repository, as the
// npm package and the pre-commit hook install it.
const corpusFolder = path.join(work, `corpus-${defaultCorpusOptions.seed}-${settings.files}${settings.real ? '-real' : ''}`)
const corpusOptions = quick ? {files: settings.files, max: 20 * 1024, real: false} : {files: settings.files, real: settings.real}
const corpus = writeCorpus(corpusFolder, corpusOptions)
log(`corpus: ${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${corpusFolder}`)
const bundleCopy = path.join(work, 'installed')
rmSync(bundleCopy, {recursive: true, force: true})
cpSync(path.join(repoRoot, 'bundle'), path.join(bundleCopy, 'bundle'), {recursive: true})

const bundleBin = path.join(bundleCopy, 'bundle', 'plan-lint.mjs')
const workspaceBin = path.join(repoRoot, 'packages', 'cli', 'bin', 'plan-lint.js')
// The floor is bundled as plan-lint is (the same esbuild settings), so that neither side pays for resolving and loading
// node_modules at start-up and the difference is plan-lint's own work.
const parseOnly = path.join(bundleCopy, 'parse-only.mjs')
// The floor is built and loaded as plan-lint's bundle is (scripts/bundle.js): one CommonJS script, compiled with the
// same esbuild settings and loaded through the same compile cache by a small ES module, so that neither side pays
// for resolving node_modules or compiling at start-up that the other does not, and the difference is plan-lint's
// own work.
const floorScript = await build({
  entryPoints: [path.join(benchRoot, 'src', 'parse-only.js')],
  outfile: path.join(bundleCopy, 'parse-only.cjs'),
  ...nodeBundleOptions,
  ...nodeScriptOptions,
  write: false
})
writeFileSync(path.join(bundleCopy, 'parse-only.cjs'), scriptText(floorScript.outputFiles[0].text, 'parse-only.cjs'))
await build({
  stdin: {
    contents: [
      "import {loadBundle} from './scripts/bundle-entries/load-bundle.js'",
      "const floor = loadBundle(new URL('./parse-only.cjs', import.meta.url), {build: 'parse-only', load: (specifier) => import(specifier)})",
      'process.exitCode = await floor.exports.main(process.argv.slice(2))',
      'floor.saveCache({complete: true})'
    ].join('\n'),
    resolveDir: repoRoot,
    loader: 'js'
  },
  outfile: parseOnly,
  ...nodeBundleOptions,
  banner: {}
})
// Both keep their compile caches here, apart from the user's: the first run of each writes its cache (see `prime`).
const compileCache = path.join(work, 'compile-cache')
rmSync(compileCache, {recursive: true, force: true})
const cached = {NODE_COMPILE_CACHE: compileCache}
/** A package's folder, found the way Node finds it from here (its exports may hide its files from `require.resolve`). */
function packageFolder(name) {
  for (let folder = benchRoot; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'node_modules', name)
    if (existsSync(path.join(candidate, 'package.json'))) return candidate
    if (path.dirname(folder) === folder) throw new Error(`\`${name}\` is not installed: run \`npm install\``)
  }
}
const remarkCli = path.join(packageFolder('remark-cli'), 'cli.js')
const recommended = path.join(packageFolder('remark-preset-lint-recommended'), 'index.js')
const markdownlint = path.join(packageFolder('markdownlint-cli2'), 'markdownlint-cli2-bin.mjs')
const presetIds = ['spec-kit', 'speckitadv', 'spec-kit-gates', 'spec-plan', 'technical-plan']

const relativeFiles = new Set(corpus.files.map((file) => path.relative(corpusFolder, file).split(path.sep).join('/')))

/** Files a vfile-reporter report names (one header line per file). */
function filesInReport(text, root) {
  const seen = new Set()
  for (const raw of text.split('\n')) {
    let line = raw.replace(/\u001B\[[\d;]*m/g, '').replace(/: no issues found$/, '').trim()
    if (line.startsWith(`${root}/`)) line = line.slice(root.length + 1)
    if (relativeFiles.has(line)) seen.add(line)
  }
  return seen.size
}

const throughputCommands = [
  {name: 'parse-only (floor)', args: [parseOnly, '**/*.md'], env: cached, count: (result) => Number(/files (\d+)/.exec(result.stdout)?.[1])},
  {name: 'plan-lint --preset auto (bundle)', plan: 'auto', args: [bundleBin, '--preset', 'auto', '**/*.md'], env: cached, count: (result) => filesInReport(result.stdout, corpusFolder)},
  {name: 'plan-lint --preset auto (workspace bin)', args: [workspaceBin, '--preset', 'auto', '**/*.md'], count: (result) => filesInReport(result.stdout, corpusFolder)},
  ...presetIds.map((id) => ({
    name: `plan-lint --preset ${id} (bundle)`,
    plan: id,
    args: [bundleBin, '--preset', id, '**/*.md'],
    env: cached,
    count: (result) => filesInReport(result.stdout, corpusFolder)
  })),
  {name: 'remark-cli + lint-recommended', args: [remarkCli, '--no-color', '--use', recommended, '--frail', '--no-stdout', '.'], count: (result) => filesInReport(result.stderr, corpusFolder)},
  {name: 'markdownlint-cli2 (default rules)', args: [markdownlint, '**/*.md'], count: (result) => Number(/Linting: (\d+) file/.exec(result.stdout + result.stderr)?.[1])}
]

/** Run every command `runs` times, alternating them, each round starting one command later. */
async function alternate(commands, runs, cwd, label) {
  const samples = commands.map(() => ({wall: [], rss: [], counts: [], codes: []}))
  for (let round = 0; round < runs; round++) {
    for (let step = 0; step < commands.length; step++) {
      const index = (round + step) % commands.length
      const command = commands[index]
      const result = await timeNode(command.args, {cwd, env: command.env})
      if (result.signal || result.code === null || result.code > 1) {
        throw new Error(`${command.name} failed (exit ${result.code ?? result.signal}): ${result.stderr.slice(0, 500)}`)
      }
      samples[index].wall.push(result.ms)
      samples[index].rss.push(result.rssKiB)
      samples[index].counts.push(command.count ? command.count(result) : undefined)
      log(`${label} ${round + 1}/${runs} ${command.name}: ${(result.ms / 1000).toFixed(2)} s, ${((result.rssKiB ?? 0) / 1024).toFixed(0)} MB`)
    }
  }
  return samples
}

// The first run of each cached command compiles and writes its cache; users' runs after their first start from it.
for (const args of [[parseOnly, corpus.files[0]], [bundleBin, corpus.files[0]]]) {
  const result = await timeNode(args, {cwd: corpusFolder, env: cached})
  if (result.code === null || result.code > 1 || result.stderr !== '') throw new Error(`priming ${path.basename(args[0])} failed: ${result.stderr.slice(0, 500)}`)
}

log('throughput ...')
const throughputSamples = await alternate(throughputCommands, settings.runs, corpusFolder, 'throughput')
const floor = summary(throughputSamples[0].wall)
const floorRss = summary(throughputSamples[0].rss)
const throughput = throughputCommands.map((command, index) => {
  const wall = summary(throughputSamples[index].wall)
  const rss = summary(throughputSamples[index].rss)
  const files = Math.min(...throughputSamples[index].counts)
  return {
    name: command.name,
    preset: command.plan,
    wall,
    rss,
    ratio: wall.median / floor.median,
    memoryRatio: rss.median / floorRss.median,
    files,
    filesOk: files === corpus.files.length
  }
})

// Cold start: one 20 KB plan with its spec.
const coldFolder = path.join(work, 'cold')
const coldPlan = generatePlan(20 * 1024, {seed: 11})
mkdirSync(path.join(coldFolder, 'specs', '001-cold'), {recursive: true})
writeFileSync(path.join(coldFolder, 'specs', '001-cold', coldPlan.planName), coldPlan.plan)
writeFileSync(path.join(coldFolder, 'specs', '001-cold', coldPlan.specName), coldPlan.spec)
const coldFile = `specs/001-cold/${coldPlan.planName}`
const coldCommands = [
  {name: 'plan-lint (bundle)', args: [bundleBin, coldFile], env: cached},
  {name: 'plan-lint (bundle, no compile cache)', args: [bundleBin, coldFile], env: {NODE_DISABLE_COMPILE_CACHE: '1'}},
  {name: 'plan-lint (workspace bin)', args: [workspaceBin, coldFile]},
  {name: 'remark-cli + lint-recommended', args: [remarkCli, '--no-color', '--use', recommended, '--no-stdout', coldFile]},
  {name: 'markdownlint-cli2 (default rules)', args: [markdownlint, coldFile]},
  {name: 'node -e 0', args: ['-e', '0']}
]
log('cold start ...')
const coldSamples = await alternate(coldCommands, settings.coldRuns, coldFolder, 'cold')
const remarkCold = summary(coldSamples[coldCommands.findIndex((command) => command.name.startsWith('remark-cli'))].wall)
const cold = coldCommands.map((command, index) => {
  const wall = summary(coldSamples[index].wall)
  return {name: command.name, wall, rss: summary(coldSamples[index].rss), ratio: wall.median / remarkCold.median}
})

log('in-process cost per rule ...')
const ruleFiles = corpus.files.filter((file) => file.includes(`${path.sep}generated${path.sep}`)).slice(0, quick ? 12 : 400)
const rules = await runJsonScript('./rule-cost.js', [corpusFolder, ...ruleFiles], {cwd: corpusFolder})

log('scaling ...')
// The 10 MB document needs more than the default old-space limit of a small machine, for the parser's tree alone.
const scaling = await runJsonScript('./scaling.js', [work, settings.scalingSizes.join(',')], {nodeArgs: ['--max-old-space-size=8192'], cwd: work})
const reference = scaling.results.find((row) => row.size === 100_000) ?? scaling.results[0]
for (const row of scaling.results) row.ratio = row.lintNsPerByte / reference.lintNsPerByte

log('language server ...')
const languageServer = await runJsonScript('./language-server.js', [work, String(settings.languageServerBytes), String(settings.languageServerEdits)], {cwd: work})

const byName = new Map(throughput.map((row) => [row.name, row]))
const coldByName = new Map(cold.map((row) => [row.name, row]))
const largest = scaling.results.at(-1)
const targets = [
  ...throughput
    .filter((row) => row.preset)
    .map((row) => ({name: `throughput: ${row.name} / parse-only`, value: row.ratio, limit: 1.2, comparison: '≤', pass: row.ratio <= 1.2})),
  (() => {
    const value = Math.max(...throughput.filter((row) => row.preset).map((row) => row.memoryRatio))
    return {name: 'peak memory: plan-lint (worst preset) / parse-only', value, limit: 1.2, comparison: '≤', pass: value <= 1.2}
  })(),
  (() => {
    const value = coldByName.get('plan-lint (bundle)').ratio
    return {name: 'cold start: plan-lint (bundle) / remark-cli', value, limit: 0.5, comparison: '≤', pass: value <= 0.5}
  })(),
  (() => {
    const value = coldByName.get('plan-lint (bundle)').wall.median / coldByName.get('markdownlint-cli2 (default rules)').wall.median
    return {name: 'cold start: plan-lint (bundle) / markdownlint-cli2', value, limit: 1, comparison: '<', pass: value < 1}
  })(),
  {
    name: `scaling: time per byte at ${Math.round(largest.bytes / 1024)} KB / at 100 KB`,
    value: largest.ratio,
    limit: 1.25,
    comparison: '≤',
    pass: largest.ratio <= 1.25
  },
  {
    name: `language server: didChange to diagnostics / in-process parse (${Math.round(languageServer.bytes / 1024)} KB)`,
    value: languageServer.ratio,
    limit: 2,
    comparison: '≤',
    pass: languageServer.ratio <= 2
  }
]

const results = {
  version: 1,
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cpus: os.cpus().length,
    memoryGiB: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()}`,
    node: process.versions.node,
    loadBefore,
    loadAfter: os.loadavg()
  },
  settings,
  corpus: {files: corpus.files.length, bytes: corpus.bytes, generated: corpus.generated, real: corpus.real, seed: defaultCorpusOptions.seed},
  coldFileBytes: Buffer.byteLength(coldPlan.plan),
  throughput,
  cold,
  rules,
  scaling,
  languageServer,
  targets
}

mkdirSync(outFolder, {recursive: true})
writeFileSync(path.join(outFolder, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`)
writeFileSync(path.join(outFolder, 'bench.md'), markdown(results))
writeFileSync(path.join(outFolder, 'bench.svg'), svgChart(results))
if (!values.out) writeFileSync(path.join(benchRoot, 'README.md'), readme(results))
process.stdout.write(markdown(results))
if (!byName.get('parse-only (floor)').filesOk || throughput.some((row) => !row.filesOk)) {
  log('warning: a command did not lint every file of the corpus (see the files column)')
  process.exitCode = 1
}
if (!existsSync(outFolder)) process.exitCode = 1
