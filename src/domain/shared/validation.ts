import * as z from 'zod/mini';

// zod/mini ships without messages; English ones make our error sentences readable.
z.config(z.locales.en());

/** Turns zod issues into one line per problem, naming where it is: "questions.3.topic: …". */
export function describeIssues(error: z.core.$ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the file';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length - lines.length;
  if (more > 0) lines.push(`…and ${more} more problem${more === 1 ? '' : 's'}.`);
  return lines.join('\n');
}

export { z };
