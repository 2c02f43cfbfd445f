import type { Config } from '../http/config.ts';

/**
 * What a command needs from the program: its configuration, `log` for what it prints (standard
 * output: a report, a JSON document) and `status` for how it gets there (standard error: the
 * database starting and stopping), so that `--json | jq` reads the document alone.
 */
export type Context = {
  config: () => Config;
  log: (message: string) => void;
  status: (message: string) => void;
};
