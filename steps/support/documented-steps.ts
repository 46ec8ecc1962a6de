/**
 * The two procedures of Kensium's implementer guide, step by step, and the tag that ties a scenario to a
 * step (`@customer-step-3`). The living documentation (scripts/living-documentation/) sets the scenarios
 * under these steps; docs/acceptance/documented-steps.md is printed from them (`documentedStepsTables`) and
 * steps/step-catalogue.test.ts keeps it current.
 */

export interface DocumentedStep {
  /** The tag of the scenarios that cover it, without `@`. */
  tag: string;
  number: number;
  /** What the document says, shortened. */
  says: string;
}

export interface Procedure {
  title: string;
  /** The document's opening sentence. */
  intro: string;
  steps: DocumentedStep[];
  /** What no scenario covers, and why. */
  notCovered?: string;
}

const step = (procedure: string, number: number, says: string): DocumentedStep => ({
  tag: `${procedure}-step-${number}`,
  number,
  says,
});

export const PROCEDURES: Procedure[] = [
  {
    title: 'Managing Customer sync from Acumatica to B2B',
    intro: 'You can sync the customer from Acumatica to B2B.',
    steps: [
      step('customer', 1, 'Create a customer; its Customer type must be B2B and the email is mandatory'),
      step(
        'customer',
        2,
        'Kensium Commerce tab: check Enable Kensium Commerce Framework; Site Association with Connector type KNB; save',
      ),
      step(
        'customer',
        3,
        'The connector Logs screen: Level, Action Type, Message, Endpoint Url, Description, Login User; filters Action Type, Level, From/To date and time',
      ),
      step(
        'customer',
        4,
        'Better B2B, Companies: Acumatica Customer, Company Name, Status APPROVED, Created At, Approved / Rejected On',
      ),
      step(
        'customer',
        5,
        'View: Company Detail with Basic Information, Company User(s), Payment Methods, Address Book, User Roles; the user role is a Predefined role, whose View shows its permissions ("Predefined roles cannot be modified")',
      ),
    ],
    notCovered: 'Payment Methods: the sync writes none, and neither mock has them.',
  },
  {
    title: 'Managing Customer Contact Sync in B2B',
    intro:
      'You can sync the Customer contacts of Acumatica to B2B. The contacts of Acumatica will be treated as users in B2B.',
    steps: [
      step('contact', 1, 'On the Customer screen, create a new contact'),
      step('contact', 2, 'The contact is reflected on the grid'),
      step(
        'contact',
        3,
        "The contact's Kensium Commerce tab: Enable Kensium Commerce Framework, the Connection Type of its Site Association",
      ),
      step(
        'contact',
        4,
        'Once the customer, contacts and location are synced, the Commerce Reference ID is generated and written back',
      ),
      step('contact', 5, 'The Customer Log shows the contact synced'),
      step('contact', 6, 'Company User(s) shows the user name synced from Acumatica, with the role Primary Admin'),
      step('contact', 7, 'Only when the Primary box is checked is the user the Primary Admin'),
    ],
  },
];

/** The tag of scenarios that rest on an assumption where the documents are silent; the reason is in their description. */
export const ASSUMPTION_TAG = '@assumption';

/** A scenario as the dry run sees it: its name, feature file and tags. */
export interface TaggedScenario {
  name: string;
  uri: string;
  tags: string[];
}

/** `features/customer-sync.feature` → `customer-sync`. */
export const featureName = (uri: string) => uri.replace(/^.*\//, '').replace(/\.feature$/, '');

/** The scenarios of each feature that carry a tag: "`customer-sync`: *A*, *B*; `eligibility`: *C*". */
function scenariosCell(scenarios: TaggedScenario[], tag: string): string {
  const byFeature = new Map<string, string[]>();
  for (const scenario of scenarios.filter((s) => s.tags.includes(`@${tag}`))) {
    const names = byFeature.get(featureName(scenario.uri)) ?? [];
    if (!names.includes(scenario.name)) names.push(scenario.name);
    byFeature.set(featureName(scenario.uri), names);
  }
  return (
    [...byFeature]
      .map(([feature, names]) => `\`${feature}\`: ${names.map((name) => `*${name.replace(/\|/g, '\\|')}*`).join(', ')}`)
      .join('; ') || 'none'
  );
}

/** The tables of docs/acceptance/documented-steps.md: a table per procedure, each step with its scenarios. */
export function documentedStepsTables(scenarios: TaggedScenario[]): string {
  return PROCEDURES.map((procedure) =>
    [
      `## ${procedure.title}`,
      '',
      '| step | what the document says | scenarios |',
      '| --- | --- | --- |',
      ...procedure.steps.map(
        (s) => `| ${s.number} | ${s.says.replace(/\|/g, '\\|')} | ${scenariosCell(scenarios, s.tag)} |`,
      ),
      ...(procedure.notCovered ? ['', `Not covered: ${procedure.notCovered}`] : []),
    ].join('\n'),
  ).join('\n\n');
}
