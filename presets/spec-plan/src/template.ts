/**
 * The spec-plan workflow's feature plan (`docs/features/FEAT-XXX-plan.md`):
 * twelve sections in the order its "Write Plan File" step fills them, the
 * research questions (RQ1..RQn) the spec raises, technical decisions with
 * File Organization as TD1, and success criteria derived from the spec's
 * acceptance criteria (AC1..ACn). Section names, field names and placeholder
 * shapes are facts taken from the template and its workflow.
 *
 * This is the source; the preset ships `template.compiled.ts`, this source
 * validated by `defineTemplate` at build time (`npm run templates`).
 */
import type {TemplateInput} from '@plan-lint/core'

export const specPlanTemplateSource: TemplateInput = {
  id: 'spec-plan',
  name: 'spec-plan feature plan',
  title: {pattern: '^implementation plan\\b', ignoreCase: true},
  paths: ['(?:^|/)docs/features/[^/]*-plan\\.md$', '(?:^|/)FEAT-\\d[^/]*-plan\\.md$'],
  // Testing, Security, Dependencies, Risks: every plan family has them.
  detection: {sections: ['research-summary', 'database-schema-changes', 'api-contracts', 'technical-decisions']},
  metadata: [
    {name: 'Feature ID', aliases: ['Feature'], required: true, format: 'any'},
    {name: 'Status', format: 'any'},
    {name: 'Created', format: 'date'},
    {name: 'Last Updated', aliases: ['Updated'], format: 'date'},
    {name: 'Specification', aliases: ['Spec'], format: 'link'}
  ],
  sections: [
    {
      id: 'research-summary',
      text: 'Research Summary',
      aliases: ['Research Findings'],
      level: 2,
      instructions: ['Research Questions Investigated']
    },
    {
      id: 'architecture-overview',
      text: 'Architecture Overview',
      aliases: ['Architecture', 'System Architecture'],
      level: 2
    },
    {
      id: 'database-schema-changes',
      text: 'Database Schema Changes',
      aliases: ['Database Schema', 'Schema Changes'],
      level: 2
    },
    {id: 'api-contracts', text: 'API Contracts', level: 2},
    {id: 'technical-decisions', text: 'Technical Decisions', aliases: ['Key Technical Decisions'], level: 2},
    {
      id: 'testing-strategy',
      text: 'Testing Strategy',
      aliases: ['Testing', 'Test Strategy', 'Test Plan'],
      level: 2,
      children: [
        {id: 'unit-tests', text: 'Unit Tests', aliases: ['Unit Testing'], level: 3},
        {id: 'integration-tests', text: 'Integration Tests', aliases: ['Integration Testing'], level: 3},
        {id: 'e2e-tests', text: 'E2E Tests', aliases: ['End-to-End Tests', 'E2E Testing', 'End-to-End Testing'], level: 3}
      ]
    },
    {
      id: 'performance-considerations',
      text: 'Performance Considerations',
      aliases: ['Performance', 'Performance Planning'],
      level: 2
    },
    {
      id: 'security-considerations',
      text: 'Security Considerations',
      aliases: ['Security', 'Security Planning'],
      level: 2
    },
    {
      // "Optional/Light" in the workflow.
      id: 'rollout-strategy',
      text: 'Rollout Strategy',
      aliases: ['Rollout', 'Rollout Plan', 'Deployment'],
      level: 2,
      requirement: 'optional'
    },
    {id: 'dependencies', text: 'Dependencies', aliases: ['Dependency Analysis'], level: 2},
    {
      id: 'risks',
      text: 'Risks & Mitigation',
      aliases: ['Risks and Mitigation', 'Risks & Mitigations', 'Risks', 'Risk Assessment'],
      level: 2
    },
    {id: 'success-criteria', text: 'Success Criteria', aliases: ['Definition of Done'], level: 2},
    {id: 'next-steps', text: 'Next Steps', level: 2, requirement: 'optional'},
    {id: 'notes', text: 'Notes', level: 2, requirement: 'optional'}
  ],
  placeholders: [
    {scope: 'bracket', pattern: '\\be\\.g\\.', ignoreCase: true, kind: 'template example'},
    {scope: 'bracket', pattern: '^FEAT-X+$', kind: 'feature id placeholder'},
    {scope: 'bracket', pattern: '^YYYY-MM-DD$', kind: 'date placeholder'},
    {
      scope: 'bracket',
      pattern:
        '^(?:Feature Name|Question|Description|topic|table_name|existing_table|queryName|mutationName|actionName|route|name|feature-name|Next Decision Title|Risk description|Mitigation strategy|Impact on [a-z]+|Why we needed to make a decision|Description, pros/cons|rationale|ASCII diagram\\b.*|3-5 bullet points\\b.*|Repeat for each RQ\\b.*|Potential bottleneck\\b.*|Feature dependencies\\b.*|Infrastructure dependencies\\b.*|Additional context\\b.*)$',
      ignoreCase: true,
      kind: 'template placeholder'
    },
    // The template's status line offers every status; a plan keeps one.
    {scope: 'text', pattern: '\\bDraft \\| Approved \\| In Progress \\| Complete\\b', kind: 'template choice'},
    {scope: 'text', pattern: '\\bHigh/Med/Low\\b', kind: 'template choice'},
    // "(from spec AC1-ACN)": the range was never filled in.
    {scope: 'text', pattern: '\\bAC1\\s*[-–]\\s*ACN\\b', kind: 'template range'},
    {scope: 'text', pattern: '<<[A-Z][A-Z0-9_]*>>', kind: 'template token'},
    {scope: 'comment', pattern: 'ACTION REQUIRED', kind: 'template instruction comment'}
  ],
  identifiers: [
    {id: 'AC', pattern: '\\bAC-?(\\d+)\\b', description: 'acceptance criterion of the spec'},
    {id: 'RQ', pattern: '\\bRQ-?(\\d+)\\b', description: 'research question raised by the spec'},
    {id: 'TD', pattern: '§?\\bTD-?(\\d+)\\b', description: 'technical decision of the plan'}
  ],
  traceability: {
    spec: {
      fields: ['Specification', 'Spec'],
      conventions: ['{name}-spec.md', 'spec.md']
    },
    research: {fields: ['Research'], conventions: ['{name}-research.md']},
    researchQuestions: {family: 'RQ', sections: ['research-summary']},
    successCriteria: {
      sections: ['success-criteria'],
      families: ['AC'],
      coverage: ['AC'],
      // `**Functional** (from spec):`, not `**Non-functional**:`.
      citationsRequiredIn: '(?<![-\\w])functional|from (?:the )?spec'
    },
    decisions: {
      section: 'technical-decisions',
      family: 'TD',
      first: {text: 'File Organization', pattern: 'file\\s+(?:organi[sz]ation|layout|structure)'}
    }
  }
}
