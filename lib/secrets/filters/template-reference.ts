import { ALL_KINDS, type Candidate, type SecretFilter } from '../candidate';
import { isDenseRandom } from '../dense-random';

/**
 * References to a secret kept elsewhere are the fix, not the problem:
 * `${DB_PASSWORD}`, `{{ .Values.password }}`, `${{ secrets.TOKEN }}`,
 * `process.env.TOKEN`, `os.environ["X"]`, `%(password)s`, `$PASSWORD`.
 */
const REFERENCE = new RegExp(
  [
    /\$\{[^}]*\}?/.source, // ${X}, ${{ secrets.X }}, ${X:-default}
    // $(X), $(cat file); a `$(` inside a random key (Django's alphabet has both) is no command.
    /^\$\(|\$\([A-Za-z_][\w\s./:'"=|-]*\)/.source,
    /\{\{[^}]*\}?\}?/.source, // {{ .Values.x }}, {{ x }}
    /\{%[^%]*%?\}?/.source, // {% x %}
    /<%=?[^%]*%?>?/.source, // <%= x %>
    /#\{[^}]*\}/.source, // #{x}
    /%\([A-Za-z_]\w*\)[sd]/.source, // %(password)s
    /^\$[A-Za-z_][A-Za-z0-9_]*$/.source, // $PASSWORD
    /^\$env:/.source, // PowerShell
    /(?:^|[/:=])\$[A-Za-z_{(][\w}]*\//.source, // $dir/private/key.pem (openssl.cnf, Makefiles)
    /^%[A-Za-z_]\w*%$/.source, // %PASSWORD%
    /^@[A-Za-z_][\w.-]*@$/.source, // @password@ (Maven/Ant filtering)
    /^__[A-Za-z]\w*__$/.source, // __PASSWORD__
    /\bprocess\.env\b/.source,
    /\bimport\.meta\.env\b/.source,
    /\b(?:Bun|Deno)\.env\b/.source,
    /^\$[A-Za-z_]\w*::[A-Za-z_]/.source, // Perl package variables: $CPAN::Config->{password}
    /\bos\.(?:environ|getenv)\b/.source,
    /\bgetenv\s*\(/.source,
    /\bENV\s*\[/.source,
    /\bENV\.fetch\b/.source,
    /\bSystem\.getenv\b/.source,
    /\bEnvironment\.GetEnvironmentVariable\b/.source,
    /\bSystem\.getProperty\b/.source,
    /^(?:var|local|data|module)\.[A-Za-z_][\w.-]*$/.source, // Terraform references
    /^!(?:Ref|Sub|GetAtt|ImportValue|FindInMap|vault)\b/.source, // CloudFormation, ansible-vault tag
    /^(?:secretRef|secretKeyRef|valueFrom)\b/.source,
    /^(?:vault|awssm|gcpsm|azkv|ref\+|op):\/?\/?[\w./-]+/.source, // secret-manager URIs
    /^\{[0-9]*\}$/.source, // {0}
    /^(?:env:[A-Za-z_]\w*|file:[\w./~-]+|fd:\d+)$/.source, // openssl -pass / -passin sources: env:VAR, file:/path, fd:3
    // printf verbs between edges, spaces or separators (`Bearer %s`, `%s:%s`, `token-%d`, `auth(%s)`); a verb glued
    // to a letter, digit or other symbol on either side is part of a password (`AmberRiver3852%sF4Rq`, `Xm#%v7I`,
    // `…!-h%v`, `%v+^=BLuP…`).
    /(?<=^|[\s:/.,;=@'"_()[\]{}&?-])%[svd](?=$|[\s:/.,;=@'"_()[\]{}&?%-])/.source,
  ].join('|'),
);

export function isTemplateReference(s: string): boolean {
  return REFERENCE.test(s) && !isDenseRandom(s);
}

/** `$config->{password}`, `$this->password`: a Perl or PHP variable dereferenced; the value is cut at the `>` of `->`. */
const DEREFERENCE = /^\$[A-Za-z_]\w*-$/;

export const templateReference: SecretFilter = {
  name: 'template-reference',
  kinds: ALL_KINDS,
  rejects: (c: Candidate) => isTemplateReference(c.secret) || (DEREFERENCE.test(c.secret) && c.text[c.offset + c.secret.length] === '>'),
};
