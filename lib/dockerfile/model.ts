import type { MappedText } from './mapped-text';

/** A `--name=value` flag of RUN / COPY / ADD / FROM. */
export interface InstructionFlag {
  name: string;
  value: string | null;
  /** Comma-separated `key=value` options (`--mount=type=secret,id=npm`). */
  options: Map<string, string>;
  start: number;
  end: number;
}

/** `NAME=value` of ENV, ARG and LABEL. */
export interface KeyValue {
  name: string;
  /** Quotes removed, continuations joined; null for `ARG NAME` without a default. */
  value: string | null;
  nameStart: number;
  nameEnd: number;
  /** File span of the value as written (quotes included); equals nameEnd when there is none. */
  valueStart: number;
  valueEnd: number;
}

export interface HeredocBody {
  name: string;
  /** The body lines, terminator excluded. */
  body: MappedText;
  /**
   * A script heredoc (`RUN <<EOF`, `RUN bash <<EOF`, `RUN python3 <<EOF`) runs
   * as commands; any other (`cat <<EOF > file`, `COPY <<EOF dest`) is data.
   */
  isScript: boolean;
}

export interface Instruction {
  /** Upper case: `RUN`, `COPY`, … */
  keyword: string;
  /** File span of the whole instruction, heredoc bodies included. */
  start: number;
  end: number;
  /** 1-based line of the keyword. */
  line: number;
  flags: InstructionFlag[];
  /**
   * The arguments as Docker reads them: continuation lines joined, comment
   * lines inside continuations dropped, heredoc bodies excluded, flags excluded.
   */
  args: MappedText;
  /** Exec (JSON) form elements, decoded with JSON.parse (spaces kept). */
  json: string[] | null;
  heredocs: HeredocBody[];
  /** ENV / ARG / LABEL pairs. */
  pairs: KeyValue[];
  /** True for the trigger of an `ONBUILD` (runs in images built FROM this one). */
  onbuild: boolean;
  /** Index into ParsedDockerfile.stages; -1 before the first FROM. */
  stage: number;
  /** Variables (ARG / ENV) visible to this instruction, for `${X}` resolution. */
  scope: ReadonlyMap<string, string | null>;
}

export interface Stage {
  index: number;
  /** Lower-cased `AS name`, if any. */
  name: string | null;
  from: Instruction;
  /** Image reference with variables resolved; null when empty. */
  image: string | null;
  /** True when a variable in the image reference has no known value. */
  imageUnresolved: boolean;
  /** The earlier stage this one builds on (`FROM build`), if any. */
  base: Stage | null;
  /** Instructions after FROM, ONBUILD triggers included (flagged `onbuild`). */
  instructions: Instruction[];
  /** ENV visible at the end of the stage (inherited by `FROM <this stage>`). */
  endEnv: ReadonlyMap<string, string | null>;
}

export interface ParsedDockerfile {
  text: string;
  escape: string;
  /** ARGs before the first FROM. */
  globalArgs: Instruction[];
  stages: Stage[];
  /** Every instruction in file order (ONBUILD triggers in place of their ONBUILD). */
  instructions: Instruction[];
}
