/**
 * The pre-commit hook (.pre-commit-hooks.yaml) with the real `pre-commit`
 * program. The hook repository is this working tree, uncommitted changes
 * included, committed into a temporary repository: pre-commit installs it as
 * it would for a user (`npm install`, `npm pack`, `npm install -g` of the
 * root package), then a user's repository commits plans through it.
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repoRoot} from './helpers/cli.js'
import {cleanPlan, debrisPlan, readme} from './helpers/plans.js'

const available = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'}).status === 0
const spec = '# Feature Specification\n\nWhat the plan answers to.\n'

let temp: string
let user: string

/** This machine's git and pre-commit settings stay out: only what the test sets. */
function env(): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_') && !key.startsWith('PRE_COMMIT')) clean[key] = value
  }
  return {
    ...clean,
    NO_COLOR: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(temp, 'gitconfig'),
    GIT_AUTHOR_NAME: 'Plan Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Plan Author',
    GIT_COMMITTER_EMAIL: 'author@example.com',
    PRE_COMMIT_HOME: path.join(temp, 'pre-commit-home')
  }
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, {cwd, encoding: 'utf8', env: env()}).trim()
}

interface Result {
  code: number | null
  output: string
}

/** Run a command, stdout and stderr together as a terminal shows them. */
function run(command: string, args: string[], cwd: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd, env: env(), stdio: ['ignore', 'pipe', 'pipe']})
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, output}))
  })
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(user, file)), {recursive: true})
  fs.writeFileSync(path.join(user, file), text)
}

/** The working tree as git sees it (tracked and new files, not ignored ones), committed as a hook repository. */
function hookRepository(target: string): string {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {cwd: repoRoot, encoding: 'utf8'})
  for (const file of listed.split('\0')) {
    const source = path.join(repoRoot, file)
    if (file === '' || !fs.existsSync(source)) continue
    fs.mkdirSync(path.dirname(path.join(target, file)), {recursive: true})
    fs.cpSync(source, path.join(target, file), {verbatimSymlinks: true})
  }
  git(['init', '-q'], target)
  git(['add', '-A'], target)
  git(['commit', '-q', '-m', 'plan-lint under test'], target)
  return git(['rev-parse', 'HEAD'], target)
}

const title = available ? 'the pre-commit hook' : 'the pre-commit hook (skipped: `pre-commit` is not on PATH; `apt-get install pre-commit`)'

describe.skipIf(!available)(title, () => {
  beforeAll(async () => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-lint-pre-commit-'))
    fs.writeFileSync(path.join(temp, 'gitconfig'), '')
    const hook = path.join(temp, 'hook')
    const rev = hookRepository(hook)

    user = path.join(temp, 'user')
    fs.mkdirSync(user)
    git(['init', '-q'], user)
    write('.pre-commit-config.yaml', `repos:\n  - repo: ${hook}\n    rev: ${rev}\n    hooks:\n      - id: plan-lint\n`)
    const install = await run('pre-commit', ['install'], user)
    expect(install.code, install.output).toBe(0)
    // The hook's environment: npm install (which builds the workspaces), npm pack, npm install -g.
    const hooks = await run('pre-commit', ['install-hooks'], user)
    expect(hooks.code, hooks.output).toBe(0)
  }, 600_000)

  afterAll(() => {
    if (temp) fs.rmSync(temp, {recursive: true, force: true})
  })

  it('installs the hook from the root package, as a user’s pre-commit does', () => {
    const home = path.join(temp, 'pre-commit-home')
    const installed = fs
      .readdirSync(home)
      .filter((name) => name.startsWith('repo'))
      .flatMap((repo) => {
        const envs = fs.readdirSync(path.join(home, repo)).filter((name) => name.startsWith('node_env'))
        return envs.map((name) => path.join(home, repo, name, 'lib', 'node_modules', 'plan-lint-monorepo'))
      })
      .find((folder) => fs.existsSync(folder))
    expect(installed, 'the packed root package in the hook environment').toBeDefined()
    // The packed package is the bundle: no workspaces, no dependencies installed with it.
    const contents = fs.readdirSync(installed as string)
    expect(contents).toContain('bundle')
    expect(contents).not.toContain('packages')
    expect(contents).not.toContain('node_modules')
    expect(fs.existsSync(path.join(installed as string, 'bundle', 'plan-lint.mjs'))).toBe(true)
  })

  it('refuses a commit of a plan with template debris, showing the findings', async () => {
    write('README.md', `${readme}\n[NEEDS CLARIFICATION: not a plan, so not linted]\n`)
    write('specs/001-search/plan.md', debrisPlan)
    write('specs/001-search/spec.md', spec)
    git(['add', '-A'], user)
    const commit = await run('git', ['commit', '-m', 'Plan rate limits'], user)
    expect(commit.code, commit.output).not.toBe(0)
    expect(commit.output).toMatch(/plan-lint\.+Failed/)
    expect(commit.output).toContain('specs/001-search/plan.md')
    expect(commit.output).toMatch(/error\s+Unexpected template token `\[DATE\]`, expected the plan's own content\s+plan-no-placeholders/)
    expect(commit.output).not.toContain('README.md')
    expect(() => git(['rev-parse', '--verify', '-q', 'HEAD'], user)).toThrow()
  })

  it('lets the commit through once the plan is fixed', async () => {
    write('specs/001-search/plan.md', cleanPlan)
    git(['add', '-A'], user)
    const commit = await run('git', ['commit', '-m', 'Plan rate limits'], user)
    expect(commit.code, commit.output).toBe(0)
    expect(commit.output).toMatch(/plan-lint\.+Passed/)
    expect(git(['log', '--format=%s'], user)).toBe('Plan rate limits')
  })

  it('lints what is staged, not what is only in the working tree', async () => {
    write('specs/001-search/plan.md', cleanPlan.replace('Partners call', 'Our partners call'))
    git(['add', 'specs/001-search/plan.md'], user)
    // Debris on top, not staged; and a bad plan never added.
    write('specs/001-search/plan.md', debrisPlan)
    write('specs/002-draft/plan.md', debrisPlan)
    const commit = await run('git', ['commit', '-m', 'Reword the summary'], user)
    expect(commit.code, commit.output).toBe(0)
    expect(commit.output).toMatch(/plan-lint\.+Passed/)
    expect(git(['show', 'HEAD:specs/001-search/plan.md'], user)).toContain('Our partners call')
    expect(fs.readFileSync(path.join(user, 'specs/001-search/plan.md'), 'utf8')).toBe(debrisPlan)
  })
})
