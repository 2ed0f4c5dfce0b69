import type { SecretRule } from '../rule';
import { rules as privateKey } from './private-key';
import { rules as urlCredentials } from './url-credentials';
import { rules as credentialsInFiles } from './credentials-in-files';
import { rules as commandLine } from './command-line';
import { rules as codeLiterals } from './code-literals';
import { rules as npm } from './npm';
import { rules as pypi } from './pypi';
import { rules as rubygems } from './rubygems';
import { rules as nuget } from './nuget';
import { rules as dockerHub } from './docker-hub';
import { rules as dockerSwarm } from './docker-swarm';
import { rules as registriesOther } from './registries-other';
import { rules as openai } from './openai';
import { rules as anthropic } from './anthropic';
import { rules as huggingface } from './huggingface';
import { rules as otherAi } from './other-ai';
import { rules as heroku } from './heroku';
import { rules as digitalocean } from './digitalocean';
import { rules as doppler } from './doppler';
import { rules as vault } from './vault';
import { rules as consul } from './consul';
import { rules as terraformCloud } from './terraform-cloud';
import { rules as hosting } from './hosting';
import { rules as onepassword } from './onepassword';
import { rules as jwt } from './jwt';

/** Keys, credential files, package registries, AI providers, hosting and secret managers. */
export const groupB: SecretRule[] = [
  ...privateKey,
  ...urlCredentials,
  ...credentialsInFiles,
  ...commandLine,
  ...codeLiterals,
  ...npm,
  ...pypi,
  ...rubygems,
  ...nuget,
  ...dockerHub,
  ...dockerSwarm,
  ...registriesOther,
  ...openai,
  ...anthropic,
  ...huggingface,
  ...otherAi,
  ...heroku,
  ...digitalocean,
  ...doppler,
  ...vault,
  ...consul,
  ...terraformCloud,
  ...hosting,
  ...onepassword,
  ...jwt,
];
