import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  createLayoutPreset,
  createPreset,
  planGatesPassed,
  planMetadata,
  planNoEmptySections,
  planNoOptionLabels,
  planNoPlaceholders,
  planRequiredSections,
  planRqsResolved,
  planSectionOrder,
  planSuccessCriteriaTraced,
  planTd1First,
  styleFreeTemplate
} from "./chunk-WNMIOWVO.mjs";
import {
  PlanLintConfigError,
  compiledTemplate,
  getPlanModel,
  remarkPlanSyntax,
  templateSignature,
  unified
} from "./chunk-FOCHGUSW.mjs";

// presets/spec-kit/dist/template.compiled.js
var specKitTemplate = compiledTemplate({
  "id": "spec-kit",
  "name": "spec-kit implementation plan",
  "title": {
    "pattern": "^(?:implementation plan|\u5B9F\u88C5\u8A08\u753B|\u5B9F\u65BD\u8A08\u753B|\uAD6C\uD604 \uACC4\uD68D|\u5B9E\u65BD\u8BA1\u5212|\u5B9E\u73B0\u8BA1\u5212|\u5B9E\u65BD\u65B9\u6848)\\b|implementation plan$",
    "ignoreCase": true
  },
  "paths": [
    "(?:^|/)specs/[^/]+/plan\\.md$"
  ],
  "metadata": [
    {
      "name": "Branch",
      "aliases": [
        "Feature Branch",
        "Feature ID",
        "\u30D6\u30E9\u30F3\u30C1",
        "\uBE0C\uB79C\uCE58",
        "\u5206\u652F"
      ],
      "required": true,
      "format": "branch"
    },
    {
      "name": "Date",
      "aliases": [
        "Created",
        "Last Updated",
        "Updated",
        "\u65E5\u4ED8",
        "\uB0A0\uC9DC",
        "\u65E5\u671F"
      ],
      "required": true,
      "format": "date"
    },
    {
      "name": "Spec",
      "aliases": [
        "Specification",
        "Feature Spec",
        "\u4ED5\u69D8",
        "\u4ED5\u69D8\u66F8",
        "\uC0AC\uC591",
        "\uBA85\uC138",
        "\u89C4\u8303",
        "\u89C4\u683C"
      ],
      "required": true,
      "format": "link"
    },
    {
      "name": "Input",
      "format": "any"
    }
  ],
  "sections": [
    {
      "id": "execution-flow",
      "text": "Execution Flow (/plan command scope)",
      "aliases": [
        "Execution Flow",
        "Execution Flow (/speckit.plan command scope)"
      ],
      "level": 2,
      "requirement": "optional",
      "boilerplate": true
    },
    {
      "id": "summary",
      "text": "Summary",
      "aliases": [
        "\u6982\u8981",
        "\u30B5\u30DE\u30EA\u30FC",
        "\uC694\uC57D",
        "\u6458\u8981",
        "\u6982\u8FF0",
        "Executive Summary",
        "Plan Summary"
      ],
      "level": 2
    },
    {
      "id": "technical-context",
      "text": "Technical Context",
      "aliases": [
        "Technical Architecture",
        "\u6280\u8853\u30B3\u30F3\u30C6\u30AD\u30B9\u30C8",
        "\u6280\u8853\u7684\u30B3\u30F3\u30C6\u30AD\u30B9\u30C8",
        "\uAE30\uC220 \uCEE8\uD14D\uC2A4\uD2B8",
        "\u6280\u672F\u4E0A\u4E0B\u6587",
        "\u6280\u672F\u80CC\u666F",
        "\u6280\u8853"
      ],
      "level": 2
    },
    {
      "id": "constitution-check",
      "text": "Constitution Check",
      "aliases": [
        "\u61B2\u7AE0\u30C1\u30A7\u30C3\u30AF",
        "\u69CB\u6210\u30C1\u30A7\u30C3\u30AF",
        "\u61B2\u6CD5\u30C1\u30A7\u30C3\u30AF",
        "\uD5CC\uBC95 \uAC80\uD1A0",
        "\uD5CC\uBC95 \uAC80\uC0AC",
        "\u5BAA\u6CD5\u68C0\u67E5",
        "\u7AE0\u7A0B\u68C0\u67E5"
      ],
      "level": 2,
      "instructions": [
        "GATE: Must pass before Phase 0 research"
      ]
    },
    {
      "id": "project-structure",
      "text": "Project Structure",
      "aliases": [
        "\u30D7\u30ED\u30B8\u30A7\u30AF\u30C8\u69CB\u9020",
        "\uD504\uB85C\uC81D\uD2B8 \uAD6C\uC870",
        "\u9879\u76EE\u7ED3\u6784"
      ],
      "level": 2,
      "children": [
        {
          "id": "documentation",
          "text": "Documentation (this feature)",
          "aliases": [
            "Documentation",
            "\u30C9\u30AD\u30E5\u30E1\u30F3\u30C8",
            "\u6587\u6863"
          ],
          "level": 3,
          "requirement": "optional"
        },
        {
          "id": "source-code",
          "text": "Source Code (repository root)",
          "aliases": [
            "Source Code",
            "\u30BD\u30FC\u30B9\u30B3\u30FC\u30C9",
            "\u6E90\u4EE3\u7801",
            "\uC18C\uC2A4 \uCF54\uB4DC"
          ],
          "level": 3,
          "requirement": "optional"
        }
      ]
    },
    {
      "id": "phase-0",
      "text": "Phase 0: Outline & Research",
      "aliases": [
        "Phase 0: Research",
        "Phase 0: Research & Outline",
        "Phase 0 - Outline & Research"
      ],
      "level": 2,
      "requirement": "conditional",
      "when": {
        "present": "execution-flow"
      },
      "ordered": false
    },
    {
      "id": "phase-1",
      "text": "Phase 1: Design & Contracts",
      "aliases": [
        "Phase 1: Design",
        "Phase 1 - Design & Contracts"
      ],
      "level": 2,
      "requirement": "conditional",
      "when": {
        "present": "execution-flow"
      },
      "ordered": false,
      "instructions": [
        "Prerequisites: research.md complete"
      ]
    },
    {
      "id": "phase-2",
      "text": "Phase 2: Task Planning Approach",
      "aliases": [
        "Phase 2: Task Planning",
        "Phase 2 - Task Planning Approach"
      ],
      "level": 2,
      "requirement": "conditional",
      "when": {
        "present": "execution-flow"
      },
      "ordered": false,
      "instructions": [
        "This section describes what the /tasks command will do"
      ]
    },
    {
      "id": "phase-3",
      "text": "Phase 3+: Future Implementation",
      "level": 2,
      "requirement": "optional",
      "ordered": false,
      "instructions": [
        "These phases are beyond the scope of the /plan command"
      ]
    },
    {
      "id": "complexity-tracking",
      "text": "Complexity Tracking",
      "aliases": [
        "\u8907\u96D1\u6027\u306E\u8FFD\u8DE1",
        "\u8907\u96D1\u5EA6\u30C8\u30E9\u30C3\u30AD\u30F3\u30B0",
        "\uBCF5\uC7A1\uC131 \uCD94\uC801",
        "\u590D\u6742\u5EA6\u8DDF\u8E2A",
        "\u590D\u6742\u6027\u8DDF\u8E2A"
      ],
      "level": 2,
      "requirement": "optional",
      "allowEmpty": true
    },
    {
      "id": "progress-tracking",
      "text": "Progress Tracking",
      "level": 2,
      "requirement": "conditional",
      "when": {
        "present": "execution-flow"
      },
      "instructions": [
        "This checklist is updated during execution flow"
      ]
    }
  ],
  "placeholders": [
    {
      "scope": "bracket",
      "pattern": "\\be\\.g\\.",
      "ignoreCase": true,
      "kind": "template example"
    },
    {
      "scope": "bracket",
      "pattern": "^#{3}-",
      "kind": "feature number placeholder"
    },
    {
      "scope": "bracket",
      "pattern": "^(?:FEATURE|DATE|link|FEATURE NAME)$",
      "kind": "template token"
    },
    {
      "scope": "bracket",
      "pattern": "^#$",
      "kind": "template token"
    },
    {
      "scope": "bracket",
      "pattern": "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
      "kind": "template token",
      "inCode": false
    },
    {
      "scope": "bracket",
      "pattern": "^(?:Extract from feature spec|Document the selected structure|Gates determined based on|DEFAULT to Option|same as backend|platform-specific structure|if applicable\\b|domain-specific\\b|single/web/mobile|current need$|specific problem$|why .{1,80} insufficient$|name \\+ purpose for each$|commands with --help)",
      "ignoreCase": true,
      "kind": "template instruction"
    },
    {
      "scope": "text",
      "pattern": "\\b__(?:AGENT|SPECKIT_[A-Z0-9_]+)__\\b",
      "kind": "template token"
    },
    {
      "scope": "text",
      "pattern": "\\{(?:SCRIPT|ARGS)\\}",
      "kind": "template token"
    },
    {
      "scope": "comment",
      "pattern": "ACTION REQUIRED",
      "kind": "template instruction comment"
    }
  ],
  "optionLabels": [
    {
      "pattern": "^#*\\s*\\[REMOVE IF UNUSED\\]\\s*Option\\s+\\d+",
      "ignoreCase": true
    },
    {
      "pattern": "^#*\\s*Option\\s+\\d+:\\s*(?:Single project|Web application|Mobile \\+ API)",
      "ignoreCase": true
    }
  ],
  "identifiers": [
    {
      "id": "FR",
      "pattern": "\\bFR-(\\d+)\\b",
      "description": "functional requirement"
    },
    {
      "id": "NFR",
      "pattern": "\\bNFR-(\\d+)\\b",
      "description": "non-functional requirement"
    },
    {
      "id": "SC",
      "pattern": "\\bSC-(\\d+)\\b",
      "description": "success criterion"
    },
    {
      "id": "US",
      "pattern": "\\bUS-?(\\d+)\\b|\\b[Uu]ser [Ss]tory\\s*#?(\\d+)\\b|\u30E6\u30FC\u30B6\u30FC\u30B9\u30C8\u30FC\u30EA\u30FC\\s*(\\d+)|\uC0AC\uC6A9\uC790 \uC2A4\uD1A0\uB9AC\\s*(\\d+)|\u7528\u6237\u6545\u4E8B\\s*(\\d+)",
      "description": "user story"
    }
  ],
  "traceability": {
    "spec": {
      "fields": [
        "Spec",
        "Specification",
        "Feature Spec",
        "\u4ED5\u69D8",
        "\u4ED5\u69D8\u66F8",
        "\uC0AC\uC591",
        "\uBA85\uC138",
        "\u89C4\u8303",
        "\u89C4\u683C"
      ],
      "conventions": [
        "spec.md"
      ]
    },
    "research": {
      "fields": [
        "Research"
      ],
      "conventions": [
        "research.md"
      ]
    },
    "successCriteria": {
      "sections": [],
      "families": [
        "FR",
        "NFR",
        "SC",
        "US"
      ],
      "coverage": []
    },
    "openQuestions": true
  },
  "gates": {
    "verdicts": [
      {
        "section": "constitution-check",
        "justifiedBy": "complexity-tracking"
      }
    ],
    "checklists": [
      {
        "section": "progress-tracking",
        "implementation": [
          "^Phase [3-9]\\b",
          "Tasks generated",
          "Implementation complete",
          "Validation passed",
          "/tasks\\b"
        ],
        "whenViolations": [
          "^Complexity deviations documented"
        ],
        "stage": "planning"
      }
    ]
  }
});

