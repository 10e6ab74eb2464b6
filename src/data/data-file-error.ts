/** A data file that could not be used, with the file named and each problem said. */
export class DataFileError extends Error {
  readonly file: string;
  readonly problems: string[];

  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.join("; ")}`);
    this.name = "DataFileError";
    this.file = file;
    this.problems = problems;
  }
}
