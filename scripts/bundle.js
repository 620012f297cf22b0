#!/usr/bin/env node
/**
 * Builds the self-contained bundles committed under `bundle/`: the CLI
 * (`bundle/plan-lint.mjs`, what the pre-commit hook installs) and the GitHub
 * Action entry (`bundle/action.mjs`), from the TypeScript build output. Both
 * share their code through chunks (`bundle/lib/`); nothing is loaded from
 * node_modules at run time except what a user's own configuration names.
 *
 * `--check` builds in memory and fails (exit 1) when the committed files
 * differ, so CI catches a bundle that no longer matches the sources.
 */
import {chmod, mkdir, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {nodeBundleOptions} from './lib/node-bundle.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outdir = path.join(root, 'bundle')
const check = process.argv.includes('--check')
const licensesName = 'THIRD-PARTY-LICENSES.txt'

// The entries are written here rather than kept as files: each is the thin
// process glue around a function the cli package exports.
const entries = {
  'plan-lint': [
    '#!/usr/bin/env node',
    "import {existsSync} from 'node:fs'",
    '',
    '// The root package.json names this file as its bin, so `npx plan-lint` in a',
    '// checkout of the plan-lint repository lands here: with the workspaces built,',
    '// run them, the code being worked on. Installed from the packed package',
    '// (pre-commit) or copied anywhere else, only the bundled copy is there.',
    '// Either is imported only when chosen: a run compiles one copy of plan-lint.',
    "const workspaceCli = new URL('../packages/cli/dist/cli.js', import.meta.url)",
    'const {run} = existsSync(workspaceCli)',
    '  ? await import(workspaceCli.href)',
    "  : await import('./packages/cli/dist/cli.js')",
    '',
    'process.exitCode = await run(process.argv.slice(2), {',
    '  cwd: process.cwd(),',
    '  stdout: (text) => process.stdout.write(text),',
    '  stderr: (text) => process.stderr.write(text),',
    "  color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),",
    '  progress: process.stderr,',
    '  env: process.env',
    '})',
    ''
  ].join('\n'),
  action: [
    "import {runAction} from './packages/cli/dist/action.js'",
    '',
    'process.exitCode = await runAction({',
    '  env: process.env,',
    '  cwd: process.cwd(),',
    '  stdout: (text) => process.stdout.write(text),',
    '  stderr: (text) => process.stderr.write(text)',
    '})',
    ''
  ].join('\n')
}

const entryNamespace = 'plan-lint-entry'

/** The entries above as modules; their comments in the output name the namespace, not a path. */
const entryPlugin = {
  name: 'entries',
  setup(esbuild) {
    esbuild.onResolve({filter: /^entry:/}, (args) => ({path: args.path.slice('entry:'.length), namespace: entryNamespace}))
    esbuild.onLoad({filter: /.*/, namespace: entryNamespace}, (args) => ({
      contents: entries[args.path],
      resolveDir: root,
      loader: 'js'
    }))
  }
}

/**
 * The CLI reads its version from `../package.json` next to its own module;
 * in a bundle that file is not there (or is another package's), so the
 * version is written into the bundle.
 */
const versionPlugin = {
  name: 'cli-version',
  setup(esbuild) {
    const cliModule = path.join(root, 'packages/cli/dist/cli.js')
    esbuild.onLoad({filter: /[\\/]packages[\\/]cli[\\/]dist[\\/]cli\.js$/}, async (args) => {
      if (args.path !== cliModule) return undefined
      const source = await readFile(args.path, 'utf8')
      const read = /readFile\(new URL\('\.\.\/package\.json', import\.meta\.url\), 'utf8'\)/g
      if (!read.test(source)) {
        throw new Error(
          'packages/cli/dist/cli.js no longer reads its version with ' +
            "`readFile(new URL('../package.json', import.meta.url), 'utf8')`: update the version step of scripts/bundle.js"
        )
      }
      const {version} = JSON.parse(await readFile(path.join(root, 'packages/cli/package.json'), 'utf8'))
      const manifest = JSON.stringify(JSON.stringify({version}))
      return {contents: source.replace(read, `Promise.resolve(${manifest})`), loader: 'js'}
    })
  }
}

/**
 * Modules unified-engine imports up front but uses only inside async
 * functions, in runs that plan-lint's CLI never makes or makes rarely:
 * load-plugin resolves the plugins a configuration names (and brings npm's
 * own configuration reader, @npmcli/config, semver, ... with it: a large
 * part of the bundle), and vfile-reporter is its default reporter (the CLI
 * passes its own, and loads vfile-reporter itself when it prints the
 * stylish report). Each is replaced, for unified-engine, by async functions
 * that import the module on their first call, from a chunk of its own.
 */
const lazyModules = {
  'load-plugin': ['resolvePlugin', 'loadPlugin'],
  'vfile-reporter': ['reporter']
}

const lazyLoadPlugin = {
  name: 'lazy-modules',
  setup(esbuild) {
    const namespace = 'lazy-module'
    const filter = new RegExp(`^(?:${Object.keys(lazyModules).join('|')})$`)
    esbuild.onResolve({filter}, (args) =>
      args.namespace === namespace || !/[\\/]node_modules[\\/]unified-engine[\\/]/.test(args.importer)
        ? undefined
        : {path: args.path, namespace, pluginData: {resolveDir: args.resolveDir}}
    )
    esbuild.onLoad({filter: /.*/, namespace}, (args) => ({
      contents: [
        ...lazyModules[args.path].map(
          (name) => `export async function ${name}(...parameters) { return (await import('${args.path}')).${name}(...parameters) }`
        ),
        ''
      ].join('\n'),
      resolveDir: args.pluginData.resolveDir,
      loader: 'js'
    }))
  }
}

async function bundle() {
  for (const dist of ['packages/cli/dist/cli.js', 'packages/cli/dist/action.js']) {
    if (!(await stat(path.join(root, dist)).catch(() => undefined))) {
      throw new Error(`\`${dist}\` is missing: run \`npm run build\` first`)
    }
  }
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.keys(entries).map((name) => ({in: `entry:${name}`, out: name})),
    ...nodeBundleOptions,
    splitting: true,
    outdir,
    outExtension: {'.js': '.mjs'},
    // Code a run loads only when it needs it (--fix, init, the SARIF and
    // GitHub reporters) is in chunks of its own.
    chunkNames: 'lib/[name]-[hash]',
    legalComments: 'eof',
    sourcemap: false,
    metafile: true,
    write: false,
    plugins: [entryPlugin, versionPlugin, lazyLoadPlugin]
  })
  const outputs = new Map()
  for (const file of result.outputFiles) {
    outputs.set(path.relative(outdir, file.path).split(path.sep).join('/'), hashbangFirst(file.text))
  }
  outputs.set(licensesName, await licenses(result.metafile))
  return outputs
}