// presets/spec-kit/dist/index.js
var specKitRules = [
  [planRequiredSections, "error"],
  [planSectionOrder, "warn"],
  [planNoEmptySections, "warn"],
  [planNoPlaceholders, "error"],
  [planNoOptionLabels, "error"],
  [planMetadata, "error"],
  [planRqsResolved, "error"],
  [planSuccessCriteriaTraced, "error"],
  [planGatesPassed, "warn"]
];
var preset = createPreset("spec-kit", specKitTemplate, specKitRules);
var dist_default = preset;

// presets/spec-kit-gates/dist/template.compiled.js
var specKitGatesSummaryTemplate = compiledTemplate({
  "id": "spec-kit-gates-summary",
  "name": "numbered spec-kit plan with quality gates (1. SUMMARY .. 7. ROLLBACK PLAN)",
  "title": {
    "pattern": "^(?:implementation )?plan\\b",
    "ignoreCase": true
  },
  "paths": [],
  "detection": {
    "sections": [
      "summary",
      "quality-gates",
      "definition-of-ready",
      "definition-of-done",
      "architecture",
      "implementation-phases",
      "rollback-plan"
    ]
  },
  "metadata": [],
  "sections": [
    {
      "id": "summary",
      "text": "1. SUMMARY",
      "level": 2,
      "children": [
        {
          "id": "technical-context",
          "text": "Technical Context",
          "level": 3,
          "requirement": "optional"
        },
        {
          "id": "overview",
          "text": "Overview",
          "level": 3,
          "requirement": "optional"
        }
      ]
    },
    {
      "id": "quality-gates",
      "text": "2. QUALITY GATES",
      "level": 2,
      "children": [
        {
          "id": "definition-of-ready",
          "text": "Definition of Ready (DoR)",
          "aliases": [
            "Definition of Ready",
            "DoR"
          ],
          "level": 3
        },
        {
          "id": "definition-of-done",
          "text": "Definition of Done (DoD)",
          "aliases": [
            "Definition of Done",
            "DoD"
          ],
          "level": 3
        }
      ]
    },
    {
      "id": "architecture",
      "text": "3. ARCHITECTURE",
      "level": 2,
      "children": [
        {
          "id": "pattern",
          "text": "Pattern",
          "level": 3,
          "requirement": "optional"
        },
        {
          "id": "key-components",
          "text": "Key Components",
          "level": 3,
          "requirement": "optional"
        },
        {
          "id": "data-flow",
          "text": "Data Flow",
          "level": 3,
          "requirement": "optional"
        }
      ]
    },
    {
      "id": "implementation-phases",
      "text": "4. IMPLEMENTATION PHASES",
      "level": 2
    },
    {
      "id": "testing-strategy",
      "text": "5. TESTING STRATEGY",
      "level": 2
    },
    {
      "id": "dependencies",
      "text": "6. DEPENDENCIES",
      "level": 2
    },
    {
      "id": "rollback-plan",
      "text": "7. ROLLBACK PLAN",
      "level": 2
    }
  ],
  "numbering": {
    "level": 2
  },
  "placeholders": [
    {
      "scope": "bracket",
      "pattern": "\\be\\.g\\.|^example:",
      "ignoreCase": true,
      "kind": "template example"
    },
    {
      "scope": "bracket",
      "pattern": "^YOUR_VALUE_HERE\\b",
      "kind": "template token"
    },
    {
      "scope": "bracket",
      "pattern": "^OPTIONAL:",
      "kind": "template instruction"
    },
    {
      "scope": "bracket",
      "pattern": "^#{3}-feature(?:-name)?$",
      "kind": "feature number placeholder"
    },
    {
      "scope": "bracket",
      "pattern": "^(?:FEATURE|AREA|DATE|NAME|X|Y|Z)$",
      "kind": "template token"
    },
    {
      "scope": "bracket",
      "pattern": "^(?:Names?|Name\\/Role|Team|Team\\/Individual|Company|Source|Date|Date\\/Cadence|Time estimate|Purpose|Impact|Impact description|Mitigation plan|Green\\/Yellow\\/Red|Internal\\/External|System\\/API|System\\/Library|Service\\/API|Library\\/Tool|Tools|Component \\d+|Core feature \\d+|Key feature \\d+|Step \\d+|Link to spec\\.md|Link additional docs|Architecture diagrams|API documentation|Design mockups|None \\| List tasks marked with \\[P\\]|List tasks marked with \\[P\\]|P0 \\| P1 \\| P2 \\| P3|Development \\| Staging \\| Production-like)$",
      "kind": "template token"
    },
    {
      "scope": "bracket",
      "pattern": "^(?:Extract from feature spec|Document the selected structure|Signals to |Recovery procedure|Conditions (?:that )?requir|How to |Brief description|If applicable|Cadence|Acceptance criteria checklist|Issue tracker|APM tool|Load testing|Monitoring|Coverage tool|PR metrics|Checklist|Step \\d|single\\/web\\/mobile|domain-specific|if applicable|same as backend|platform-specific structure|current need|specific problem|why .{1,80} insufficient|Components\\/functions|API endpoints\\/flows|User journeys|Jest\\/pytest|MVC \\||2-3 sentences|Phase 0 review|Local \\+ CI|CI on PR)",
      "kind": "template instruction"
    },
    {
      "scope": "bracket",
      "pattern": "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
      "kind": "template token",
      "inCode": false
    },
    {
      "scope": "text",
      "pattern": "\\[(?:None \\| )?List tasks marked with \\[P\\]\\]",
      "kind": "template instruction"
    },
    {
      "scope": "comment",
      "pattern": "ACTION REQUIRED|REPLACE SAMPLE CONTENT",
      "kind": "template instruction comment"
    }
  ],
  "optionLabels": [
    {
      "pattern": "^#*\\s*\\[REMOVE IF UNUSED\\]\\s*Option\\s+\\d+",
      "ignoreCase": true
    },
    {
      "pattern": "^#*\\s*Option\\s+\\d+:\\s*(?:Single project|Web application|Mobile \\+ API)",
      "ignoreCase": true
    }
  ],
  "identifiers": [],
  "traceability": {
    "spec": {
      "fields": [
        "Spec",
        "Specification"
      ],
      "conventions": [
        "spec.md"
      ]
    },
    "openQuestions": true
  },
  "gates": {
    "verdicts": [],
    "checklists": [
      {
        "section": "definition-of-ready",
        "implementation": [],
        "whenViolations": [],
        "stage": "planning"
      },
      {
        "section": "definition-of-done",
        "implementation": [],
        "whenViolations": [],
        "stage": "implementation"
      }
    ]
  }
});
var specKitGatesTemplate = compiledTemplate({
  "id": "spec-kit-gates",
  "name": "numbered spec-kit plan with quality gates (1. OBJECTIVE .. 10. REFERENCES)",
  "title": {
    "pattern": "^(?:implementation )?plan\\b",
    "ignoreCase": true
  },
  "paths": [],
  "detection": {
    "sections": [
      "objective",
      "quality-gates",
      "definition-of-ready",
      "definition-of-done",
      "implementation-phases",
      "success-metrics",
      "communication-review"
    ]
  },
  "metadata": [],
  "sections": [
    {
      "id": "objective",
      "text": "1. OBJECTIVE",
      "level": 2,
      "children": [
        {
          "id": "metadata",
          "text": "Metadata",
          "level": 3,
          "requirement": "optional"
        },
        {
          "id": "input",
          "text": "Input",
          "level": 3,
          "requirement": "optional"
        },
        {
          "id": "summary",
          "text": "Summary",
          "level": 3
        },
        {
          "id": "technical-context",
          "text": "Technical Context",
          "level": 3,
          "requirement": "optional"
        }
      ]
    },
    {
      "id": "quality-gates",
      "text": "2. QUALITY GATES",
      "level": 2,
      "requirement": "optional",
      "instructions": [
        "GATE: Must pass before Phase 0 research"
      ],
      "children": [
        {
          "id": "definition-of-ready",
          "text": "Definition of Ready (DoR)",
          "aliases": [
            "Definition of Ready",
            "DoR"
          ],
          "level": 3
        },
        {
          "id": "definition-of-done",
          "text": "Definition of Done (DoD)",
          "aliases": [
            "Definition of Done",
            "DoD"
          ],
          "level": 3
        },
        {
          "id": "rollback-guardrails",
          "text": "Rollback Guardrails",
          "level": 3,
          "requirement": "optional"
        },
        {
          "id": "complexity-tracking",
          "text": "Constitution Check (Complexity Tracking)",
          "aliases": [
            "Constitution Check",
            "Complexity Tracking"
          ],
          "level": 3,
          "requirement": "optional",
          "allowEmpty": true,
          "instructions": [
            "Fill ONLY if Constitution Check has violations"
          ]
        }
      ]
    },
    {
      "id": "project-structure",
      "text": "3. PROJECT STRUCTURE",
      "level": 2,
      "requirement": "optional",
      "children": [
        {
          "id": "architecture-overview",
          "text": "Architecture Overview",
          "level": 3,
          "requirement": "optional"
        },
        {
          "id": "documentation",
          "text": "Documentation (This Feature)",
          "aliases": [
            "Documentation"
          ],
          "level": 3,
          "requirement": "optional"
        },
        {
          "id": "source-code",
          "text": "Source Code (Repository Root)",
          "aliases": [
            "Source Code"
          ],
          "level": 3,
          "requirement": "optional"
        },
        {
          "id": "structure-decision",
          "text": "Structure Decision",
          "level": 3,
          "requirement": "optional"
        }
      ]
    },
    {
      "id": "implementation-phases",
      "text": "4. IMPLEMENTATION PHASES",
      "aliases": [
        "IMPLEMENTATION STEPS",
        "EXECUTION PHASES"
      ],
      "level": 2
    },
    {
      "id": "testing-strategy",
      "text": "5. TESTING STRATEGY",
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "success-metrics",
      "text": "6. SUCCESS METRICS",
      "aliases": [
        "SUCCESS CRITERIA"
      ],
      "level": 2
    },
    {
      "id": "risks-mitigations",
      "text": "7. RISKS & MITIGATIONS",
      "aliases": [
        "RISKS AND MITIGATIONS",
        "RISKS"
      ],
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "dependencies",
      "text": "8. DEPENDENCIES",
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "communication-review",
      "text": "9. COMMUNICATION & REVIEW",
      "aliases": [
        "COMMUNICATION AND REVIEW"
      ],
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "references",
      "text": "10. REFERENCES",
      "aliases": [
        "RELATED DOCUMENTS"
      ],
      "level": 2,
      "requirement": "optional"
    }
  ],
  "numbering": {
    "level": 2
  },
  "placeholders": [
    {
      "scope": "bracket",
      "pattern": "\\be\\.g\\.|^example:",
      "ignoreCase": true,
      "kind": "template example"
    },
    {
      "scope": "bracket",
      "pattern": "^YOUR_VALUE_HERE\\b",
      "kind": "template token"
    },
    {
      "scope": "bracket",
      "pattern": "^OPTIONAL:",
      "kind": "template instruction"
    },
    {
      "scope": "bracket",
      "pattern": "^#{3}-feature(?:-name)?$",
      "kind": "feature number placeholder"
    },
    {
      "scope": "bracket",
      "pattern": "^(?:FEATURE|AREA|DATE|NAME|X|Y|Z)$",
      "kind": "template token"
    },
    {
      "scope": "bracket",
      "pattern": "^(?:Names?|Name\\/Role|Team|Team\\/Individual|Company|Source|Date|Date\\/Cadence|Time estimate|Purpose|Impact|Impact description|Mitigation plan|Green\\/Yellow\\/Red|Internal\\/External|System\\/API|System\\/Library|Service\\/API|Library\\/Tool|Tools|Component \\d+|Core feature \\d+|Key feature \\d+|Step \\d+|Link to spec\\.md|Link additional docs|Architecture diagrams|API documentation|Design mockups|None \\| List tasks marked with \\[P\\]|List tasks marked with \\[P\\]|P0 \\| P1 \\| P2 \\| P3|Development \\| Staging \\| Production-like)$",
      "kind": "template token"
    },
    {
      "scope": "bracket",
      "pattern": "^(?:Extract from feature spec|Document the selected structure|Signals to |Recovery procedure|Conditions (?:that )?requir|How to |Brief description|If applicable|Cadence|Acceptance criteria checklist|Issue tracker|APM tool|Load testing|Monitoring|Coverage tool|PR metrics|Checklist|Step \\d|single\\/web\\/mobile|domain-specific|if applicable|same as backend|platform-specific structure|current need|specific problem|why .{1,80} insufficient|Components\\/functions|API endpoints\\/flows|User journeys|Jest\\/pytest|MVC \\||2-3 sentences|Phase 0 review|Local \\+ CI|CI on PR)",
      "kind": "template instruction"
    },
    {
      "scope": "bracket",
      "pattern": "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
      "kind": "template token",
      "inCode": false
    },
    {
      "scope": "text",
      "pattern": "\\[(?:None \\| )?List tasks marked with \\[P\\]\\]",
      "kind": "template instruction"
    },
    {
      "scope": "comment",
      "pattern": "ACTION REQUIRED|REPLACE SAMPLE CONTENT",
      "kind": "template instruction comment"
    }
  ],
  "optionLabels": [
    {
      "pattern": "^#*\\s*\\[REMOVE IF UNUSED\\]\\s*Option\\s+\\d+",
      "ignoreCase": true
    },
    {
      "pattern": "^#*\\s*Option\\s+\\d+:\\s*(?:Single project|Web application|Mobile \\+ API)",
      "ignoreCase": true
    }
  ],
  "identifiers": [],
  "traceability": {
    "spec": {
      "fields": [
        "Spec",
        "Specification"
      ],
      "conventions": [
        "spec.md"
      ]
    },
    "openQuestions": true
  },
  "gates": {
    "verdicts": [],
    "checklists": [
      {
        "section": "definition-of-ready",
        "implementation": [],
        "whenViolations": [],
        "stage": "planning"
      },
      {
        "section": "definition-of-done",
        "implementation": [],
        "whenViolations": [],
        "stage": "implementation"
      }
    ]
  }
});

