import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {defineTemplate} from '@plan-lint/core'
import {testRule} from '@plan-lint/core/testing'
import {planMetadata} from '@plan-lint/rules'
import {specKitTemplate} from 'remark-preset-plan-spec-kit'
import {afterAll} from 'vitest'

const options = {template: specKitTemplate}

/** A document from its lines; line N of the case is argument N. */
const md = (...lines: string[]) => `${lines.join('\n')}\n`

const title = '# Implementation Plan: Offline Sync'

/** A plan with the given header paragraph on line 3. */
const withHeader = (...header: string[]) => md(title, '', ...header, '', '## Summary', '', 'Queue offline edits.')

/** The header up to the date value, which starts on column 44. */
const beforeDate = '**Branch**: `004-offline-sync` | **Date**: '
const afterDate = ' | **Spec**: [spec.md](./spec.md)'

/**
 * A project on disk for the link checks: a git root holding
 * `specs/004-offline-sync/` (plan folder, with `spec.md` only when asked),
 * a folder named `notes.md`, a binary `blob.md`, and a file outside the root
 * reached by a symlink.
 */
const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true})
})

function project(withSpec: boolean) {
  const base = mkdtempSync(path.join(tmpdir(), 'plan-lint-metadata-'))
  folders.push(base)
  const root = path.join(base, 'repo')
  const folder = path.join(root, 'specs', '004-offline-sync')
  mkdirSync(path.join(root, '.git'), {recursive: true})
  mkdirSync(path.join(folder, 'notes.md'), {recursive: true})
  writeFileSync(path.join(base, 'secret.md'), '# Outside the project\n')
  symlinkSync(path.join(base, 'secret.md'), path.join(folder, 'linked.md'))
  writeFileSync(path.join(folder, 'blob.md'), Buffer.from([0x23, 0x20, 0x00, 0x01]))
  if (withSpec) writeFileSync(path.join(folder, 'spec.md'), '# Feature Specification: Offline Sync\n')
  return path.join(folder, 'plan.md')
}

const withSpec = project(true)
const withoutSpec = project(false)
const header = (spec: string) => withHeader(`**Branch**: \`004-offline-sync\` | **Date**: 2025-09-27 | **Spec**: ${spec}`)
const specColumn = 67

