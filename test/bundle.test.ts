/**
 * The committed bundles (`bundle/`, built by scripts/bundle.js): they match a
 * fresh build of the sources, they carry no machine's paths, and the CLI
 * bundle runs on its own, copied outside the repository with no node_modules
 * beside it, linting exactly as the workspace CLI does, a user's
 * configuration still loading plugins from the user's own node_modules; and
 * it keeps V8's compiled code between runs (scripts/bundle-entries/load-bundle.js)
 * without that changing what a run does.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {binPath, repoRoot, type CliResult} from './helpers/cli.js'
import {debrisPlan} from './helpers/plans.js'
import {removeTempProjects, tempProject} from './helpers/project.js'

const bundleDir = path.join(repoRoot, 'bundle')

/** The compile cache of these tests' runs, apart from the user's. */
const cacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-lint-compile-cache-test-'))
afterAll(() => fs.rmSync(cacheRoot, {recursive: true, force: true}))

function node(args: string[], cwd: string, env: NodeJS.ProcessEnv = {NODE_COMPILE_CACHE: cacheRoot}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: {...withoutCacheSettings(process.env), NO_COLOR: '1', ...env},
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

function withoutCacheSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const {NODE_COMPILE_CACHE: _folder, NODE_DISABLE_COMPILE_CACHE: _disable, ...rest} = env
  return rest
}

/** Every file under a folder, relative, with `/`. */
function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

describe('the committed bundle', () => {
  it('matches a fresh build of the sources (`npm run bundle:check`)', async () => {
    const result = await node([path.join(repoRoot, 'scripts/bundle.js'), '--check'], repoRoot)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^bundle\/ matches the sources/)
  })

  it('holds the two entries, the script they load and the licenses, and nothing of this machine', () => {
    expect(filesUnder(bundleDir)).toEqual(['THIRD-PARTY-LICENSES.txt', 'action.mjs', 'lib/plan-lint.cjs', 'plan-lint.mjs'])
    expect(fs.readFileSync(path.join(bundleDir, 'plan-lint.mjs'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/)
    for (const name of ['action.mjs', 'lib/plan-lint.cjs', 'plan-lint.mjs']) {
      const text = fs.readFileSync(path.join(bundleDir, name), 'utf8')
      expect(text, name).not.toContain(repoRoot)
      expect(text, name).not.toContain('sourceMappingURL')
    }
    // Read without UTF-8 decoding (load-bundle.js).
    expect(/[^\x00-\x7F]/.test(fs.readFileSync(path.join(bundleDir, 'lib/plan-lint.cjs'), 'latin1'))).toBe(false)
    const licenses = fs.readFileSync(path.join(bundleDir, 'THIRD-PARTY-LICENSES.txt'), 'utf8')
    for (const name of ['unified-engine@', 'zod@', 'micromark@']) expect(licenses).toContain(name)
  })
})

/**
 * In a describe block: a copy of bundle/ outside the repository for its
 * tests (removed after them, with their projects); the path of its CLI entry.
 */
function copiedBundle(): {bundled: () => string; copy: () => string} {
  let copy = ''
  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-lint-bundle-'))
    fs.cpSync(bundleDir, path.join(copy, 'bundle'), {recursive: true})
  })
  afterAll(() => {
    fs.rmSync(copy, {recursive: true, force: true})
    removeTempProjects()
  })
  return {bundled: () => path.join(copy, 'bundle', 'plan-lint.mjs'), copy: () => copy}
}

/** A project holding examples/debris (plan and spec) in `specs/001/`. */
function debrisProject() {
  const project = tempProject()
  for (const name of ['plan.md', 'spec.md']) {
    project.write(`specs/001/${name}`, fs.readFileSync(path.join(repoRoot, 'examples/debris', name), 'utf8'))
  }
  return project
}