// presets/spec-kit-gates/dist/index.js
var rules = [
  [planRequiredSections, "error"],
  [planSectionOrder, "warn"],
  [planNoEmptySections, "warn"],
  [planNoPlaceholders, "error"],
  [planNoOptionLabels, "error"],
  [planMetadata, "error"],
  [planRqsResolved, "error"],
  [planGatesPassed, "warn"]
];
var preset2 = createLayoutPreset("spec-kit-gates", [
  createPreset("spec-kit-gates", specKitGatesTemplate, rules, "objective"),
  createPreset("spec-kit-gates", specKitGatesSummaryTemplate, rules, "summary")
]);
var dist_default2 = preset2;

// presets/spec-plan/dist/template.compiled.js
var specPlanTemplate = compiledTemplate({
  "id": "spec-plan",
  "name": "spec-plan feature plan",
  "title": {
    "pattern": "^implementation plan\\b",
    "ignoreCase": true
  },
  "paths": [
    "(?:^|/)docs/features/[^/]*-plan\\.md$",
    "(?:^|/)FEAT-\\d[^/]*-plan\\.md$"
  ],
  "detection": {
    "sections": [
      "research-summary",
      "database-schema-changes",
      "api-contracts",
      "technical-decisions"
    ]
  },
  "metadata": [
    {
      "name": "Feature ID",
      "aliases": [
        "Feature"
      ],
      "required": true,
      "format": "any"
    },
    {
      "name": "Status",
      "format": "any"
    },
    {
      "name": "Created",
      "format": "date"
    },
    {
      "name": "Last Updated",
      "aliases": [
        "Updated"
      ],
      "format": "date"
    },
    {
      "name": "Specification",
      "aliases": [
        "Spec"
      ],
      "format": "link"
    }
  ],
  "sections": [
    {
      "id": "research-summary",
      "text": "Research Summary",
      "aliases": [
        "Research Findings"
      ],
      "level": 2,
      "instructions": [
        "Research Questions Investigated"
      ]
    },
    {
      "id": "architecture-overview",
      "text": "Architecture Overview",
      "aliases": [
        "Architecture",
        "System Architecture"
      ],
      "level": 2
    },
    {
      "id": "database-schema-changes",
      "text": "Database Schema Changes",
      "aliases": [
        "Database Schema",
        "Schema Changes"
      ],
      "level": 2
    },
    {
      "id": "api-contracts",
      "text": "API Contracts",
      "level": 2
    },
    {
      "id": "technical-decisions",
      "text": "Technical Decisions",
      "aliases": [
        "Key Technical Decisions"
      ],
      "level": 2
    },
    {
      "id": "testing-strategy",
      "text": "Testing Strategy",
      "aliases": [
        "Testing",
        "Test Strategy",
        "Test Plan"
      ],
      "level": 2,
      "children": [
        {
          "id": "unit-tests",
          "text": "Unit Tests",
          "aliases": [
            "Unit Testing"
          ],
          "level": 3
        },
        {
          "id": "integration-tests",
          "text": "Integration Tests",
          "aliases": [
            "Integration Testing"
          ],
          "level": 3
        },
        {
          "id": "e2e-tests",
          "text": "E2E Tests",
          "aliases": [
            "End-to-End Tests",
            "E2E Testing",
            "End-to-End Testing"
          ],
          "level": 3
        }
      ]
    },
    {
      "id": "performance-considerations",
      "text": "Performance Considerations",
      "aliases": [
        "Performance",
        "Performance Planning"
      ],
      "level": 2
    },
    {
      "id": "security-considerations",
      "text": "Security Considerations",
      "aliases": [
        "Security",
        "Security Planning"
      ],
      "level": 2
    },
    {
      "id": "rollout-strategy",
      "text": "Rollout Strategy",
      "aliases": [
        "Rollout",
        "Rollout Plan",
        "Deployment"
      ],
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "dependencies",
      "text": "Dependencies",
      "aliases": [
        "Dependency Analysis"
      ],
      "level": 2
    },
    {
      "id": "risks",
      "text": "Risks & Mitigation",
      "aliases": [
        "Risks and Mitigation",
        "Risks & Mitigations",
        "Risks",
        "Risk Assessment"
      ],
      "level": 2
    },
    {
      "id": "success-criteria",
      "text": "Success Criteria",
      "aliases": [
        "Definition of Done"
      ],
      "level": 2
    },
    {
      "id": "next-steps",
      "text": "Next Steps",
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "notes",
      "text": "Notes",
      "level": 2,
      "requirement": "optional"
    }
  ],
  "placeholders": [
    {
      "scope": "bracket",
      "pattern": "\\be\\.g\\.",
      "ignoreCase": true,
      "kind": "template example"
    },
    {
      "scope": "bracket",
      "pattern": "^FEAT-X+$",
      "kind": "feature id placeholder"
    },
    {
      "scope": "bracket",
      "pattern": "^YYYY-MM-DD$",
      "kind": "date placeholder"
    },
    {
      "scope": "bracket",
      "pattern": "^(?:Feature Name|Question|Description|topic|table_name|existing_table|queryName|mutationName|actionName|route|name|feature-name|Next Decision Title|Risk description|Mitigation strategy|Impact on [a-z]+|Why we needed to make a decision|Description, pros/cons|rationale|ASCII diagram\\b.*|3-5 bullet points\\b.*|Repeat for each RQ\\b.*|Potential bottleneck\\b.*|Feature dependencies\\b.*|Infrastructure dependencies\\b.*|Additional context\\b.*)$",
      "ignoreCase": true,
      "kind": "template placeholder"
    },
    {
      "scope": "text",
      "pattern": "\\bDraft \\| Approved \\| In Progress \\| Complete\\b",
      "kind": "template choice"
    },
    {
      "scope": "text",
      "pattern": "\\bHigh/Med/Low\\b",
      "kind": "template choice"
    },
    {
      "scope": "text",
      "pattern": "\\bAC1\\s*[-\u2013]\\s*ACN\\b",
      "kind": "template range"
    },
    {
      "scope": "text",
      "pattern": "<<[A-Z][A-Z0-9_]*>>",
      "kind": "template token"
    },
    {
      "scope": "comment",
      "pattern": "ACTION REQUIRED",
      "kind": "template instruction comment"
    }
  ],
  "optionLabels": [],
  "identifiers": [
    {
      "id": "AC",
      "pattern": "\\bAC-?(\\d+)\\b",
      "description": "acceptance criterion of the spec"
    },
    {
      "id": "RQ",
      "pattern": "\\bRQ-?(\\d+)\\b",
      "description": "research question raised by the spec"
    },
    {
      "id": "TD",
      "pattern": "\xA7?\\bTD-?(\\d+)\\b",
      "description": "technical decision of the plan"
    }
  ],
  "traceability": {
    "spec": {
      "fields": [
        "Specification",
        "Spec"
      ],
      "conventions": [
        "{name}-spec.md",
        "spec.md"
      ]
    },
    "research": {
      "fields": [
        "Research"
      ],
      "conventions": [
        "{name}-research.md"
      ]
    },
    "researchQuestions": {
      "family": "RQ",
      "sections": [
        "research-summary"
      ]
    },
    "successCriteria": {
      "sections": [
        "success-criteria"
      ],
      "families": [
        "AC"
      ],
      "coverage": [
        "AC"
      ],
      "citationsRequiredIn": "(?<![-\\w])functional|from (?:the )?spec"
    },
    "openQuestions": true,
    "decisions": {
      "section": "technical-decisions",
      "family": "TD",
      "first": {
        "text": "File Organization",
        "pattern": "file\\s+(?:organi[sz]ation|layout|structure)"
      }
    }
  },
  "gates": {
    "verdicts": [],
    "checklists": []
  }
});

