/**
 * Reads `git log --format=%x00%cI --name-only` output into the newest commit date per file.
 * The log runs newest first, so the first date seen for a file is its last change.
 */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const commit of output.split('\0')) {
    const [stamp = '', ...files] = commit.split('\n');
    const date = new Date(stamp.trim());
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files) {
      const name = file.trim();
      if (name && !dates.has(name)) dates.set(name, date);
    }
  }
  return dates;
}

/** The arguments that produce what parseGitLog reads: one call for a whole folder. */
export const gitLogArgs = ['log', '--format=%x00%cI', '--name-only', '--relative', '--no-renames', '--', '.'];

/** An editor's `updated` date wins; otherwise the last commit; otherwise no date is shown. */
export function lastUpdated(updated: Date | undefined, committed: Date | undefined): Date | undefined {
  return updated ?? committed;
}