describe('the CLI bundle, copied outside the repository', () => {
  const {bundled, copy} = copiedBundle()

  it('prints the CLI version', async () => {
    const result = await node([bundled(), '--version'], copy())
    const {version} = JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')) as {version: string}
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toBe(`${version}\n`)
  })

  it('lints examples/debris/plan.md as the workspace CLI does', async () => {
    const project = debrisProject()
    const stylish = await node([bundled(), 'specs/001/plan.md'], project.root)
    expect(stylish.code).toBe(1)
    expect(stylish.stderr).toBe('')
    expect(stylish.stdout).toContain('plan-no-placeholders')

    // The same table, column widths included (the bundle measures one-column text without string-width's Segmenter).
    project.write('specs/002/plan.md', '# 구현 계획: 레시피 ✅\n\n## 요약 (Summary)\n\n[NEEDS CLARIFICATION: “which unit” — metric…]\n')
    const stylishWorkspace = await node([binPath, 'specs/001/plan.md', 'specs/002/plan.md'], project.root)
    const stylishBundle = await node([bundled(), 'specs/001/plan.md', 'specs/002/plan.md'], project.root)
    expect(stylishBundle.stdout).toBe(stylishWorkspace.stdout)
    expect(stylishBundle.stdout).toMatch(/…/)
    expect(stylishBundle.stdout).toMatch(/specs\/002\/plan\.md/)

    const fromBundle = await node([bundled(), '--format', 'json', 'specs/001/plan.md'], project.root)
    const fromWorkspace = await node([binPath, '--format', 'json', 'specs/001/plan.md'], project.root)
    expect(fromBundle.code).toBe(1)
    expect(JSON.parse(fromBundle.stdout)).toEqual(JSON.parse(fromWorkspace.stdout))
    expect(JSON.parse(fromBundle.stdout).summary).toMatchObject({files: 1, errors: 9, warnings: 1})
  })

  it('loads a preset a configuration names from the user’s node_modules, once', async () => {
    const project = tempProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-preset-plan-spec-kit']}),
      'plan.md': debrisPlan
    }).linkPackages(['remark-preset-plan-spec-kit'])
    const fromBundle = await node([bundled(), '--format', 'json', 'plan.md'], project.root)
    const fromWorkspace = await node([binPath, '--format', 'json', 'plan.md'], project.root)
    expect(fromBundle.stderr).toBe('')
    expect(fromBundle.code).toBe(1)
    const report = JSON.parse(fromBundle.stdout) as {files: Array<{messages: Array<{ruleId: string; line: number; column: number}>}>}
    expect(report).toEqual(JSON.parse(fromWorkspace.stdout))
    const messages = report.files[0]?.messages ?? []
    expect(messages.length).toBeGreaterThan(0)
    const keys = messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('says which plugin a configuration names that is not installed', async () => {
    const project = tempProject({'.remarkrc.json': JSON.stringify({plugins: ['remark-preset-plan-missing']}), 'plan.md': debrisPlan})
    const result = await node([bundled(), 'plan.md'], project.root)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^plan-lint: .*remark-preset-plan-missing/)
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  })
})