// presets/spec-plan/dist/index.js
var preset3 = createPreset("spec-plan", specPlanTemplate, [
  [planRequiredSections, "error"],
  [planSectionOrder, "warn"],
  [planNoEmptySections, "warn"],
  [planNoPlaceholders, "error"],
  [planNoOptionLabels, "error"],
  [planMetadata, "error"],
  [planTd1First, "error"],
  [planRqsResolved, "error"],
  [planSuccessCriteriaTraced, "error"]
]);
var dist_default3 = preset3;

// presets/speckitadv/dist/template.compiled.js
var speckitadvTemplate = compiledTemplate({
  "id": "speckitadv",
  "name": "advanced spec-kit implementation plan (speckitadv)",
  "title": {
    "pattern": "^(?:implementation plan|\u5B9F\u88C5\u8A08\u753B|\u5B9F\u65BD\u8A08\u753B|\uAD6C\uD604 \uACC4\uD68D|\u5B9E\u65BD\u8BA1\u5212|\u5B9E\u73B0\u8BA1\u5212|\u5B9E\u65BD\u65B9\u6848)\\b|implementation plan$",
    "ignoreCase": true
  },
  "paths": [
    "(?:^|/)specs/[^/]+/plan\\.md$"
  ],
  "detection": {
    "sections": [
      "high-level-architecture",
      "component-interaction-diagram",
      "architecture-pattern",
      "component-responsibilities",
      "cross-cutting-concerns",
      "data-architecture",
      "integration-architecture",
      "migration-rollout-plan",
      "risk-assessment"
    ]
  },
  "metadata": [
    {
      "name": "Branch",
      "aliases": [
        "Feature Branch",
        "Feature ID",
        "\u30D6\u30E9\u30F3\u30C1",
        "\uBE0C\uB79C\uCE58",
        "\u5206\u652F"
      ],
      "required": true,
      "format": "branch"
    },
    {
      "name": "Date",
      "aliases": [
        "Created",
        "Last Updated",
        "Updated",
        "\u65E5\u4ED8",
        "\uB0A0\uC9DC",
        "\u65E5\u671F"
      ],
      "required": true,
      "format": "date"
    },
    {
      "name": "Spec",
      "aliases": [
        "Specification",
        "Feature Spec",
        "\u4ED5\u69D8",
        "\u4ED5\u69D8\u66F8",
        "\uC0AC\uC591",
        "\uBA85\uC138",
        "\u89C4\u8303",
        "\u89C4\u683C"
      ],
      "required": true,
      "format": "link"
    },
    {
      "name": "Input",
      "format": "any"
    }
  ],
  "sections": [
    {
      "id": "summary",
      "text": "Summary",
      "aliases": [
        "\u6982\u8981",
        "\u30B5\u30DE\u30EA\u30FC",
        "\uC694\uC57D",
        "\u6458\u8981",
        "\u6982\u8FF0",
        "Executive Summary",
        "Plan Summary"
      ],
      "level": 2
    },
    {
      "id": "technical-context",
      "text": "Technical Context",
      "aliases": [
        "Technical Architecture",
        "\u6280\u8853\u30B3\u30F3\u30C6\u30AD\u30B9\u30C8",
        "\u6280\u8853\u7684\u30B3\u30F3\u30C6\u30AD\u30B9\u30C8",
        "\uAE30\uC220 \uCEE8\uD14D\uC2A4\uD2B8",
        "\u6280\u672F\u4E0A\u4E0B\u6587",
        "\u6280\u672F\u80CC\u666F",
        "\u6280\u8853"
      ],
      "level": 2
    },
    {
      "id": "constitution-check",
      "text": "Constitution Check",
      "aliases": [
        "\u61B2\u7AE0\u30C1\u30A7\u30C3\u30AF",
        "\u69CB\u6210\u30C1\u30A7\u30C3\u30AF",
        "\u61B2\u6CD5\u30C1\u30A7\u30C3\u30AF",
        "\uD5CC\uBC95 \uAC80\uD1A0",
        "\uD5CC\uBC95 \uAC80\uC0AC",
        "\u5BAA\u6CD5\u68C0\u67E5",
        "\u7AE0\u7A0B\u68C0\u67E5"
      ],
      "level": 2,
      "instructions": [
        "GATE: Must pass before Phase 0 research"
      ]
    },
    {
      "id": "project-structure",
      "text": "Project Structure",
      "aliases": [
        "\u30D7\u30ED\u30B8\u30A7\u30AF\u30C8\u69CB\u9020",
        "\uD504\uB85C\uC81D\uD2B8 \uAD6C\uC870",
        "\u9879\u76EE\u7ED3\u6784"
      ],
      "level": 2,
      "children": [
        {
          "id": "documentation",
          "text": "Documentation (this feature)",
          "aliases": [
            "Documentation",
            "\u30C9\u30AD\u30E5\u30E1\u30F3\u30C8",
            "\u6587\u6863"
          ],
          "level": 3,
          "requirement": "optional"
        },
        {
          "id": "source-code",
          "text": "Source Code (repository root)",
          "aliases": [
            "Source Code",
            "\u30BD\u30FC\u30B9\u30B3\u30FC\u30C9",
            "\u6E90\u4EE3\u7801",
            "\uC18C\uC2A4 \uCF54\uB4DC"
          ],
          "level": 3,
          "requirement": "optional"
        }
      ]
    },
    {
      "id": "complexity-tracking",
      "text": "Complexity Tracking",
      "aliases": [
        "\u8907\u96D1\u6027\u306E\u8FFD\u8DE1",
        "\u8907\u96D1\u5EA6\u30C8\u30E9\u30C3\u30AD\u30F3\u30B0",
        "\uBCF5\uC7A1\uC131 \uCD94\uC801",
        "\u590D\u6742\u5EA6\u8DDF\u8E2A",
        "\u590D\u6742\u6027\u8DDF\u8E2A"
      ],
      "level": 2,
      "requirement": "optional",
      "allowEmpty": true
    },
    {
      "id": "high-level-architecture",
      "text": "High-Level Architecture",
      "aliases": [
        "Architecture"
      ],
      "level": 2,
      "children": [
        {
          "id": "component-interaction-diagram",
          "text": "Component Interaction Diagram",
          "level": 3,
          "instructions": [
            "Purpose: Show how this feature integrates"
          ]
        },
        {
          "id": "architecture-pattern",
          "text": "Architecture Pattern",
          "level": 3
        },
        {
          "id": "component-responsibilities",
          "text": "Component Responsibilities",
          "level": 3
        }
      ]
    },
    {
      "id": "cross-cutting-concerns",
      "text": "Cross-Cutting Concerns",
      "level": 2,
      "requirement": "optional",
      "allOrNothing": true,
      "children": [
        {
          "id": "error-handling",
          "text": "Error Handling",
          "level": 3
        },
        {
          "id": "security",
          "text": "Security",
          "level": 3
        },
        {
          "id": "observability",
          "text": "Observability",
          "level": 3
        },
        {
          "id": "caching-strategy",
          "text": "Caching Strategy",
          "level": 3,
          "requirement": "optional",
          "allOrNothing": true
        },
        {
          "id": "resilience-patterns",
          "text": "Resilience Patterns",
          "level": 3,
          "requirement": "optional",
          "allOrNothing": true
        },
        {
          "id": "api-design",
          "text": "API Design",
          "level": 3,
          "requirement": "optional",
          "allOrNothing": true
        },
        {
          "id": "configuration",
          "text": "Configuration",
          "level": 3
        }
      ]
    },
    {
      "id": "data-architecture",
      "text": "Data Architecture",
      "level": 2,
      "requirement": "optional",
      "allOrNothing": true,
      "children": [
        {
          "id": "data-model",
          "text": "Data Model",
          "level": 3
        },
        {
          "id": "database-schema",
          "text": "Database Schema",
          "level": 3
        },
        {
          "id": "data-flow-diagram",
          "text": "Data Flow Diagram",
          "aliases": [
            "Data Flow"
          ],
          "level": 3
        },
        {
          "id": "data-validation",
          "text": "Data Validation",
          "level": 3
        },
        {
          "id": "data-migration",
          "text": "Data Migration",
          "level": 3,
          "requirement": "optional",
          "allOrNothing": true
        }
      ]
    },
    {
      "id": "integration-architecture",
      "text": "Integration Architecture",
      "level": 2,
      "requirement": "optional",
      "allOrNothing": true,
      "children": [
        {
          "id": "external-dependencies",
          "text": "External Dependencies",
          "level": 3
        },
        {
          "id": "integration-patterns",
          "text": "Integration Patterns",
          "level": 3
        },
        {
          "id": "failure-handling",
          "text": "Failure Handling",
          "level": 3
        },
        {
          "id": "api-contracts",
          "text": "API Contracts",
          "level": 3,
          "requirement": "optional",
          "allOrNothing": true
        }
      ]
    },
    {
      "id": "migration-rollout-plan",
      "text": "Migration/Rollout Plan",
      "aliases": [
        "Migration Plan",
        "Rollout Plan",
        "Migration and Rollout Plan",
        "Migration & Rollout Plan"
      ],
      "level": 2,
      "requirement": "optional",
      "allOrNothing": true,
      "children": [
        {
          "id": "backward-compatibility",
          "text": "Backward Compatibility",
          "level": 3
        },
        {
          "id": "user-communication",
          "text": "User Communication",
          "level": 3,
          "requirement": "optional",
          "allOrNothing": true
        }
      ]
    },
    {
      "id": "risk-assessment",
      "text": "Risk Assessment",
      "level": 2,
      "requirement": "optional",
      "allOrNothing": true,
      "children": [
        {
          "id": "risks",
          "text": "Risks",
          "level": 3
        },
        {
          "id": "assumptions",
          "text": "Assumptions",
          "level": 3
        },
        {
          "id": "dependencies-blockers",
          "text": "Dependencies & Blockers",
          "aliases": [
            "Dependencies and Blockers",
            "Dependencies"
          ],
          "level": 3
        },
        {
          "id": "open-questions",
          "text": "Open Questions",
          "level": 3,
          "requirement": "optional"
        }
      ]
    }
  ],
  "placeholders": [
    {
      "scope": "bracket",
      "pattern": "\\be\\.g\\.",
      "ignoreCase": true,
      "kind": "template example"
    },
    {
      "scope": "bracket",
      "pattern": "^#{3}-",
      "kind": "feature number placeholder"
    },
    {
      "scope": "bracket",
      "pattern": "^(?:FEATURE|DATE|link|FEATURE NAME)$",
      "kind": "template token"
    },
    {
      "scope": "bracket",
      "pattern": "^#$",
      "kind": "template token"
    },
    {
      "scope": "bracket",
      "pattern": "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
      "kind": "template token",
      "inCode": false
    },
    {
      "scope": "bracket",
      "pattern": "^(?:Extract from feature spec|Document the selected structure|Gates determined based on|DEFAULT to Option|same as backend|platform-specific structure|if applicable\\b|domain-specific\\b|single/web/mobile|current need$|specific problem$|why .{1,80} insufficient$|name \\+ purpose for each$|commands with --help)",
      "ignoreCase": true,
      "kind": "template instruction"
    },
    {
      "scope": "text",
      "pattern": "\\b__(?:AGENT|SPECKIT_[A-Z0-9_]+)__\\b",
      "kind": "template token"
    },
    {
      "scope": "text",
      "pattern": "\\{(?:SCRIPT|ARGS)\\}",
      "kind": "template token"
    },
    {
      "scope": "comment",
      "pattern": "ACTION REQUIRED",
      "kind": "template instruction comment"
    },
    {
      "scope": "text",
      "pattern": "<<[A-Z][A-Z0-9_]*>>",
      "kind": "template token"
    },
    {
      "scope": "text",
      "pattern": "%%\\s*Example\\b[^\\n%]*\\bReplace\\b[^\\n]*",
      "ignoreCase": true,
      "kind": "template example"
    },
    {
      "scope": "bracket",
      "pattern": "\\S \\/ \\S",
      "kind": "template choice list",
      "inCode": false
    },
    {
      "scope": "bracket",
      "pattern": "^[A-Za-z][A-Za-z-]*(?:\\/[A-Za-z][A-Za-z-]*)+$",
      "kind": "template choice list",
      "inCode": false
    },
    {
      "scope": "bracket",
      "pattern": '^(?!NEEDS CLARIFICATION)(?=[^\\n]*\\b[a-z]{3,})[\\p{L}\\d][^\\n"=;{}<>`]*[\\s,:][^\\n"=;{}<>`]*\\p{L}',
      "kind": "template description",
      "inCode": false
    },
    {
      "scope": "bracket",
      "pattern": "^(?:Date|date|description|Method|Path|High|Medium|Low|Done|Blocked|In Progress|Entity \\d+|Entity Name|Step \\d+|Vendor X|TLS 1\\.3|feature_name)$",
      "kind": "template token"
    },
    {
      "scope": "comment",
      "pattern": "^\\s*<!--\\s*(?:REQUIRED SECTION|CONDITIONAL SECTION|DELETE this|Include contracts)",
      "kind": "template instruction comment"
    },
    {
      "scope": "text",
      "pattern": '"\\[[A-Za-z][^\\]"\\n]{0,80}\\]"',
      "kind": "template value"
    },
    {
      "scope": "bracket",
      "pattern": "^(?:table|table_name|other_table|field|field_name|name|TYPE|CONSTRAINTS)$",
      "kind": "template token"
    }
  ],
  "optionLabels": [
    {
      "pattern": "^#*\\s*\\[REMOVE IF UNUSED\\]\\s*Option\\s+\\d+",
      "ignoreCase": true
    },
    {
      "pattern": "^#*\\s*Option\\s+\\d+:\\s*(?:Single project|Web application|Mobile \\+ API)",
      "ignoreCase": true
    }
  ],
  "identifiers": [
    {
      "id": "FR",
      "pattern": "\\bFR-(\\d+)\\b",
      "description": "functional requirement"
    },
    {
      "id": "NFR",
      "pattern": "\\bNFR-(\\d+)\\b",
      "description": "non-functional requirement"
    },
    {
      "id": "SC",
      "pattern": "\\bSC-(\\d+)\\b",
      "description": "success criterion"
    },
    {
      "id": "US",
      "pattern": "\\bUS-?(\\d+)\\b|\\b[Uu]ser [Ss]tory\\s*#?(\\d+)\\b|\u30E6\u30FC\u30B6\u30FC\u30B9\u30C8\u30FC\u30EA\u30FC\\s*(\\d+)|\uC0AC\uC6A9\uC790 \uC2A4\uD1A0\uB9AC\\s*(\\d+)|\u7528\u6237\u6545\u4E8B\\s*(\\d+)",
      "description": "user story"
    }
  ],
  "traceability": {
    "spec": {
      "fields": [
        "Spec",
        "Specification",
        "Feature Spec",
        "\u4ED5\u69D8",
        "\u4ED5\u69D8\u66F8",
        "\uC0AC\uC591",
        "\uBA85\uC138",
        "\u89C4\u8303",
        "\u89C4\u683C"
      ],
      "conventions": [
        "spec.md"
      ]
    },
    "research": {
      "fields": [
        "Research"
      ],
      "conventions": [
        "research.md"
      ]
    },
    "successCriteria": {
      "sections": [],
      "families": [
        "FR",
        "NFR",
        "SC",
        "US"
      ],
      "coverage": []
    },
    "openQuestions": "tracked"
  },
  "gates": {
    "verdicts": [
      {
        "section": "constitution-check",
        "justifiedBy": "complexity-tracking"
      }
    ],
    "checklists": []
  }
});

