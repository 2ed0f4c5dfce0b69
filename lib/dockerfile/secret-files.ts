/**
 * Files whose presence in a layer is a leak: environment files, private keys,
 * package-manager and cloud credentials. Templates (`.env.example`) and public
 * keys (`id_rsa.pub`) are not.
 */
const SECRET_FILE = [
  /^\.env(?:\.[A-Za-z0-9_-]+)?$/,
  /^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$/,
  /\.(?:pem|key|p12|pfx|jks|keystore|ppk|kdbx|asc\.key)$/i,
  /^\.(?:npmrc|netrc|pypirc|pgpass|git-credentials|dockercfg|htpasswd|s3cfg|boto|my\.cnf)$/,
  /^(?:credentials|credentials\.json|client_secrets?\.json|service[-_]account.*\.json|secrets?\.(?:json|ya?ml|env|txt|toml))$/i,
  /^\.?vault[-_]?(?:token|pass(?:word)?)$/i,
  /^terraform\.tfvars$/,
];

/** Paths with these parts hold credentials whatever the file name. */
const SECRET_PLACES = [/(?:^|\/)\.aws\/credentials$/, /(?:^|\/)\.docker\/config\.json$/, /(?:^|\/)\.ssh\/(?!known_hosts|authorized_keys|config$|rc$|[^/]*\.pub$)[^/]+$/, /(?:^|\/)\.kube\/config$/, /(?:^|\/)\.(?:config\/)?composer\/auth\.json$/, /(?:^|\/)\.gnupg\/private-keys/];

/** Whole credential directories: `COPY .ssh /root/.ssh`, `COPY .aws/ /root/.aws/`. */
const SECRET_DIRS = /^\.(?:ssh|aws|kube|docker|gnupg|azure|gcloud)$/;

const TEMPLATE = /\.(?:example|sample|template|tmpl|dist|defaults?|tpl)$|\.pub$|(?:^|[._-])(?:public|pub|ca|cacert|ca-certificates|chain|fullchain|cert|crt)\.pem$/i;

/** Examples, templates and public halves: `.env.example`, `id_rsa.pub`, `fullchain.pem`. */
export function isTemplateFile(path: string): boolean {
  return TEMPLATE.test(path.replace(/^["']|["']$/g, '').replace(/\/+$/, '').replace(/^.*\//, ''));
}

export function isSecretFile(path: string): boolean {
  const clean = path.replace(/^["']|["']$/g, '').replace(/\/+$/, '');
  const base = clean.replace(/^.*\//, '');
  if (!base || TEMPLATE.test(base)) return false;
  if (/[*?[]/.test(base) && !/^\.env\*?$/.test(base)) return /\.(?:pem|key)$/.test(base) && !TEMPLATE.test(base);
  return SECRET_FILE.some((r) => r.test(base)) || SECRET_DIRS.test(base) || SECRET_PLACES.some((r) => r.test(clean));
}
