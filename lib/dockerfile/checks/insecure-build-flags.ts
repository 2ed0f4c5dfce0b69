import type { DockerfileCheck, CheckFinding } from '../check';
import { argsSpan, at, commandsOf, wordSpan } from '../check';
import { commandName, effectiveWords } from '../shell';
import { substitute } from '../variables';

const ID = 'dockerfile/insecure-build-flags';
const WHY = '`RUN --security=insecure` runs the step without the container sandbox and `--network=host` gives it the build host\'s network; an SSH server in an image is a standing remote login to maintain and attack.';
const FIX = 'Drop `--security=insecure` and `--network=host` (fetch with the default network; use `--mount=type=cache` or a build secret instead). Do not run sshd in containers: use `docker exec` / `kubectl exec` for access.';

export const insecureBuildFlags: DockerfileCheck = {
  id: ID,
  severity: 'medium',
  description: 'RUN --security=insecure, --network=host, sshd / EXPOSE 22',
  why: WHY,
  fix: FIX,
  check(df) {
    const out: CheckFinding[] = [];
    for (const ins of df.instructions) {
      if (ins.keyword === 'RUN') {
        for (const f of ins.flags) {
          if ((f.name === 'security' && f.value === 'insecure') || (f.name === 'network' && f.value === 'host')) {
            out.push(at(ins, f, `RUN --${f.name}=${f.value} weakens the build sandbox`, `--${f.name}=${f.value}`, { plainMatch: true }));
          }
        }
        for (const cmd of commandsOf(ins)) {
          const name = commandName(cmd);
          const words = effectiveWords(cmd);
          if (/^(?:apt-get|apt|apk|yum|dnf|microdnf|zypper)$/.test(name) && words.some((w) => /^(?:install|add)$/.test(w.text))) {
            const pkg = words.find((w) => /^(?:openssh-server|dropbear)(?:[=:].*)?$/.test(w.text));
            if (pkg) out.push(at(ins, wordSpan(cmd, pkg), `RUN installs ${pkg.text}, an SSH server inside the image`, pkg.text, { plainMatch: true }));
          }
        }
      }
      if (ins.keyword === 'EXPOSE' && !ins.onbuild) {
        const port22 = /(?:^|\s)(22)(?:\/tcp)?(?=\s|$)/;
        const m = port22.exec(ins.args.text);
        if (m) out.push(at(ins, ins.args.span(m.index + m[0].indexOf('22'), m.index + m[0].indexOf('22') + 2), 'EXPOSE 22 publishes an SSH port', 'EXPOSE 22', { plainMatch: true }));
        // `ARG SSH_PORT=22` … `EXPOSE ${SSH_PORT}`: Docker substitutes before publishing.
        else if (port22.test(substitute(ins.args.text, ins.scope, df.escape).value)) out.push(at(ins, argsSpan(ins), `EXPOSE ${ins.args.text.trim()} publishes the SSH port 22`, 'EXPOSE 22', { plainMatch: true }));
      }
      if ((ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && /(?:^|[\s"/])sshd(?:["\s]|$)/.test(ins.args.text)) {
        out.push(at(ins, argsSpan(ins), `${ins.keyword} starts sshd inside the container`, 'sshd', { plainMatch: true }));
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM alpine:3.19\nRUN --mount=type=cache,target=/root/.cache apk add openssh-client\nEXPOSE 8022 2222\n' },
      { code: 'FROM alpine:3.19\nRUN --network=none make test\n' },
      { code: 'FROM alpine:3.19\nARG PORT=2222\nEXPOSE ${PORT} ${METRICS_PORT}\n' },
    ],
    invalid: [
      { code: 'FROM alpine:3.19\nRUN --security=insecure make\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN --network=host \\\n    --mount=type=cache,target=/root/.cache \\\n    pip install -r requirements.txt\n', line: 2 },
      { code: 'FROM ubuntu:22.04\nRUN apt-get update && \\\n    apt-get install -y openssh-server\n', line: 3 },
      { code: 'FROM ubuntu:22.04\nEXPOSE 80 22/tcp\n', line: 2 },
      { code: 'FROM ubuntu:22.04\nARG SSH_PORT=22\nEXPOSE 8080 ${SSH_PORT}\n', line: 3 },
      { code: 'FROM ubuntu:22.04\nCMD ["/usr/sbin/sshd", "-D"]\n', line: 2 },
    ],
  },
};