// presets/speckitadv/dist/index.js
var preset4 = createPreset("speckitadv", speckitadvTemplate, specKitRules);
var dist_default4 = preset4;

// presets/technical-plan/dist/template.compiled.js
var technicalPlanTemplate = compiledTemplate({
  "id": "technical-plan",
  "name": "technical plan (Option A/B/C)",
  "title": {
    "pattern": "^technical plan\\s*[:\uFF1A\u2014\u2013-]",
    "ignoreCase": true
  },
  "paths": [],
  "detection": {
    "sections": [
      "problem-statement",
      "non-goals",
      "architecture-decision",
      "detailed-design",
      "implementation-steps",
      "success-metrics"
    ]
  },
  "metadata": [
    {
      "name": "Spec",
      "aliases": [
        "Specification"
      ],
      "required": true,
      "format": "any"
    },
    {
      "name": "Created",
      "required": true,
      "format": "date"
    },
    {
      "name": "Last Updated",
      "aliases": [
        "Updated"
      ],
      "format": "date"
    }
  ],
  "sections": [
    {
      "id": "problem-statement",
      "text": "Problem Statement",
      "aliases": [
        "Problem"
      ],
      "level": 2
    },
    {
      "id": "goals",
      "text": "Goals",
      "level": 2
    },
    {
      "id": "non-goals",
      "text": "Non-Goals",
      "aliases": [
        "Non Goals",
        "Out of Scope"
      ],
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "architecture-decision",
      "text": "Architecture Decision",
      "aliases": [
        "Architecture Decisions",
        "Options Considered"
      ],
      "level": 2
    },
    {
      "id": "detailed-design",
      "text": "Detailed Design",
      "aliases": [
        "Design"
      ],
      "level": 2
    },
    {
      "id": "implementation-steps",
      "text": "Implementation Steps",
      "aliases": [
        "Implementation Plan",
        "Implementation Phases"
      ],
      "level": 2
    },
    {
      "id": "dependencies",
      "text": "Dependencies",
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "testing-strategy",
      "text": "Testing Strategy",
      "aliases": [
        "Testing"
      ],
      "level": 2
    },
    {
      "id": "monitoring",
      "text": "Monitoring & Observability",
      "aliases": [
        "Monitoring and Observability",
        "Observability"
      ],
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "performance",
      "text": "Performance Considerations",
      "aliases": [
        "Performance"
      ],
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "security",
      "text": "Security Considerations",
      "aliases": [
        "Security"
      ],
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "accessibility",
      "text": "Accessibility",
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "rollout-plan",
      "text": "Rollout Plan",
      "aliases": [
        "Rollout"
      ],
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "rollback-plan",
      "text": "Rollback Plan",
      "aliases": [
        "Rollback"
      ],
      "level": 2
    },
    {
      "id": "success-metrics",
      "text": "Success Metrics",
      "level": 2
    },
    {
      "id": "timeline",
      "text": "Timeline",
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "open-questions",
      "text": "Open Questions",
      "level": 2,
      "requirement": "optional"
    },
    {
      "id": "references",
      "text": "References",
      "level": 2,
      "requirement": "optional"
    }
  ],
  "options": {
    "section": "architecture-decision",
    "heading": "^Option\\s+[A-Z0-9]+\\b",
    "chosen": "\u2705|\u2714|\u2611|\xE2\u0153\u2026|\xE2\u0153\u201D|\\((?:chosen|selected)\\)",
    "rationale": {
      "text": "Decision Rationale",
      "pattern": "\\b(?:decision )?rationale\\b|\\bwhy (?:we )?chose\\b"
    }
  },
  "placeholders": [
    {
      "scope": "bracket",
      "pattern": "\\be\\.g\\.",
      "ignoreCase": true,
      "kind": "template example"
    },
    {
      "scope": "bracket",
      "pattern": "^(?:Feature Name|Approach \\d+|describe|What problem are we solving\\?.*|How this would work|Why we chose this option|Component Diagram or Description|List any changes to existing APIs|How will state be managed\\?.*)$",
      "kind": "template instruction"
    },
    {
      "scope": "text",
      "pattern": "\\bSPEC-X{2,}\\b",
      "kind": "template token"
    },
    {
      "scope": "text",
      "pattern": "\\bYYYY-MM-DD\\b",
      "kind": "date placeholder"
    },
    {
      "scope": "text",
      "pattern": "^(?:Goal|Pro|Con|Milestone|Step) \\d+$",
      "kind": "template slot"
    },
    {
      "scope": "text",
      "pattern": "^(?:\\[[ xX]\\][ \\t]+)?Question \\d+\\?$",
      "kind": "template slot"
    },
    {
      "scope": "text",
      "pattern": "(?=[LMSC])(?<=(?:^|\\n|\\|)[ \\t]*)(?:Library|Module|Service|Component) [A-Z](?=[ \\t]*(?:\\||\\n|$))",
      "kind": "template slot"
    },
    {
      "scope": "text",
      "pattern": "\\bfeature[-_]x(?![A-Za-z0-9])",
      "ignoreCase": true,
      "kind": "template example"
    },
    {
      "scope": "text",
      "pattern": "(?<==)x{3,}\\b",
      "kind": "template example"
    },
    {
      "scope": "text",
      "pattern": "^(?:Module X must be completed first|Service Y must be available|What we're NOT trying to solve|Out of scope items)$",
      "kind": "template slot"
    },
    {
      "scope": "text",
      "pattern": "\\b[XYZ] (?:days?|weeks?|hours?|requests?\\/sec)\\b",
      "kind": "number placeholder"
    },
    {
      "scope": "text",
      "pattern": "<\\s?[XYZ]\\s?ms\\b",
      "kind": "number placeholder"
    },
    {
      "scope": "text",
      "pattern": "(?<![\\w.])[XYZ]%",
      "kind": "number placeholder"
    },
    {
      "scope": "text",
      "pattern": "\\[[^\\[\\]\\n]{1,120}\\]\\(link\\)",
      "kind": "link placeholder"
    }
  ],
  "optionLabels": [],
  "identifiers": [],
  "traceability": {
    "spec": {
      "fields": [
        "Spec",
        "Specification"
      ],
      "conventions": [
        "{name}-spec.md",
        "spec.md"
      ]
    },
    "openQuestions": true
  },
  "gates": {
    "verdicts": [],
    "checklists": []
  }
});

