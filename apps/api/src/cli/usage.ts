/** What `cli` prints for a command it does not know, a missing subcommand, or --help. */
export const USAGE = `Spoor command line

  keys rotate-master [--special]   re-wrap every data key under the current master key
                                   (development: first generates a new master key into .data/keys)
  keys verify                      check that every encrypted value and document decrypts; prints counts
  audit verify [--anchors]         seal settled access events, then check every event's MAC, every seal and
                                   the chain; --anchors: also against SPOOR_DATA_DIR/anchors (re-sealing,
                                   rollback)
  retention [--dry-run]            programme data two years after the end (legal holds kept), and the access
                                   log's whole sealed ranges older than SPOOR_ACCESS_LOG_RETENTION_YEARS (5)
  admin:create --email E --name N  the first admin (production): prints a one-time link to set the password
                                   and enrol the second factor; refused when an admin exists
  seed [--cases N]                 without --cases: the demo data, on an empty database only;
                                   with --cases N: N more synthetic cases (people, files, special files)
`;

/** Exit code of a command used wrongly (unknown command, missing subcommand, bad argument). */
export const USAGE_ERROR = 2;

/** Prints the usage to stderr and ends the command with exit code 2. */
export function usageError(): void {
  process.stderr.write(USAGE);
  process.exitCode = USAGE_ERROR;
}
