import type { DockerfileCheck, CheckFinding } from '../check';
import { at } from '../check';

const ID = 'dockerfile/unpinned-base-image';
const DIGEST_ID = 'dockerfile/base-image-not-digest-pinned';
const WHY = '`latest` (or no tag, which means latest) changes under you: the same Dockerfile builds a different image tomorrow, breaking reproducibility and pulling in whatever was pushed last.';
const FIX = 'Pin a version tag, e.g. `FROM python:3.12-slim`; for full reproducibility pin the digest too: `FROM python:3.12-slim@sha256:<digest>` (Renovate or Dependabot keep it fresh).';
const DIGEST_WHY = 'A tag can be re-pushed; only a digest names exactly one image.';
const DIGEST_FIX = 'Add the digest: `FROM image:tag@sha256:<digest>` (`docker buildx imagetools inspect image:tag` prints it).';

/** A reference only a build argument (`${BASE}`) or a template engine (Jinja's `{{ item.image }}` in a `Dockerfile.j2`) fills in. */
const UNRESOLVED = /\$|\{\{|\{%/;

/** `registry:5000/ns/name:tag@sha256:…` → tag and digest. */
function splitReference(ref: string): { name: string; tag: string | null; digest: string | null } {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : null;
  const rest = at >= 0 ? ref.slice(0, at) : ref;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { name: rest, tag: null, digest };
}

export const unpinnedBaseImage: DockerfileCheck = {
  id: ID,
  severity: 'low',
  description: 'FROM with `latest` or no tag (digest pinning: opt-in notice)',
  why: WHY,
  fix: FIX,
  extraRules: [{ id: DIGEST_ID, category: 'dockerfile', severity: 'info', description: 'FROM without an @sha256 digest (opt-in)', optIn: true }],
  check(df) {
    const out: CheckFinding[] = [];
    const stageNames = new Set<string>();
    for (const stage of df.stages) {
      const ins = stage.from;
      const ref = stage.image;
      if (stage.name) stageNames.add(stage.name);
      if (!ref || stage.base || stageNames.has(ref.toLowerCase()) && stage.name !== ref.toLowerCase() || ref.toLowerCase() === 'scratch' || stage.imageUnresolved || UNRESOLVED.test(ref)) continue;
      const lead = ins.args.text.length - ins.args.text.trimStart().length;
      const rawRef = ins.args.text.trim().split(/\s+/)[0] ?? '';
      const span = ins.args.span(lead, lead + rawRef.length);
      const { tag, digest } = splitReference(ref);
      if (!digest && (tag === null || tag === 'latest')) {
        out.push(at(ins, span, tag ? `FROM ${ref} uses the moving tag latest` : `FROM ${ref} has no tag, so it means ${ref}:latest`, `FROM ${ref}`, { plainMatch: true }));
      } else if (!digest) {
        out.push(at(ins, span, `FROM ${ref} is pinned by tag, not by digest`, `FROM ${ref}`, { plainMatch: true, ruleId: DIGEST_ID, severity: 'info', why: DIGEST_WHY, fix: DIGEST_FIX }));
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM python:3.12-slim\n' },
      { code: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine AS build\nFROM build\n' },
      { code: 'FROM scratch\nCOPY app /app\n' },
      { code: 'FROM golang:1.22@sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d AS build\nFROM build AS test\n' },
      { code: 'FROM registry.example.com:5000/team/app:1.4.2\n' },
      { code: '# Molecule managed\nFROM {{ item.registry.url }}/{{ item.image }}\nRUN apt-get update\n' },
    ],
    invalid: [
      { code: 'FROM ubuntu\n', line: 1 },
      { code: 'FROM node:20 AS build\nFROM nginx:latest\nCOPY --from=build /app /usr/share/nginx/html\n', line: 2 },
      { code: 'ARG BASE=debian\nFROM --platform=$BUILDPLATFORM ${BASE}\n', line: 2 },
      { code: 'FROM registry.example.com:5000/team/app\n', line: 1 },
      { code: 'FROM python:3.12-slim\n', line: 1, ruleId: DIGEST_ID, optIn: [DIGEST_ID] },
    ],
  },
};
