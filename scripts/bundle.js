#!/usr/bin/env node
/**
 * Builds the self-contained bundles committed under `bundle/`: the CLI
 * (`bundle/plan-lint.mjs`, what the pre-commit hook installs) and the GitHub
 * Action entry (`bundle/action.mjs`). Both are small ES modules
 * (scripts/bundle-entries/) that load `bundle/lib/plan-lint.cjs`: all of
 * plan-lint and its dependencies, built from the TypeScript output as one
 * CommonJS script, so that V8 can cache its compiled code between runs
 * (scripts/bundle-entries/load-bundle.js). Nothing is loaded from
 * node_modules at run time except what a user's own configuration names.
 *
 * `--check` builds in memory and fails (exit 1) when the committed files
 * differ, so CI catches a bundle that no longer matches the sources.
 */
import {createHash} from 'node:crypto'
import {chmod, mkdir, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {nodeBundleOptions, nodeScriptOptions, scriptText} from './lib/node-bundle.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outdir = path.join(root, 'bundle')
const entriesDir = path.join(root, 'scripts', 'bundle-entries')
const check = process.argv.includes('--check')
const licensesName = 'THIRD-PARTY-LICENSES.txt'
const libName = 'lib/plan-lint.cjs'

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
 * that import the module on their first call: the module's code is in the
 * script, but it runs (and V8 compiles its functions) only when a run needs it.
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

/**
 * vfile-reporter's `string-width` is given the function of
 * `bundle-entries/string-width.js`, which measures one-column text itself
 * and loads the package (its `Intl.Segmenter`) only for other text: a
 * module that \`require\`s the package where it needs it, which esbuild turns
 * into a call that runs the package's code then.
 */
const deferredStringWidthPlugin = {
  name: 'deferred-string-width',
  setup(esbuild) {
    const namespace = 'deferred-string-width'
    esbuild.onResolve({filter: /^string-width$/}, async (args) => {
      if (args.pluginData === namespace || !/[\\/]node_modules[\\/]vfile-reporter[\\/]/.test(args.importer)) return undefined
      const real = await esbuild.resolve(args.path, {kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: namespace})
      if (real.errors.length > 0) return {errors: real.errors}
      // Relative: the path names the module in the bundle, which holds nothing of this machine.
      return {path: path.relative(root, real.path).split(path.sep).join('/'), namespace}
    })
    esbuild.onLoad({filter: /.*/, namespace}, (args) => ({
      contents: [
        `import {deferredStringWidth} from ${JSON.stringify(path.join(entriesDir, 'string-width.js'))}`,
        `export default deferredStringWidth(() => require(${JSON.stringify(`./${path.posix.basename(args.path)}`)}).default)`,
        ''
      ].join('\n'),
      resolveDir: path.join(root, path.dirname(args.path)),
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
  const common = {absWorkingDir: root, ...nodeBundleOptions, legalComments: 'eof', sourcemap: false, write: false}
  const lib = await build({
    ...common,
    ...nodeScriptOptions,
    entryPoints: [path.join(entriesDir, 'lib.js')],
    outfile: path.join(outdir, libName),
    metafile: true,
    plugins: [versionPlugin, lazyLoadPlugin, deferredStringWidthPlugin]
  })
  const libText = scriptText(lib.outputFiles[0].text, libName)
  const entries = await build({
    ...common,
    entryPoints: ['plan-lint', 'action'].map((name) => ({in: path.join(entriesDir, `${name}.js`), out: name})),
    outdir,
    outExtension: {'.js': '.mjs'},
    // The entries import nothing that calls `require`.
    banner: {},
    // Names the script's compile cache (load-bundle.js): a new build, a new cache.
    define: {PLAN_LINT_BUILD_ID: JSON.stringify(createHash('sha256').update(libText).digest('hex').slice(0, 16))}
  })
  const outputs = new Map([[libName, libText]])
  for (const file of entries.outputFiles) {
    outputs.set(path.relative(outdir, file.path).split(path.sep).join('/'), file.text)
  }
  outputs.set(licensesName, await licenses(lib.metafile))
  return outputs
}

/** The license of every package the bundles include, as the packages ship it. */
async function licenses(metafile) {
  const packages = new Map()
  for (const input of Object.keys(metafile.inputs)) {
    // A plugin's own module (`namespace:path`) stands for a file that is an input too.
    if (/^[a-z-]+:/.test(input)) continue
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