/** esbuild keeps the entry's `#!` line but puts the banner above it; a `#!` only works first. */
function hashbangFirst(text) {
  const hashbang = '#!/usr/bin/env node\n'
  const at = text.indexOf(hashbang)
  if (at <= 0) return text
  return hashbang + text.slice(0, at) + text.slice(at + hashbang.length)
}

/** The license of every package the bundles include, as the packages ship it. */
async function licenses(metafile) {
  const packages = new Map()
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (match && !packages.has(match[1])) packages.set(match[1], undefined)
  }
  const sections = []
  for (const folder of packages.keys()) {
    const manifest = JSON.parse(await readFile(path.join(root, folder, 'package.json'), 'utf8'))
    const names = (await readdir(path.join(root, folder))).filter((name) => /^(licen[cs]e|copying)(\.|-|$)/i.test(name)).sort()
    const texts = await Promise.all(names.map((name) => readFile(path.join(root, folder, name), 'utf8')))
    const license = typeof manifest.license === 'string' ? manifest.license : 'see the package'
    const body = texts.length > 0 ? texts.map((text) => text.trim()).join('\n\n') : `(no license file in the package; \`license\`: ${license})`
    sections.push({key: `${manifest.name}@${manifest.version}`, text: `${manifest.name}@${manifest.version} (${license})\n${'-'.repeat(72)}\n${body}\n`})
  }
  sections.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const unique = sections.filter((section, index) => index === 0 || sections[index - 1].key !== section.key)
  return [
    'Third-party software included in the bundles in this folder (generated by scripts/bundle.js).',
    '',
    ...unique.map((section) => `${'='.repeat(72)}\n${section.text}`)
  ].join('\n')
}

async function filesOnDisk(folder, prefix = '') {
  const entries = await readdir(folder, {withFileTypes: true}).catch(() => [])
  const found = []
  for (const entry of entries) {
    const relative = prefix + entry.name
    if (entry.isDirectory()) found.push(...(await filesOnDisk(path.join(folder, entry.name), `${relative}/`)))
    else found.push(relative)
  }
  return found
}

const outputs = await bundle()
const onDisk = await filesOnDisk(outdir)

if (check) {
  const stale = []
  for (const [name, text] of outputs) {
    const committed = await readFile(path.join(outdir, name), 'utf8').catch(() => undefined)
    if (committed === undefined) stale.push(`bundle/${name} is missing`)
    else if (committed !== text) stale.push(`bundle/${name} differs from a fresh build`)
  }
  for (const name of onDisk) {
    if (!outputs.has(name)) stale.push(`bundle/${name} is not produced by the build any more`)
  }
  if (stale.length > 0) {
    process.stderr.write(
      `The committed bundle does not match the sources:\n${stale.map((line) => `  ${line}\n`).join('')}` +
        'Run `npm run bundle` and commit bundle/.\n'
    )
    process.exitCode = 1
  } else {
    process.stdout.write(`bundle/ matches the sources (${outputs.size} files)\n`)
  }
} else {
  for (const name of onDisk) {
    if (!outputs.has(name)) await rm(path.join(outdir, name))
  }
  for (const [name, text] of outputs) {
    const target = path.join(outdir, name)
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, text)
    // The CLI is run as a program (npm bins, pre-commit); the rest are modules.
    await chmod(target, name === 'plan-lint.mjs' ? 0o755 : 0o644)
  }
  for (const [name, text] of outputs) {
    process.stdout.write(`bundle/${name}  ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB\n`)
  }
}
