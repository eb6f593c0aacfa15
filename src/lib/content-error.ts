/**
 * A problem an editor can fix. The message always names the file, the field and the fix, because
 * that is all an editor reading a failed pull-request check needs.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;
  readonly problem: string;
  readonly fix: string;

  constructor(file: string, field: string, problem: string, fix: string) {
    super(`${file}: ${field}: ${problem} Fix: ${fix}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
    this.problem = problem;
    this.fix = fix;
  }
}
