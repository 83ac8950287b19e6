export interface Output {
  /** Results for the operator (stdout). */
  say(message: string): void;
  /** Notes that are not the result (stderr), e.g. which database was created. */
  note(message: string): void;
  /** Only with GROUNDWORK_LOG_LEVEL=debug or trace. */
  debug(message: string): void;
}

/** The database a command works on, and how to name it to the operator. */
export interface Target {
  url: string;
  label: string;
  /** An embedded cluster found running: a server (or another command) is using it. */
  inUse: boolean;
}

/** host:port/database of a connection URL, never its password. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}
