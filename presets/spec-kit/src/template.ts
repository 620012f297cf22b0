/**
 * The classic spec-kit implementation plan (`/plan`, later `/speckit.plan`),
 * both eras: the older one with Execution Flow, Phase 0-2 and Progress
 * Tracking, the newer one without them. Section names, field names and
 * placeholder shapes are facts taken from the upstream template; aliases are
 * the renamings and translations seen in real plans.
 *
 * This is the source; the preset ships `template.compiled.ts`, this source
 * validated by `defineTemplate` at build time (`npm run templates`).
 */
import type {TemplateInput} from '@plan-lint/core'

export const specKitTemplateSource: TemplateInput = {
  id: 'spec-kit',
  name: 'spec-kit implementation plan',
  title: {
    pattern: '^(?:implementation plan|実装計画|実施計画|구현 계획|实施计划|实现计划|实施方案)\\b|implementation plan$',
    ignoreCase: true
  },
  paths: ['(?:^|/)specs/[^/]+/plan\\.md$'],
  metadata: [
    // Real plans name the branch by its feature id (`**Feature ID:** 002-todo-app`): the branch format still applies.
    {name: 'Branch', aliases: ['Feature Branch', 'Feature ID', 'ブランチ', '브랜치', '分支'], required: true, format: 'branch'},
    // Plans dated by when they were written or last touched.
    {name: 'Date', aliases: ['Created', 'Last Updated', 'Updated', '日付', '날짜', '日期'], required: true, format: 'date'},
    {
      name: 'Spec',
      aliases: ['Specification', 'Feature Spec', '仕様', '仕様書', '사양', '명세', '规范', '规格'],
      required: true,
      format: 'link'
    },
    {name: 'Input', format: 'any'}
  ],
  sections: [
    {
      id: 'execution-flow',
      text: 'Execution Flow (/plan command scope)',
      aliases: ['Execution Flow', 'Execution Flow (/speckit.plan command scope)'],
      level: 2,
      requirement: 'optional',
      boilerplate: true
    },
    {
      id: 'summary',
      text: 'Summary',
      aliases: ['概要', 'サマリー', '요약', '摘要', '概述', 'Executive Summary', 'Plan Summary'],
      level: 2
    },
    {
      id: 'technical-context',
      text: 'Technical Context',
      aliases: ['Technical Architecture', '技術コンテキスト', '技術的コンテキスト', '기술 컨텍스트', '技术上下文', '技术背景', '技術'],
      level: 2
    },
    {
      id: 'constitution-check',
      text: 'Constitution Check',
      aliases: ['憲章チェック', '構成チェック', '憲法チェック', '헌법 검토', '헌법 검사', '宪法检查', '章程检查'],
      level: 2,
      instructions: ['GATE: Must pass before Phase 0 research']
    },
    {
      id: 'project-structure',
      text: 'Project Structure',
      aliases: ['プロジェクト構造', '프로젝트 구조', '项目结构'],
      level: 2,
      children: [
        {
          id: 'documentation',
          text: 'Documentation (this feature)',
          aliases: ['Documentation', 'ドキュメント', '文档'],
          level: 3,
          requirement: 'optional'
        },
        {
          id: 'source-code',
          text: 'Source Code (repository root)',
          aliases: ['Source Code', 'ソースコード', '源代码', '소스 코드'],
          level: 3,
          requirement: 'optional'
        }
      ]
    },
    {
      id: 'phase-0',
      // Older templates put the phases before Complexity Tracking; newer
      // /plan commands append them after it.
      ordered: false,
      text: 'Phase 0: Outline & Research',
      aliases: ['Phase 0: Research', 'Phase 0: Research & Outline', 'Phase 0 - Outline & Research'],
      level: 2,
      requirement: 'conditional',
      when: {present: 'execution-flow'}
    },
    {
      id: 'phase-1',
      instructions: ['Prerequisites: research.md complete'],
      ordered: false,
      text: 'Phase 1: Design & Contracts',
      aliases: ['Phase 1: Design', 'Phase 1 - Design & Contracts'],
      level: 2,
      requirement: 'conditional',
      when: {present: 'execution-flow'}
    },
    {
      id: 'phase-2',
      instructions: ['This section describes what the /tasks command will do'],
      ordered: false,
      text: 'Phase 2: Task Planning Approach',
      aliases: ['Phase 2: Task Planning', 'Phase 2 - Task Planning Approach'],
      level: 2,
      requirement: 'conditional',
      when: {present: 'execution-flow'}
    },
    {
      id: 'phase-3',
      instructions: ['These phases are beyond the scope of the /plan command'],
      ordered: false,
      text: 'Phase 3+: Future Implementation',
      level: 2,
      requirement: 'optional'
    },
    {
      id: 'complexity-tracking',
      text: 'Complexity Tracking',
      aliases: ['複雑性の追跡', '複雑度トラッキング', '복잡성 추적', '复杂度跟踪', '复杂性跟踪'],
      level: 2,
      requirement: 'optional',
      // "Fill ONLY if Constitution Check has violations": empty means none.
      allowEmpty: true
    },
    {
      id: 'progress-tracking',
      instructions: ['This checklist is updated during execution flow'],
      text: 'Progress Tracking',
      level: 2,
      requirement: 'conditional',
      when: {present: 'execution-flow'}
    }
  ],
  placeholders: [
    {scope: 'bracket', pattern: '\\be\\.g\\.', ignoreCase: true, kind: 'template example'},
    {scope: 'bracket', pattern: '^#{3}-', kind: 'feature number placeholder'},
    {scope: 'bracket', pattern: '^(?:FEATURE|DATE|link|FEATURE NAME)$', kind: 'template token'},
    // `Projects: [#] (max 3 ...)` in the older Constitution Check.
    {scope: 'bracket', pattern: '^#$', kind: 'template token'},
    // In code, `[POLL_INTERVAL_MS]` is an array of a constant.
    {scope: 'bracket', pattern: '^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$', kind: 'template token', inCode: false},
    {
      scope: 'bracket',
      pattern:
        '^(?:Extract from feature spec|Document the selected structure|Gates determined based on|DEFAULT to Option|same as backend|platform-specific structure|if applicable\\b|domain-specific\\b|single/web/mobile|current need$|specific problem$|why .{1,80} insufficient$|name \\+ purpose for each$|commands with --help)',
      ignoreCase: true,
      kind: 'template instruction'
    },
    // The template engine's own tokens; `__FILE__` or `__DEV__` are not.
    {scope: 'text', pattern: '\\b__(?:AGENT|SPECKIT_[A-Z0-9_]+)__\\b', kind: 'template token'},
    {scope: 'text', pattern: '\\{(?:SCRIPT|ARGS)\\}', kind: 'template token'},
    {scope: 'comment', pattern: 'ACTION REQUIRED', kind: 'template instruction comment'}
  ],
  optionLabels: [
    {pattern: '^#*\\s*\\[REMOVE IF UNUSED\\]\\s*Option\\s+\\d+', ignoreCase: true},
    {pattern: '^#*\\s*Option\\s+\\d+:\\s*(?:Single project|Web application|Mobile \\+ API)', ignoreCase: true}
  ],
  identifiers: [
    {id: 'FR', pattern: '\\bFR-(\\d+)\\b', description: 'functional requirement'},
    {id: 'NFR', pattern: '\\bNFR-(\\d+)\\b', description: 'non-functional requirement'},
    {id: 'SC', pattern: '\\bSC-(\\d+)\\b', description: 'success criterion'},
    {
      id: 'US',
      pattern:
        '\\bUS-?(\\d+)\\b|\\b[Uu]ser [Ss]tory\\s*#?(\\d+)\\b|ユーザーストーリー\\s*(\\d+)|사용자 스토리\\s*(\\d+)|用户故事\\s*(\\d+)',
      description: 'user story'
    }
  ],
  traceability: {
    spec: {
      fields: ['Spec', 'Specification', 'Feature Spec', '仕様', '仕様書', '사양', '명세', '规范', '规格'],
      conventions: ['spec.md']
    },
    research: {fields: ['Research'], conventions: ['research.md']},
    // Most real spec-kit plans cite no identifiers: no coverage, no required
    // citations; a citation the spec does not define is always reported.
    successCriteria: {families: ['FR', 'NFR', 'SC', 'US']}
  },
  gates: {
    verdicts: [{section: 'constitution-check', justifiedBy: 'complexity-tracking'}],
    checklists: [
      {
        section: 'progress-tracking',
        implementation: ['^Phase [3-9]\\b', 'Tasks generated', 'Implementation complete', 'Validation passed', '/tasks\\b'],
        whenViolations: ['^Complexity deviations documented']
      }
    ]
  }
}
