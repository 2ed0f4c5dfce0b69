import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, rotateThen } from './token-kit';

// PyPI API tokens are macaroons: "pypi-" + base64url of a binary macaroon whose
// first bytes encode the location, so the prefix differs per index:
// AgEIcHlwaS5vcmc = "\x02\x01\x08pypi.org", AgENdGVzdC5weXBpLm9yZw = "…test.pypi.org".
const FIX = rotateThen(
  'pypi.org → Account settings → API tokens → Remove',
  'publish with Trusted Publishing (OIDC) from CI, or set `TWINE_PASSWORD` / `UV_PUBLISH_TOKEN` / `POETRY_PYPI_TOKEN_PYPI` as a CI secret; never write it into .pypirc in the repository.',
);

export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/pypi-upload-token',
    description: 'PyPI API token',
    keywords: ['pypi-ageichlwas5vcmc'],
    token: 'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}',
    why: 'A PyPI token uploads new releases of your packages: a supply-chain attack on everyone who installs them.',
    fix: FIX,
    match: () => [`pypi-AgEIcHlwaS5vcmc${fake.base64url(160)}`, `[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc${fake.base64url(200)}`],
    noMatch: ['pypi-AgEIcHlwaS5vcmc', 'password = pypi-AgEIcHlwaS5vcmcXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'pypi-token'],
  }),
  prefixedRule({
    id: 'secret/testpypi-upload-token',
    description: 'TestPyPI API token',
    severity: 'medium',
    keywords: ['pypi-agendgvzdc5wexbplm9yzw'],
    token: 'pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,1000}',
    why: 'A TestPyPI token uploads to the test index; people often reuse the account or the workflow for the real one.',
    fix: FIX.replace('pypi.org', 'test.pypi.org'),
    match: () => [`pypi-AgENdGVzdC5weXBpLm9yZw${fake.base64url(150)}`, `TWINE_PASSWORD=pypi-AgENdGVzdC5weXBpLm9yZw${fake.base64url(180)}`],
    noMatch: ['pypi-AgENdGVzdC5weXBpLm9yZw', 'pypi-AgENdGVzdC5weXBpLm9yZw' + '-'.repeat(60)],
  }),
];
