import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, rotateThen } from './token-kit';

export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/nuget-api-key',
    description: 'NuGet.org API key',
    keywords: ['oy2'],
    // nuget.org keys: "oy2" + 43 lowercase base32-like characters (46 in all).
    token: 'oy2[a-z0-9]{43}',
    minEntropy: 3.5,
    why: 'A NuGet key pushes (or unlists) packages under your account.',
    fix: rotateThen(
      'nuget.org → API Keys → Regenerate or Delete',
      'use NuGet Trusted Publishing or pass it from a CI secret: `dotnet nuget push … --api-key "$NUGET_API_KEY"`.',
    ),
    match: () => [`oy2${fake.lowerAlnum(43)}`, `dotnet nuget push pkg.nupkg --api-key oy2${fake.lowerAlnum(43)} --source https://api.nuget.org/v3/index.json`],
    noMatch: () => [`oy2${fake.lowerAlnum(30)}`, `oy2${fake.alnum(43).toUpperCase()}`, `toy2${fake.lowerAlnum(43)}`],
  }),
];
