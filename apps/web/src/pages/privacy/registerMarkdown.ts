import type { ProcessingRegister } from '@spoor/domain';

/** The headings of the Markdown export, in the reader's language; the register's content stays as the API gives it. */
export interface RegisterHeadings {
  title: string;
  generatedOn: string;
  controller: string;
  activities: string;
  purposes: string;
  legalBasis: string;
  dataSubjects: string;
  dataCategories: string;
  recipients: string;
  noRecipients: string;
  retention: string;
  allDataCategories: string;
  securityMeasures: string;
}

/** Text from the register as Markdown text: characters Markdown would read as markup are escaped. */
const escape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
const list = (items: string[], none: string) => (items.length ? items.map(escape).join('; ') : none);

/** The art. 30 register as a Markdown document, for the privacy officer to file or hand to the supervisor. */
export function registerMarkdown(register: ProcessingRegister, headings: RegisterHeadings): string {
  const lines = [
    `# ${headings.title}`,
    '',
    `_${escape(headings.generatedOn)}_`,
    '',
    `**${headings.controller}:** ${escape(register.controller)}`,
    '',
    `## ${headings.activities}`,
  ];
  register.activities.forEach((activity, index) => {
    lines.push(
      '',
      `### ${index + 1}. ${escape(activity.name)}`,
      '',
      `- **${headings.purposes}:** ${list(activity.purposes, headings.noRecipients)}`,
      `- **${headings.legalBasis}:** ${escape(activity.legalBasis)}`,
      `- **${headings.dataSubjects}:** ${list(activity.dataSubjects, headings.noRecipients)}`,
      `- **${headings.dataCategories}:** ${list(activity.dataCategories, headings.noRecipients)}`,
      `- **${headings.recipients}:** ${list(activity.recipients, headings.noRecipients)}`,
      `- **${headings.retention}:** ${escape(activity.retention)}`,
    );
  });
  lines.push('', `## ${headings.allDataCategories}`, '', ...register.dataCategories.map((c) => `- ${escape(c)}`));
  lines.push('', `## ${headings.securityMeasures}`, '', ...register.securityMeasures.map((m) => `- ${escape(m)}`));
  return `${lines.join('\n')}\n`;
}