// presets/technical-plan/dist/index.js
var preset5 = createPreset("technical-plan", technicalPlanTemplate, [
  [planRequiredSections, "error"],
  [planSectionOrder, "warn"],
  [planNoEmptySections, "warn"],
  [planNoPlaceholders, "error"],
  [planNoOptionLabels, "error"],
  [planMetadata, "error"],
  [planRqsResolved, "error"]
]);
var dist_default5 = preset5;

// packages/cli/dist/presets.js
var presets = new Map([dist_default, dist_default4, dist_default2, dist_default3, dist_default5].map((preset6) => [preset6.id, preset6]));
var detectionOrder = [dist_default4, dist_default2, dist_default, dist_default3, dist_default5];
var presetIds = ["auto", ...presets.keys()];
var styleFreePreset = createPreset("style-free", styleFreeTemplate, [
  [planNoPlaceholders, "error"],
  [planRqsResolved, "error"]
]);
function signatureOf(tree, file, preset6) {
  const model = getPlanModel(tree, file);
  let best = { score: 0, sections: 0, title: false, path: false };
  for (const layout of preset6.layouts ?? [preset6]) {
    const signature = templateSignature(model, layout.template, file.path);
    if (signature.score > best.score || signature.score === best.score && signature.sections > best.sections)
      best = signature;
  }
  return best;
}
var recogniseAt = { score: 4, sections: 2 };
function recognised(signature, preset6) {
  if (signature.title && signature.path && !preset6.template.detection)
    return true;
  return signature.sections >= recogniseAt.sections && signature.score >= recogniseAt.score;
}
function detectPreset(tree, file) {
  let best;
  let bestScore = 0;
  for (const preset6 of detectionOrder) {
    const signature = signatureOf(tree, file, preset6);
    if (!recognised(signature, preset6))
      continue;
    if (signature.score > bestScore) {
      best = preset6;
      bestScore = signature.score;
    }
  }
  return best;
}