testRule(planMetadata, {
  valid: [
    {
      name: 'spec links that resolve: relative to the plan, to the root, repository-absolute',
      options,
      path: withSpec,
      code: md(
        title,
        '',
        '**Branch**: `004-offline-sync` | **Date**: 2025-09-27 | **Spec**: [spec.md](./spec.md)',
        '',
        '## Summary',
        '',
        'Queue offline edits.'
      )
    },
    {options, path: withSpec, code: header('`specs/004-offline-sync/spec.md`')},
    {options, path: withSpec, code: header('[spec](/specs/004-offline-sync/spec.md)')},
    {name: 'an id, with the spec beside the plan', options, path: withSpec, code: header('SPEC-118')},
    {name: 'a web link is not followed', options, path: withoutSpec, code: header('[spec](https://example.com/spec.md)')},
    {
      name: 'a broken link to a placeholder is left to plan-no-placeholders',
      options,
      path: withoutSpec,
      code: header('[link]')
    },
    {
      name: 'spec values real plans use: a path in code, an absolute path, an id',
      options,
      code: md(
        title,
        '',
        '**Branch**: `004-offline-sync` | **Date**: 2025-09-27 | **Spec**: `specs/004-offline-sync/spec.md`',
        '',
        '## Summary',
        '',
        'Text.',
        '',
        '---',
        '',
        '# Implementation Plan: Other',
        '',
        '**Branch**: `005-x` | **Date**: 2025-09-28 | **Spec:** SPEC-118',
        ''
      )
    },
    {
      name: 'the header of the template, filled in',
      options,
      code: withHeader('**Branch**: `004-offline-sync` | **Date**: 2025-09-27 | **Spec**: [spec.md](./spec.md)')
    },
    {
      name: 'the colon inside the bold label',
      options,
      code: withHeader('**Branch:** `004-offline-sync` | **Date:** 2025-09-27 | **Spec:** [spec.md](./spec.md)')
    },
    {
      name: 'a branch with a note and a written-out date',
      options,
      code: withHeader('**Branch**: `master` (dev branch) | **Date**: January 29, 2026 | **Spec**: [spec.md](./spec.md)')
    },
    {
      name: 'aliases, a branch without code span and a day-first date',
      options,
      code: withHeader('**Feature Branch**: feature/login-page | **Date**: 5 December 2025 | **Specification**: ./spec.md')
    },
    {
      name: 'localised labels and a Japanese date',
      options,
      code: withHeader('**ブランチ**: `004-offline-sync` | **日付**: 2026年2月17日 | **仕様**: [spec.md](./spec.md)')
    },
    {
      name: 'one field a line, with hard breaks and a note after the date',
      options,
      code: withHeader(
        '**Branch**: `004-offline-sync`\\',
        '**Date**: 2025-09-27 (revised 2025-10-02)\\',
        '**Spec**: [spec.md](./spec.md)\\',
        '**Input**: Feature specification from `/specs/004-offline-sync/spec.md`'
      )
    },
    {
      name: 'placeholder values are left to plan-no-placeholders',
      options,
      code: withHeader('**Branch**: `[###-feature-name]` | **Date**: [DATE] | **Spec**: [link]')
    },
    {
      name: 'fields in front matter',
      options,
      code: md('---', 'branch: 004-offline-sync', 'date: 2025-09-27', 'spec: ./spec.md', '---', '', title)
    },
    {
      name: 'a numeric date with the day or the month first',
      options,
      code: withHeader(`${beforeDate}27/09/2025${afterDate}`)
    },
    {
      name: 'Korean labels and date',
      options,
      code: withHeader('**브랜치**: `004-offline-sync` | **날짜**: 2025년 9월 27일 | **명세**: [spec.md](./spec.md)')
    },
    {
      name: 'a template without metadata checks nothing',
      options: {template: defineTemplate({id: 'bare', name: 'bare plan'})},
      code: md(title, '', '**Date**: TBD')
    }
  ],
  invalid: [
    {
      name: 'a spec link that leaves the project root is reported, not read',
      options,
      path: withSpec,
      code: header('[spec](../../../../etc/passwd)'),
      errors: [
        {
          messageId: 'linkOutsideRoot',
          data: {field: 'Spec', target: '../../../../etc/passwd'},
          line: 3,
          column: specColumn,
          endLine: 3,
          endColumn: specColumn + 30
        }
      ]
    },
    {
      name: 'a symlink inside the project that points outside it',
      options,
      path: withSpec,
      code: header('[spec](./linked.md)'),
      errors: [
        {messageId: 'linkOutsideRoot', data: {field: 'Spec', target: './linked.md'}, line: 3, column: specColumn, endLine: 3, endColumn: specColumn + 19}
      ]
    },
    {
      name: 'an absolute path from the author’s machine',
      options,
      path: withSpec,
      code: header('`/Users/someone/work/specs/004-offline-sync/spec.md`'),
      errors: [
        {
          messageId: 'linkOutsideRoot',
          data: {field: 'Spec', target: '/Users/someone/work/specs/004-offline-sync/spec.md'},
          line: 3,
          column: specColumn,
          endLine: 3,
          endColumn: specColumn + 52
        }
      ]
    },
    {
      name: 'a spec link to a file that does not exist',
      options,
      path: withSpec,
      code: header('[spec](./missing-spec.md)'),
      errors: [
        {messageId: 'linkNotFound', data: {field: 'Spec', target: './missing-spec.md'}, line: 3, column: specColumn, endLine: 3, endColumn: specColumn + 25}
      ]
    },
    {
      name: 'a spec link to a folder',
      options,
      path: withSpec,
      code: header('[notes](./notes.md)'),
      errors: [
        {messageId: 'linkNotAFile', data: {field: 'Spec', target: './notes.md'}, line: 3, column: specColumn, endLine: 3, endColumn: specColumn + 19}
      ]
    },
    {
      name: 'a spec link to a binary file',
      options,
      path: withSpec,
      code: header('[spec](./blob.md)'),
      errors: [
        {messageId: 'linkUnreadable', data: {field: 'Spec', target: './blob.md'}, line: 3, column: specColumn, endLine: 3, endColumn: specColumn + 17}
      ]
    },
    {
      name: 'a spec named by id, with no spec beside the plan',
      options,
      path: withoutSpec,
      code: header('SPEC-118'),
      errors: [{messageId: 'specMissing', data: {looked: '`spec.md`'}, line: 3, column: specColumn, endLine: 3, endColumn: specColumn + 8}]
    },
    {
      name: 'a spec value that points at nothing',
      options,
      code: withHeader('**Branch**: `004-offline-sync` | **Date**: 2025-09-27 | **Spec**: TBD'),
      errors: [
        {
          messageId: 'invalidLink',
          data: {field: 'Spec', value: 'TBD'},
          line: 3,
          column: 67,
          endLine: 3,
          endColumn: 70
        }
      ]
    },
    {
      name: 'a front-matter branch is judged as a whole',
      options,
      code: md('---', 'branch: "a b"', 'date: 2025-09-27', 'spec: ./spec.md', '---', '', title, '', '## Summary', '', 'Text.'),
      errors: [{messageId: 'invalidBranch', data: {field: 'branch', value: 'a b'}, line: 2, column: 9, endLine: 2, endColumn: 14}]
    },
    {
      name: 'a missing field is reported on the first header label',
      options,
      code: withHeader('**Branch**: `004-offline-sync` | **Date**: 2025-09-27'),
      errors: [
        {
          messageId: 'missing',
          data: {field: 'Spec'},
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 12
        }
      ]
    },
    {
      name: 'without a header, every required field is reported on the title',
      options,
      code: md(title, '', '## Summary', '', 'Queue offline edits.'),
      errors: [
        {messageId: 'missing', data: {field: 'Branch'}, line: 1, column: 1, endLine: 1, endColumn: 36},
        {messageId: 'missing', data: {field: 'Date'}, line: 1, column: 1, endLine: 1, endColumn: 36},
        {messageId: 'missing', data: {field: 'Spec'}, line: 1, column: 1, endLine: 1, endColumn: 36}
      ]
    },
    {
      name: 'without a header or a title, on the first node after front matter',
      options,
      code: md('---', 'owner: ana', '---', '', '## Summary', '', 'Queue offline edits.'),
      errors: [
        {messageId: 'missing', data: {field: 'Branch'}, line: 5, column: 1, endLine: 5, endColumn: 11},
        {messageId: 'missing', data: {field: 'Date'}, line: 5, column: 1, endLine: 5, endColumn: 11},
        {messageId: 'missing', data: {field: 'Spec'}, line: 5, column: 1, endLine: 5, endColumn: 11}
      ]
    },
    {
      name: 'a field below the first section is not part of the header',
      options,
      code: md(
        title,
        '',
        '**Branch**: `004-offline-sync` | **Spec**: [spec.md](./spec.md)',
        '',
        '## Summary',
        '',
        '**Date**: 2025-09-27'
      ),
      errors: [{messageId: 'missing', data: {field: 'Date'}, line: 3, column: 1, endLine: 3, endColumn: 12}]
    },
    {
      name: 'empty fields, required or not, are reported on their label',
      options,
      code: withHeader('**Branch**: `004-offline-sync` | **Date**: | **Spec**: [spec.md](./spec.md)', '**Input**:'),
      errors: [
        {
          messageId: 'empty',
          data: {field: 'Date'},
          message: 'Unexpected empty metadata field `Date`, expected a value',
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 43
        },
        {messageId: 'empty', data: {field: 'Input'}, line: 4, column: 1, endLine: 4, endColumn: 11}
      ]
    },
    {
      name: 'a month that does not exist',
      options,
      code: withHeader(`${beforeDate}2025-13-01${afterDate}`),
      errors: [
        {
          messageId: 'invalidDate',
          data: {field: 'Date', value: '2025-13-01'},
          message: 'Unexpected date `2025-13-01` in `Date`, expected a calendar date such as `2025-01-31`',
          line: 3,
          column: 44,
          endLine: 3,
          endColumn: 54
        }
      ]
    },
    {
      name: 'the date format instead of a date',
      options,
      code: withHeader(`${beforeDate}YYYY-MM-DD${afterDate}`),
      errors: [
        {
          messageId: 'invalidDate',
          data: {field: 'Date', value: 'YYYY-MM-DD'},
          line: 3,
          column: 44,
          endLine: 3,
          endColumn: 54
        }
      ]
    },
    {
      name: 'a date still to be decided',
      options,
      code: withHeader(`${beforeDate}TBD${afterDate}`),
      errors: [
        {messageId: 'invalidDate', data: {field: 'Date', value: 'TBD'}, line: 3, column: 44, endLine: 3, endColumn: 47}
      ]
    },
    {
      name: 'a localised date label with a full-width colon',
      options,
      code: withHeader('**ブランチ**：`004-offline-sync` | **日付**：未定 | **仕様**：[spec.md](./spec.md)'),
      errors: [
        {messageId: 'invalidDate', data: {field: '日付', value: '未定'}, line: 3, column: 38, endLine: 3, endColumn: 40}
      ]
    },
    {
      name: 'a date in front matter is reported on its value',
      options,
      code: md('---', 'branch: 004-offline-sync', 'date: 2025-02-30', 'spec: ./spec.md', '---', '', title),
      errors: [
        {
          messageId: 'invalidDate',
          data: {field: 'date', value: '2025-02-30'},
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 17
        }
      ]
    },
    {
      name: 'a numeric date that is no date in either order',
      options,
      code: withHeader(`${beforeDate}13/13/2025${afterDate}`),
      errors: [
        {
          messageId: 'invalidDate',
          data: {field: 'Date', value: '13/13/2025'},
          line: 3,
          column: 44,
          endLine: 3,
          endColumn: 54
        }
      ]
    },
    {
      name: 'an empty front-matter key is reported on the key',
      options,
      code: md('---', 'branch: 004-offline-sync', 'date:', 'spec: ./spec.md', '---', '', title),
      errors: [{messageId: 'empty', data: {field: 'date'}, line: 3, column: 1, endLine: 3, endColumn: 5}]
    },
    {
      name: 'a bracketed branch that is not a template placeholder',
      options,
      code: withHeader('**Branch**: `[002-x]` | **Date**: 2025-09-27 | **Spec**: [spec.md](./spec.md)'),
      errors: [
        {
          messageId: 'invalidBranch',
          data: {field: 'Branch', value: '[002-x]'},
          message: 'Unexpected branch `[002-x]` in `Branch`, expected a branch name such as `001-feature-name`',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 22
        }
      ]
    },
    {
      name: 'a branch name with a space in its code span',
      options,
      code: withHeader('**Branch**: `a b` | **Date**: 2025-09-27 | **Spec**: [spec.md](./spec.md)'),
      errors: [
        {messageId: 'invalidBranch', data: {field: 'Branch', value: 'a b'}, line: 3, column: 13, endLine: 3, endColumn: 18}
      ]
    },
    {
      name: 'a branch name starting with a dash, under an alias',
      options,
      code: withHeader('**Feature Branch**: -hotfix | **Date**: 2025-09-27 | **Spec**: [spec.md](./spec.md)'),
      errors: [
        {
          messageId: 'invalidBranch',
          data: {field: 'Feature Branch', value: '-hotfix'},
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 28
        }
      ]
    }
  ]
})