describe('the CLI bundle’s compile cache', () => {
  const {bundled} = copiedBundle()

  /** A cache folder of its own for one test. */
  function cacheSetting(): {env: NodeJS.ProcessEnv; folder: string} {
    const root = fs.mkdtempSync(path.join(cacheRoot, 'case-'))
    return {env: {NODE_COMPILE_CACHE: root}, folder: path.join(root, 'plan-lint')}
  }

  function cacheFiles(folder: string): string[] {
    return fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.v8cache')) : []
  }

  it('is written by the first run that lints, closed to other users, and read by the next run unchanged', async () => {
    const {env, folder} = cacheSetting()
    const project = debrisProject()
    const first = await node([bundled(), '--format', 'json', 'specs/001/plan.md'], project.root, env)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(1)
    const [name, ...others] = cacheFiles(folder)
    expect(others).toEqual([])
    expect(name).toMatch(/^[\da-f]{16}-\d+-\d+-v\d+\.\d+\.\d+-\w+\.v8cache$/)
    const cacheFile = path.join(folder, name as string)
    if (process.platform !== 'win32') {
      expect(fs.statSync(folder).mode & 0o777).toBe(0o700)
      expect(fs.statSync(cacheFile).mode & 0o777).toBe(0o600)
    }
    const written = fs.readFileSync(cacheFile)
    // A run that linted wrote it: marked complete.
    expect(written[0]).toBe(1)
    const {ino, mtimeMs} = fs.statSync(cacheFile)

    const second = await node([bundled(), '--format', 'json', 'specs/001/plan.md'], project.root, env)
    expect(second).toEqual(first)
    // Accepted by V8: a rejected cache would have been written again (a new file, renamed in).
    expect(fs.statSync(cacheFile)).toMatchObject({ino, mtimeMs})
    expect(fs.readFileSync(cacheFile).equals(written)).toBe(true)
  })

  it('is written again by a run that lints after one that only printed the version', async () => {
    const {env, folder} = cacheSetting()
    const project = debrisProject()
    const version = await node([bundled(), '--version'], project.root, env)
    expect(version.code).toBe(0)
    const [name] = cacheFiles(folder)
    const cacheFile = path.join(folder, name as string)
    expect(fs.readFileSync(cacheFile)[0]).toBe(0)
    const lint = await node([bundled(), 'specs/001/plan.md'], project.root, env)
    expect(lint.code).toBe(1)
    expect(cacheFiles(folder)).toEqual([name])
    expect(fs.readFileSync(cacheFile)[0]).toBe(1)
  })

  it('replaces a damaged cache, and the run lints as without one', async () => {
    const {env, folder} = cacheSetting()
    const project = debrisProject()
    const clean = await node([bundled(), '--format', 'json', 'specs/001/plan.md'], project.root, {NODE_DISABLE_COMPILE_CACHE: '1'})
    await node([bundled(), '--format', 'json', 'specs/001/plan.md'], project.root, env)
    const [name] = cacheFiles(folder)
    const cacheFile = path.join(folder, name as string)
    const damaged = Buffer.concat([Buffer.from([1]), Buffer.alloc(4096, 0x5a)])
    fs.writeFileSync(cacheFile, damaged)
    const run = await node([bundled(), '--format', 'json', 'specs/001/plan.md'], project.root, env)
    expect(run).toEqual(clean)
    expect(fs.readFileSync(cacheFile).equals(damaged)).toBe(false)
  })

  it('is neither read nor written when NODE_DISABLE_COMPILE_CACHE is set, or when other users may write its folder', async () => {
    const project = debrisProject()
    const disabled = cacheSetting()
    const off = await node([bundled(), 'specs/001/plan.md'], project.root, {...disabled.env, NODE_DISABLE_COMPILE_CACHE: '1'})
    expect(off.code).toBe(1)
    expect(fs.existsSync(disabled.folder)).toBe(false)

    if (process.platform === 'win32') return
    const open = cacheSetting()
    fs.mkdirSync(open.folder, {mode: 0o777})
    fs.chmodSync(open.folder, 0o777)
    const run = await node([bundled(), 'specs/001/plan.md'], project.root, open.env)
    expect(run).toEqual(off)
    expect(cacheFiles(open.folder)).toEqual([])
  })

  it('keeps a `.remarkrc.mjs` working, which the bundled script imports through its entry, cached or not', async () => {
    const {env} = cacheSetting()
    const project = tempProject({
      '.remarkrc.mjs': [
        "import specKit from 'remark-preset-plan-spec-kit'",
        "const {readFile} = await import('node:fs/promises')",
        "await readFile(new URL('./plan.md', import.meta.url))",
        'export default {plugins: [specKit]}',
        ''
      ].join('\n'),
      'plan.md': debrisPlan
    }).linkPackages(['remark-preset-plan-spec-kit'])
    const fromWorkspace = await node([binPath, '--format', 'json', 'plan.md'], project.root)
    expect(fromWorkspace.code).toBe(1)
    for (const round of ['compiles', 'reads the cache']) {
      const fromBundle = await node([bundled(), '--format', 'json', 'plan.md'], project.root, env)
      expect(fromBundle.stderr, round).toBe('')
      expect(JSON.parse(fromBundle.stdout), round).toEqual(JSON.parse(fromWorkspace.stdout))
    }
  })
})