// packages/cli/dist/plugin.js
var planFileName = /(?:^|[-_.])plan\.(?:md|markdown)$/i;
var runners = /* @__PURE__ */ new Map();
function runnerFor(id) {
  let runner = runners.get(id);
  if (!runner) {
    const preset6 = id === styleFreePreset.id ? styleFreePreset : presets.get(id);
    if (!preset6)
      throw new Error(`Unknown preset \`${id}\``);
    runner = unified().use(preset6).freeze();
    runners.set(id, runner);
  }
  return runner;
}
function isPlanLintPlugin(plugin) {
  const candidate = plugin;
  if (typeof candidate.meta?.id === "string" && candidate.meta.id.startsWith("plan-"))
    return true;
  return candidate.name === "presetMarker" || candidate.planLintPreset === true;
}
var copyMarker = /* @__PURE__ */ Symbol.for("plan-lint.remarkPlanLint");
function isPlanLintCopy(plugin) {
  return typeof plugin === "function" && plugin[copyMarker] === true;
}
var unrecognisedValues = ["info", "plans", "off"];
function checkOptions(options) {
  const fail = (detail) => {
    throw new PlanLintConfigError(`Invalid options for \`remarkPlanLint\`: ${detail}`);
  };
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    fail(`expected an object such as \`{preset: 'auto'}\`, not \`${JSON.stringify(options)}\``);
  }
  const { preset: preset6, unrecognised, ...rest } = options;
  for (const key of Object.keys(rest))
    fail(`at \`${key}\`: unknown key, expected \`preset\`, \`unrecognised\``);
  if (preset6 !== void 0 && preset6 !== "auto" && !presets.has(preset6)) {
    const ids = ["auto", ...presets.keys()].map((key) => `\`${key}\``).join(", ");
    fail(`at \`preset\`: unknown preset \`${String(preset6)}\`, expected one of ${ids}`);
  }
  if (unrecognised !== void 0 && !unrecognisedValues.includes(unrecognised)) {
    fail(`at \`unrecognised\`: unknown value \`${String(unrecognised)}\`, expected \`info\`, \`plans\`, \`off\``);
  }
}
function remarkPlanLint(options = {}) {
  checkOptions(options);
  const id = options.preset ?? "auto";
  this.use(remarkPlanSyntax);
  const processor = this;
  return async (tree, file) => {
    if (processor.attachers.some(([plugin]) => isPlanLintPlugin(plugin)))
      return;
    if (processor.attachers.find(([plugin]) => isPlanLintCopy(plugin))?.[0] !== remarkPlanLint)
      return;
    let chosen = id;
    if (id === "auto") {
      const preset6 = detectPreset(tree, file);
      if (preset6)
        chosen = preset6.id;
      else {
        chosen = styleFreePreset.id;
        const say = options.unrecognised ?? "info";
        if (say === "info" || say === "plans" && planFileName.test(file.basename ?? ""))
          announce(file, tree);
      }
    }
    await runnerFor(chosen).run(tree, file);
    if (chosen === styleFreePreset.id)
      file.data.planLint = { preset: void 0 };
  };
}
var planStyleUrl = "https://github.com/plan-lint/plan-lint#presets";
function announce(file, tree) {
  const message = file.info("No template style recognised, expected a plan of a known style; only style-free rules ran", {
    place: tree.children[0]?.position,
    ruleId: "plan-style",
    source: "plan-lint"
  });
  message.url = planStyleUrl;
}
Object.defineProperty(remarkPlanLint, copyMarker, { value: true });

export {
  presets,
  presetIds,
  remarkPlanLint,
  planStyleUrl
};
