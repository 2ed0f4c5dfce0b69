import { commandsOf, isWindowsStage, rootImage, stageChain } from './check';
import type { Instruction, ParsedDockerfile, Stage } from './model';
import { commandName, effectiveWords } from './shell';
import { substitute } from './variables';

/**
 * Who the final image runs as. Shared by root-user and missing-user: the last
 * USER of the final stage or the internal stages it builds on, a privilege drop
 * (gosu, su-exec, setpriv, runuser) in the final stage's commands or
 * entrypoint, and base images known to run unprivileged.
 */
export interface UserState {
  stage: Stage;
  lastUser: { ins: Instruction; user: string } | null;
  dropsPrivileges: boolean;
  nonRootBase: boolean;
  windows: boolean;
  /** The base image is a variable without a value: we cannot tell its user. */
  unknownBase: boolean;
}

export const isRootUser = (user: string) => /^(?:root|0)(?::.*)?$/.test(user.trim());

const DROPPERS = /^(?:gosu|su-exec|setpriv|runuser|s6-setuidgid|chpst|setuser|tini-static)$/;

export function userState(df: ParsedDockerfile, stage: Stage): UserState {
  let lastUser: UserState['lastUser'] = null;
  for (const s of stageChain(stage)) {
    for (let k = s.instructions.length - 1; k >= 0 && !lastUser; k--) {
      const ins = s.instructions[k];
      if (ins.keyword === 'USER' && !ins.onbuild) lastUser = { ins, user: substitute(ins.args.text.trim(), ins.scope, df.escape).value };
    }
    if (lastUser) break;
  }
  let dropsPrivileges = false;
  for (const s of stageChain(stage)) {
    for (const ins of s.instructions) {
      if (ins.onbuild) continue;
      if (ins.keyword === 'RUN') {
        for (const cmd of commandsOf(ins)) {
          // Installing or using a dropper both count: entrypoint scripts call it.
          if (DROPPERS.test(commandName(cmd)) || effectiveWords(cmd).some((w) => /(?:^|\/)(?:gosu|su-exec)(?:$|[-.])/.test(w.text) && !/\.asc$/.test(w.text))) dropsPrivileges = true;
        }
      }
      if ((ins.keyword === 'ENTRYPOINT' || ins.keyword === 'CMD') && /\b(?:gosu|su-exec|setpriv|runuser|s6-setuidgid|chpst)\b/.test(ins.args.text)) dropsPrivileges = true;
    }
  }
  const root = rootImage(stage);
  // The digest names the same image as the tag before it: `distroless/static:nonroot@sha256:…` is still nonroot.
  const image = (root.image ?? '').replace(/@sha256:[0-9a-f]*$/i, '');
  const nonRootBase = /(?::|-)(?:[^/]*-)?non-?root(?:-|$)|:rootless|^(?:docker\.io\/)?nginxinc\/nginx-unprivileged(?::|$)|^cgr\.dev\/chainguard\/[^:]+(?::(?!.*-dev$).*)?$/i.test(image);
  // Official images whose entrypoint drops to a service user with gosu / su-exec, or whose image sets USER.
  if (/^(?:docker\.io\/)?(?:library\/)?(?:postgres|redis|mysql|mariadb|mongo|rabbitmq|cassandra|couchdb|memcached|elasticsearch|zookeeper|solr|neo4j|influxdb)(?:[:@]|$)/.test(image)) dropsPrivileges = true;
  return { stage, lastUser, dropsPrivileges, nonRootBase, windows: isWindowsStage(stage), unknownBase: root.unresolved || /^\$/.test(image) };
}
