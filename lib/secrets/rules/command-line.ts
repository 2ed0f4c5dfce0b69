import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { isRealPassword, isTrivialPassword } from './token-kit';

/**
 * Passwords typed as command arguments or SQL literals: scripts, CI jobs, seed
 * files and runbooks hold them where no `key = value` shape exists for the
 * generic stage to see. Trivial passwords (`root`, `admin`, the user name)
 * stay quiet: on the command line they are local development defaults.
 */
// A lowercase word after `-p` is prose (`mysql -p password`, "the -p argument"), not a password someone set.
const realArgPassword = (pw: string) => pw.length >= 6 && !/^[a-z]+$/.test(pw) && isRealPassword(pw) && !isTrivialPassword(pw);
// A positional argument (no flag says it is a password) that is words alone is prose or a name: `add_user or change_password`.
// Words joined by separators are a name, here or in prose (`identified by __TSS_ID.` in a C header's comment).
const realPositionalPassword = (pw: string) => realArgPassword(pw) && !/^_*[A-Za-z]+(?:[_.-]+[A-Za-z]+)*_*\.?$/.test(pw);

const FIX_ROTATE = 'Change the password on the server now (it stays in git history), then pass it from the environment or a CI secret';
const pw = () => fake.alnum(14) + fake.chars('!#-_', 1) + fake.alnum(5);

export const rules: SecretRule[] = [
  {
    id: 'secret/curl-user-password',
    description: 'Password in a curl -u / --user argument',
    severity: 'high',
    keywords: ['curl'],
    // No backtick in either part: in a shell it starts a command substitution, in Markdown it ends inline code.
    // The gap never runs over another `curl`: a match from the earlier one is the same match from the
    // later one, and a line of `curl curl curl …` made every start scan 300 characters (ReDoS bench
    // 45-55 ms; 130-185 ms on runs of `curl ` / `curl -u `, now 2-5 ms).
    regex: /\bcurl\b(?:(?!\bcurl\b)[^\r\n]){0,300}?\s(?:-u|--user)(?:\s{1,3}|=)?['"]?[^\s'"`:$]{1,64}:([^\s'"`]{1,128})/,
    secretGroup: 1,
    validate: realArgPassword,
    why: 'Basic-auth credentials on a curl line sign in to the service as that account.',
    fix: `${FIX_ROTATE} (\`curl -u "$USER:$PASSWORD"\`, or \`--netrc-file\` outside the repository).`,
    examples: {
      match: () => [`curl -fsS -u deploy:${pw()} https://nexus.acme-corp.net/service/rest/v1/components`, `    - curl --user "ci-bot:${pw()}" -X POST https://jenkins.corp.net/job/build`, `curl -o bin/curl https://mirror.corp.net/static/curl --user deploy:${pw()}`],
      noMatch: ['curl -u "$NEXUS_USER:$NEXUS_PASSWORD" https://nexus.acme-corp.net', 'curl -u admin:admin http://localhost:8080', 'curl -u sk_test_key: https://api.stripe.com', 'curl -u user:password https://httpbin.org/basic-auth/user/password', 'curl -u elastic:${ELASTIC_PASSWORD} http://es:9200', 'Basic auth on the command line (`curl -u user:pass`), as in the docs.'],
    },
  },
  {
    id: 'secret/httpie-auth-password',
    description: 'Password in an HTTPie (http / https / xh) -a / --auth argument',
    severity: 'high',
    // With the space: `http:` in every URL is no HTTPie command line.
    keywords: ['http ', 'https ', 'xh '],
    // HTTPie takes flags anywhere on the line (`http POST url -a user:…`); the gap stops at another command.
    regex: /\b(?:https?|xh)(?=[ \t])(?:(?!\b(?:https?|xh)[ \t])[^\r\n|;&]){0,200}?\s(?:-a|--auth)(?:[ \t]{1,3}|=)['"]?[^\s'"`:$]{1,64}:([^\s'"`]{1,128})/,
    secretGroup: 1,
    validate: realArgPassword,
    why: 'Basic-auth credentials on an HTTPie line sign in to the service as that account.',
    fix: `${FIX_ROTATE} (\`http -a "$USER:$PASSWORD"\`, or \`-a user\` alone to be prompted, or a session file outside the repository).`,
    examples: {
      match: () => [`http -a deploy:${pw()} https://api.acme-corp.net/releases`, `http POST https://api.acme-corp.net/releases --auth=ci-bot:${pw()} version=1.2`, `  xh --auth "ops:${pw()}" get https://status.corp.net/api`],
      noMatch: ['http -a "$API_USER:$API_PASSWORD" https://api.acme-corp.net', 'http -a deploy https://api.acme-corp.net/releases', 'http -a user:password https://httpbin.org/basic-auth/user/password', 'curl http://localhost:8080 -a foo:bar', 'Use http -a username:password to authenticate.'],
    },
  },
  {
    id: 'secret/cli-password-argument',
    description: 'Password in a mysql -p / sshpass -p argument',
    severity: 'high',
    keywords: ['mysql', 'mariadb', 'sshpass'],
    // mysql takes the password glued to -p (`-pSECRET`, `-p'SECRET'`); a bare `-p` prompts for it. An unquoted
    // password never starts with `|` (the shell would pipe): `-p|--password` is documentation of the flag.
    // The client names share their stem (one test of `m` per position, not eight); at most one of them ends at a `\b`.
    // The gap stops at another client name, where the next attempt starts with a full 200 characters: on a
    // line of `mysql = "   '` runs every start scanned 200 characters (35 ms per MiB, 4 ms now).
    regex: /(?:\b(?:m(?:ysql(?:dump|admin|import|pump|sh)?|ariadb(?:-dump)?))\b(?:(?!\bm(?:ysql(?:dump|admin|import|pump|sh)?|ariadb(?:-dump)?)\b)[^\r\n|;&]){0,200}?\s-p|\bsshpass\s{1,3}-p\s{0,3})['"]?([^\s'"`|][^\s'"`]{0,127})/,
    secretGroup: 1,
    validate: realArgPassword,
    why: 'A password on the command line of a database or SSH client logs in as that account.',
    fix: `${FIX_ROTATE} (\`MYSQL_PWD\` or an option file outside the repository for mysql, \`sshpass -e\` with SSHPASS, or better an SSH key).`,
    examples: {
      match: () => [`mysqldump -u root -p'${pw()}' shop > /backups/shop.sql`, `mysql --defaults-extra-file=/etc/mysql/extra.cnf -u app -p'${pw()}' app`, `mysql -h db.prod.internal -u app -p${pw()} app < schema.sql`, `sshpass -p '${pw()}' ssh deploy@10.0.0.5 ./deploy.sh`, `sshpass -p '%b?${pw()}' ssh deploy@10.0.0.5 ./deploy.sh`, `sshpass -p 'WV^${pw()}%TUDis=c' ssh deploy@10.0.0.5 uptime`],
      noMatch: ['mysql -u root -p app', 'mysql -u root -proot', 'mysqldump -u app -p"$DB_PASSWORD" app', 'sshpass -p "$SSH_PASS" ssh host', 'sshpass -p %SSH_PASS% ssh host', 'sshpass -p "%env(SSH_PASS)%" ssh host', 'sshpass -p %{ssh_pass} ssh host', 'mysql -u root -p${MYSQL_ROOT_PASSWORD}', 'mysql -h 127.0.0.1 -P 3306 -u root -ppassword', 'Run mysql with -p argument to be prompted.', 'the `mysql`/`mariadb` clients (`-p|--password …`)'],
    },
  },
  {
    id: 'secret/admin-cli-password',
    description: 'Password in a redis-cli -a, ldapsearch -w or sqlcmd -P argument',
    severity: 'high',
    keywords: ['redis-cli', 'ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldappasswd', 'ldapwhoami', 'sqlcmd', 'bcp', 'osql'],
    // One short flag per client, case-sensitive (`ldapsearch -W` and `sqlcmd -p` prompt or mean something else). As in
    // cli-password-argument, a gap never runs over the next client name, so every start scans one bounded stretch.
    regex: /\b(?:redis-cli\b(?:(?!\bredis-cli\b)[^\r\n|;&]){0,200}?\s-a|ldap(?:search|modify|add|delete|passwd|whoami)\b(?:(?!\bldap(?:search|modify|add|delete|passwd|whoami)\b)[^\r\n|;&]){0,300}?\s-w|(?:sqlcmd|bcp|osql)\b(?:(?!\b(?:sqlcmd|bcp|osql)\b)[^\r\n|;&]){0,200}?\s-P)\s{1,3}['"]?([^\s'"`]{1,128})/,
    secretGroup: 1,
    validate: realArgPassword,
    why: 'The password on the command line signs in to the server as that account, and stays in shell history and CI logs.',
    fix: `${FIX_ROTATE} (\`REDISCLI_AUTH\` for redis-cli, \`-y FILE\` or \`-W\` for the LDAP tools, \`SQLCMDPASSWORD\` for sqlcmd).`,
    examples: {
      match: () => [`redis-cli -h cache.prod.internal -p 6379 -a ${pw()} FLUSHALL`, `ldapsearch -x -H ldaps://ldap.corp.net -D "cn=admin,dc=corp,dc=net" -w ${pw()} -b "dc=corp,dc=net"`, `sqlcmd -S db.corp.net -U sa -P '${pw()}' -Q "SELECT 1"`],
      noMatch: ['redis-cli -h cache.internal --askpass', 'ldapsearch -x -D "cn=admin,dc=corp" -W -b "dc=corp"', 'sqlcmd -S db -U sa -P "$SA_PASSWORD" -Q "SELECT 1"', 'redis-cli -a password ping', 'ldapsearch -x -w ${LDAP_PW} -b dc=corp'],
    },
  },
  {
    id: 'secret/powershell-plaintext-password',
    description: 'Password in a PowerShell ConvertTo-SecureString -AsPlainText literal',
    severity: 'high',
    keywords: ['convertto-securestring'],
    // -AsPlainText says the literal is the password itself; without it the string is DPAPI ciphertext.
    regex: /\bConvertTo-SecureString\s{1,3}(?:-String\s{1,3})?(["'])([^\r\n"'`]{1,128})\1\s{1,3}-AsPlainText\b/i,
    secretGroup: 2,
    validate: realArgPassword,
    why: 'The literal passed with -AsPlainText is the password of the credential the script builds.',
    fix: `${FIX_ROTATE} (\`Get-Secret\` from SecretManagement, \`$env:\` set by the CI, or \`Read-Host -AsSecureString\`).`,
    examples: {
      match: () => [`$secure = ConvertTo-SecureString "${pw()}" -AsPlainText -Force`, `$cred = New-Object PSCredential ("svc", (ConvertTo-SecureString '${pw()}' -AsPlainText -Force))`, `ConvertTo-SecureString -String "${pw()}" -AsPlainText -Force`],
      noMatch: [
        `$secure = ConvertTo-SecureString "01000000d08c9ddf0115d1118c7a00c04fc297eb0100" -Key $key`,
        '$secure = ConvertTo-SecureString $env:DB_PASSWORD -AsPlainText -Force',
        '$secure = ConvertTo-SecureString "$Password" -AsPlainText -Force',
        'ConvertTo-SecureString "password" -AsPlainText -Force',
      ],
    },
  },
  {
    id: 'secret/sql-user-password',
    description: 'Password in a CREATE/ALTER USER, ROLE or LOGIN statement, or a GRANT … IDENTIFIED BY',
    severity: 'high',
    // Not 'password': that word is in most files, and this regex is case-insensitive over whole texts.
    keywords: ['create user', 'alter user', 'create role', 'alter role', 'create login', 'alter login', 'grant'],
    // As in cli-password-argument, the gap stops where another statement starts (38 ms -> a few per MiB of `create user = "`).
    // MySQL 5's `GRANT … TO 'app'@'%' IDENTIFIED BY 'pw'` creates the account as it grants.
    regex: /\b(?:(?:CREATE|ALTER)\s{1,3}(?:USER|ROLE|LOGIN)|GRANT)\b(?:(?!\b(?:(?:CREATE|ALTER)\s{1,3}(?:USER|ROLE|LOGIN)|GRANT)\b)[^;\r\n]){0,200}?(?:IDENTIFIED\s{1,3}(?:WITH\s{1,3}\w{1,40}\s{1,3})?BY|PASSWORD)(?:\s{0,3}=)?\s{0,3}'([^'\s]{1,128})'/i,
    secretGroup: 1,
    validate: realArgPassword,
    why: 'A database account password in a migration or seed file logs in to every database that ran it.',
    fix: `${FIX_ROTATE}: create accounts from a provisioning step that reads the password from a secret store, not from a committed SQL file.`,
    examples: {
      match: () => [`GRANT ALL PRIVILEGES ON shop.* TO 'shop'@'%' IDENTIFIED BY '${pw()}';`, `ALTER USER 'app'@'%' IDENTIFIED BY '${pw()}';`, `CREATE USER reporting WITH PASSWORD '${pw()}';`, `CREATE LOGIN etl WITH PASSWORD = '${pw()}', CHECK_POLICY = ON;`, `create role analyst login encrypted password '${pw()}';`, `ALTER USER 'app'@'%' IDENTIFIED BY '${pw()}5%sT';`],
      noMatch: ["GRANT SELECT ON shop.* TO 'report'@'%';", "GRANT ALL ON *.* TO 'root'@'localhost' IDENTIFIED BY 'root';", "CREATE USER app IDENTIFIED BY 'password';", "ALTER USER postgres WITH PASSWORD 'postgres';", "CREATE USER app WITH PASSWORD '${APP_DB_PASSWORD}';", "CREATE USER app WITH PASSWORD :'app_password';", "CREATE USER app IDENTIFIED BY '<password>';", "alter user x with password :'pw'; -- then 'run it'"],
    },
  },
  {
    id: 'secret/mysql-dsn-password',
    description: 'Password in a Go MySQL driver DSN (user:password@tcp(host)/db)',
    severity: 'high',
    keywords: ['@tcp(', '@unix(', '@udp('],
    regex: /(?<![\w.:/@%-])[A-Za-z0-9_.-]{1,64}:([^\s:@/'"`]{1,128})@(?:tcp|unix|udp)\(/,
    secretGroup: 1,
    validate: realArgPassword,
    why: 'A DSN with its password gives direct access to the database, bypassing the application.',
    fix: `${FIX_ROTATE}, building the DSN at run time (mysql.Config{Passwd: os.Getenv("DB_PASSWORD")}.FormatDSN()).`,
    examples: {
      match: () => [`dsn := "orders:${pw()}@tcp(db.prod.internal:3306)/orders?parseTime=true"`, `DB_DSN=app:${pw()}@tcp(10.0.3.7)/app`],
      noMatch: ['dsn := "root:root@tcp(127.0.0.1:3306)/test"', 'fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)', 'user:password@tcp(localhost:3306)/dbname', 'app:${DB_PASSWORD}@tcp(db:3306)/app'],
    },
  },
  {
    id: 'secret/registry-login-password',
    description: 'Password in a docker / podman / helm registry / az / oc / cf / argocd login command',
    severity: 'high',
    keywords: ['docker login', 'podman login', 'buildah login', 'skopeo login', 'nerdctl login', 'registry login', 'oras login', 'az login', 'oc login', 'cf login', 'argocd login'],
    // `--password-stdin` is the safe form and never matches (`-` after the flag name). The gap stops at the
    // next `login`, so a line of many login commands scans each stretch once.
    regex: /\b(?:docker|podman|buildah|skopeo|nerdctl|registry|oras|az|oc|cf|argocd)\s{1,3}login\b(?:(?!\blogin\b)[^\r\n|;&]){0,300}?\s(?:-p|--password)(?:\s{1,3}|=)['"]?([^\s'"`]{1,128})/,
    secretGroup: 1,
    // `az login --service-principal -p cert.pem` (older Azure CLIs) names a certificate file, not a secret.
    validate: (p) => realArgPassword(p) && !/\.(?:pem|crt|cer|pfx|p12|key)$/i.test(p),
    why: 'A registry or cloud password on a login line pushes images or runs commands as that account, and stays in shell history and CI logs.',
    fix: `${FIX_ROTATE} (\`--password-stdin\` fed from a CI secret, a credential helper, or a service principal certificate).`,
    examples: {
      match: () => [`docker login -u deploy -p ${pw()} registry.acme-corp.net`, `az login --service-principal -u 0f3c2a1e-5b7d-4c9a-8e6f-1a2b3c4d5e6f -p ${pw()} --tenant acme-corp.onmicrosoft.com`, `oc login https://api.ocp.corp.net:6443 -u admin -p ${pw()}`, `helm registry login harbor.corp.net --username ci --password ${pw()}`],
      noMatch: ['echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin registry.corp.net', 'docker login -u "$DOCKER_USER" -p "$DOCKER_PASS"', 'docker login -u ci -p ${{ secrets.DOCKER_PASSWORD }} ghcr.io', 'az login --service-principal -u $APP_ID -p ~/certs/sp.pem --tenant $TENANT', 'docker login -u admin -p password localhost:5000', 'Run `docker login -p <password>` once.'],
    },
  },
  {
    id: 'secret/htpasswd-password',
    description: 'Password given to htpasswd -b on the command line',
    severity: 'high',
    keywords: ['htpasswd'],
    // -b takes the password as the last argument (after the file and user, or the user alone with -n); without -b
    // htpasswd prompts. Flags (`-C 12` takes a number), one or two arguments, then the password, ending the command:
    // a sentence about htpasswd has more words than that.
    regex: /\bhtpasswd(?=(?:\s{1,3}-[A-Za-z]{1,6}){0,3}\s{1,3}-[A-Za-z]{0,5}b)(?:\s{1,3}-[A-Za-z]{1,6}(?:\s{1,3}\d{1,3})?){1,4}(?:\s{1,3}['"]?[^\s'"`|;&<>]{1,256}['"]?){1,2}\s{1,3}['"]?([^\s'"`|;&<>]{1,128})['"]?(?=[ \t]*(?:[\r\n|;&>)]|$))/,
    secretGroup: 1,
    validate: realPositionalPassword,
    why: 'The password in an htpasswd line is the basic-auth password of the site or registry the file protects.',
    fix: `${FIX_ROTATE} (\`htpasswd -i\` reading it from standard input, fed from a CI secret).`,
    examples: {
      match: () => [`htpasswd -b -c /etc/nginx/.htpasswd admin ${pw()}`, `htpasswd -Bbn registry ${pw()} > auth/htpasswd`, `RUN htpasswd -bc /etc/apache2/.htpasswd ops '${pw()}' && chmod 640 /etc/apache2/.htpasswd`],
      noMatch: ['`htpasswd -b[c] FILE USER PASSWORD`, `htpasswd -nb USER PASSWORD`: the last argument is the password.', 'RUN htpasswd -bc /etc/nginx/.htpasswd admin "$(cat /run/secrets/pw)" && chmod 640 x', 'htpasswd -c /etc/nginx/.htpasswd admin', 'htpasswd -Bbn registry "$REGISTRY_PASSWORD" > auth/htpasswd', 'htpasswd -b .htpasswd admin admin', 'htpasswd -i /etc/nginx/.htpasswd admin < pw.txt'],
    },
  },
  {
    id: 'secret/rabbitmq-user-password',
    description: 'Password given to rabbitmqctl add_user or change_password',
    severity: 'high',
    keywords: ['rabbitmqctl'],
    regex: /\brabbitmqctl\s{1,3}(?:-{1,2}[\w-]{1,40}(?:[ =][^\s-][^\s]{0,60})?\s{1,3}){0,4}(?:add_user|change_password)\s{1,3}['"]?[^\s'"]{1,64}['"]?\s{1,3}['"]?([^\s'"`]{1,128})/,
    secretGroup: 1,
    validate: realPositionalPassword,
    why: 'The password signs in to the RabbitMQ broker as that user: it reads and publishes every queue the user may use.',
    fix: `${FIX_ROTATE} (\`rabbitmqctl add_user NAME\` reads the password from standard input when it is left out; or a definitions file from a secret store).`,
    examples: {
      match: () => [`rabbitmqctl add_user orders ${pw()}`, `docker exec mq rabbitmqctl change_password admin '${pw()}'`],
      noMatch: ["description: 'Password given to rabbitmqctl add_user or change_password'", 'rabbitmqctl add_user orders "$ORDERS_MQ_PASSWORD"', 'rabbitmqctl add_user guest guest', 'rabbitmqctl list_users', 'rabbitmqctl add_user admin admin'],
    },
  },
  {
    id: 'secret/windows-net-user-password',
    description: 'Password given to Windows `net user NAME PASSWORD`',
    severity: 'high',
    keywords: ['net user'],
    // `net user NAME *` prompts; `/add`, `/domain` and friends follow the password.
    regex: /\bnet\s{1,3}user\s{1,3}['"]?[^\s'"/*]{1,64}['"]?\s{1,3}['"]?([^\s'"`/*]{1,128})['"]?(?=\s{1,3}\/[A-Za-z]|[ \t]*(?:[\r\n&|]|$))/i,
    secretGroup: 1,
    validate: realPositionalPassword,
    why: 'The line sets a Windows account password: anyone who reads it signs in to the machines that ran it.',
    fix: `${FIX_ROTATE} (\`net user NAME *\` prompts; provisioning tools take it from a secret store).`,
    examples: {
      match: () => [`net user backup ${pw()} /add`, `NET USER svc_deploy "${pw()}" /ADD /Y`],
      noMatch: ['net user backup * /add', 'net user %SVC_USER% %SVC_PASSWORD% /add', 'net user administrator /active:yes', 'net user'],
    },
  },
  {
    id: 'secret/chpasswd-password',
    description: 'Password piped into chpasswd (`echo user:password | chpasswd`)',
    severity: 'high',
    keywords: ['chpasswd'],
    regex: /\b(?:echo|printf)\s{1,3}(?:-[ne]{1,2}\s{1,3})?['"]?[A-Za-z0-9_.-]{1,64}:([^\s'"`:|]{1,128})['"]?\s{0,3}\|\s{0,3}(?:sudo\s{1,3})?chpasswd\b/,
    secretGroup: 1,
    validate: realPositionalPassword,
    why: 'The line sets a Linux account password on every machine or image that runs it.',
    fix: `${FIX_ROTATE} (read it from a secret at run time, or use SSH keys and lock the password).`,
    examples: {
      match: () => [`echo 'deploy:${pw()}' | chpasswd`, `RUN echo "app:${pw()}" | chpasswd && usermod -aG sudo app`],
      noMatch: ['echo "deploy:$DEPLOY_PASSWORD" | chpasswd', 'echo "root:root" | chpasswd', 'echo "$USER:$PASS" | sudo chpasswd'],
    },
  },
  {
    id: 'secret/mysqladmin-password',
    description: 'New password given to `mysqladmin password`',
    severity: 'high',
    keywords: ['mysqladmin'],
    regex: /\bmysqladmin\b(?:(?!\bmysqladmin\b)[^\r\n|;&]){0,200}?\spassword\s{1,3}['"]?([^\s'"`]{1,128})/,
    secretGroup: 1,
    validate: realPositionalPassword,
    why: 'The command sets the database account to this password.',
    fix: `${FIX_ROTATE} (\`ALTER USER\` from a provisioning step that reads it from a secret store).`,
    examples: {
      match: () => [`mysqladmin -u root password ${pw()}`, `mysqladmin --user=root -h db.corp.net password '${pw()}'`],
      noMatch: ['mysqladmin -u root password "$MYSQL_ROOT_PASSWORD"', 'mysqladmin -u root password root', 'mysqladmin -u root -p status'],
    },
  },
  {
    id: 'secret/tool-password-flag',
    description: 'Password in the password flag of a CLI tool (zip/unzip -P, 7z/rar -p, ncftp -p, openssl enc -k, mongosh -p, ipmitool -P, mosquitto -P, snmp -A/-X, twine -p, psexec -p, smbclient -U user%pw, lftp -u user,pw, cmdkey /pass:, schtasks /rp, rclone obscure, the password of net use)',
    severity: 'high',
    // Word starts only: `7z` and `rar` are inside random base64 and `library` (25,000 and 4,000 hits on the speed corpus
    // woke this rule's regex windows: +0.1 s CPU).
    keywords: ['\\bzip', '\\bunzip', '\\b7z', '\\brar', '\\bncftp', '\\bopenssl', '\\bmongo', '\\bipmitool', '\\bmosquitto_', '\\bsnmp', '\\btwine', '\\bpsexec', '\\bsmbclient', '\\blftp', '\\bcmdkey', '\\bschtasks', '\\brclone', 'net use'],
    // One flag per tool, as its manual gives it; each prefix ends where the password starts. A gap never runs over the
    // next name of the same tool (as in cli-password-argument), so every start scans one bounded stretch. A value that
    // starts with `-` is the next flag (`mongosh -p --authenticationDatabase` prompts); `*` prompts on Windows.
    // Every alternative starts with its keyword after one shared `\b`, so the engine tries the regex at each keyword hit
    // (anchor.ts) instead of over whole files: `zip(` is in most Python files (95 ms of the speed corpus otherwise).
    regex: new RegExp(
      String.raw`\b(?:(?:zip|unzip|zipcloak)\b(?:(?!\b(?:zip|unzip)\b)[^\r\n|;&]){0,200}?\s-P\s{1,3}|(?:7z[ar]?|rar)\b(?:(?!\b(?:7z|rar)\b)[^\r\n|;&]){0,200}?\s-(?:hp|p)(?=[^\s-])|ncftp(?:put|get|ls)?\b(?:(?!\bncftp)[^\r\n|;&]){0,200}?\s-p\s{1,3}|openssl\s{1,3}(?:enc|aes-[\w-]{1,20}|des[\w-]{0,20}|bf[\w-]{0,10})\b(?:(?!\bopenssl\b)[^\r\n|;&]){0,200}?\s-k\s{1,3}|mongo(?:sh|dump|restore|import|export|stat|top)?\b(?:(?!\bmongo)[^\r\n|;&]){0,200}?\s(?:-p|--password)(?:\s{1,3}|=)(?!-)|(?:ipmitool|mosquitto_(?:pub|sub|rr))\b(?:(?!\b(?:ipmitool|mosquitto_))[^\r\n|;&]){0,200}?\s-P\s{1,3}|snmp(?:walk|get|getnext|bulkwalk|bulkget|set|table|trap)\b(?:(?!\bsnmp)[^\r\n|;&]){0,200}?\s-[AX]\s{1,3}|twine\s{1,3}upload\b(?:(?!\btwine\b)[^\r\n|;&]){0,200}?\s(?:-p|--password)(?:\s{1,3}|=)|psexec(?:64)?\b(?:(?!\bpsexec)[^\r\n|;&]){0,200}?\s-p\s{1,3}|smbclient\b(?:(?!\bsmbclient\b)[^\r\n|;&]){0,200}?\s(?:-U|--user)(?:\s{1,3}|=)['"]?[^\s'"%]{1,64}%|lftp\b(?:(?!\blftp\b)[^\r\n|;&]){0,200}?\s-u\s{1,3}['"]?[^\s'",]{1,64},|cmdkey\b(?:(?!\bcmdkey\b)[^\r\n|&]){0,200}?\s/pass:|schtasks\b(?:(?!\bschtasks\b)[^\r\n|&]){0,300}?\s/rp\s{1,3}|rclone\s{1,3}obscure\s{1,3}|net use\s{1,3}(?:[A-Za-z]:\s{1,3}|\*\s{1,3})?\\\\[^\s]{1,200}\s{1,3}(?![/*]))['"]?([^\s'"\x60]{1,128})`,
    ),
    secretGroup: 1,
    // `docker run --name mongo -p 27017:27017` publishes a port: digits, dots and colons are no password.
    validate: (p) => realArgPassword(p) && !/^[\d.:]+(?:\/\w{1,4})?$/.test(p),
    why: 'The password on the command line opens the archive, key or account it protects, and stays in shell history and CI logs.',
    fix: `${FIX_ROTATE} (each tool reads it from a file, an environment variable or a prompt: \`-pass env:\` for openssl, \`-E\` for ipmitool, \`-A FILE\` for smbclient, \`-p\` alone for 7z and mongosh).`,
    examples: {
      match: () => [
        `zip -r -P ${pw()} export.zip reports/`,
        `7z a -t7z -mhe=on -p${pw()} backup.7z data/`,
        `rar a -hp${pw()} backup.rar data/`,
        `ncftpput -u acme -p ${pw()} ftp.partner.com /in out.csv`,
        `openssl enc -aes-256-cbc -salt -pbkdf2 -in db.sql -out db.sql.enc -k ${pw()}`,
        `mongosh "mongodb://mongo-1:27017/orders" -u admin -p '${pw()}' --authenticationDatabase admin`,
        `ipmitool -I lanplus -H 10.20.9.31 -U admin -P ${pw()} chassis power status`,
        `mosquitto_pub -h mqtt.corp.net -u sensors -P ${pw()} -t plant/temp -m 21.5`,
        `snmpwalk -v3 -l authPriv -u monitor -a SHA -A ${pw()} -x AES -X ${pw()} 10.20.9.1 system`,
        `twine upload --repository-url https://pypi.corp.net/ -u ci -p ${pw()} dist/*`,
        `psexec \\\\win-build-02 -u ACME\\builder -p ${pw()} cmd /c run.cmd`,
        `smbclient //fs01/finance -U 'ACME\\svc_backup%${pw()}' -c 'ls'`,
        `lftp -u acme,${pw()} sftp://sftp.partner.com -e 'mirror; bye'`,
        `cmdkey /add:fs01.acme.local /user:ACME\\svc /pass:${pw()}`,
        `schtasks /create /tn "Export" /tr C:\\jobs\\export.cmd /sc daily /ru ACME\\svc /rp ${pw()}`,
        `rclone copy ./out :sftp,host=sftp.partner.com,user=acme,pass=$(rclone obscure '${pw()}'):/in`,
        `net use Z: \\\\fs01.acme.local\\finance ${pw()} /user:ACME\\svc_backup /persistent:no`,
      ],
      noMatch: [
        '7z a -t7z -p backup.7z data/',
        'rar a -hp backup.rar data/',
        'unrar x -p- backup.rar',
        'zip -e -r export.zip reports/',
        'openssl enc -d -aes-256-cbc -pbkdf2 -in db.sql.enc -out db.sql -pass env:BACKUP_KEY',
        'mongosh "mongodb://mongo-1:27017/orders" -u admin -p --authenticationDatabase admin',
        'mosquitto_sub -h mqtt.corp.net -u sensors -P "$MQTT_PASSWORD" -t "plant/#"',
        'ipmitool -I lanplus -H 10.20.9.31 -U admin -E chassis power status',
        'smbclient //fs01/finance -A /etc/samba/backup.creds -c "ls"',
        'schtasks /create /tn "Export" /tr export.cmd /ru ACME\\svc /rp *',
        'twine upload -u __token__ -p "$PYPI_TOKEN" dist/*',
        'zip -P password archive.zip file',
        'docker run -d --name mongo -p 27017:27017 mongo:7',
        'net use Y: \\\\fs01.acme.local\\public * /user:ACME\\%USERNAME%',
        'net use Z: \\\\fs01\\share /user:ACME\\svc /persistent:yes',
      ],
    },
  },
  {
    id: 'secret/cli-token-argument',
    description: 'Token or secret given to a CLI positionally or by flag (vault login TOKEN, consul/nomad -token=, mc alias set … ACCESS SECRET, npm/yarn config set …_authToken, kubeadm join --token)',
    severity: 'high',
    keywords: ['vault login', 'consul', 'nomad', 'mc alias', 'mc config', 'authtoken', 'kubeadm join'],
    // `vault login` without -method takes the token as its one positional argument (`-` reads standard input, `k=v`
    // pairs belong to a -method); consul and nomad take -token=; mc takes the access key then the secret key.
    regex: new RegExp(
      String.raw`(?:\bvault\s{1,3}login\s{1,3}(?:-(?!method)[\w-]{1,30}(?:=\S{1,100})?\s{1,3}){0,4}(?![^\s]{0,128}=)(?!-)|\b(?:consul|nomad)\b(?:(?!\b(?:consul|nomad)\b)[^\r\n|;&]){0,200}?\s-token(?:=|\s{1,3})|\bmc\s{1,3}(?:alias\s{1,3}set|config\s{1,3}host\s{1,3}add)\s{1,3}\S{1,64}\s{1,3}https?://\S{1,200}\s{1,3}\S{1,128}\s{1,3}|\b(?:npm|pnpm)\s{1,3}config\s{1,3}set\s{1,3}['"]?//[^\s'"]{1,200}:_(?:authToken|password)['"]?(?:\s{1,3}|=)|\byarn\s{1,3}config\s{1,3}set\s{1,3}npmAuthToken\s{1,3}|\bkubeadm\s{1,3}join\b(?:(?!\bkubeadm\b)[^\r\n|;&]){0,200}?\s--(?:discovery-)?token(?:=|\s{1,3}))['"]?([^\s'"\x60]{1,256})`,
    ),
    secretGroup: 1,
    // Tokens (UUIDs, `s.…`, `hvs.…`, access keys) carry digits; a word after `vault login` in prose does not.
    // kubeadm's documented example token is `abcdef.0123456789abcdef`.
    validate: (t) => realArgPassword(t) && /\d/.test(t) && t !== 'abcdef.0123456789abcdef',
    why: 'The token signs in to Vault, Consul, Nomad, the object store or the package registry with its policies.',
    fix: `${FIX_ROTATE}: revoke the token and pass its successor from the environment (VAULT_TOKEN, CONSUL_HTTP_TOKEN, NOMAD_TOKEN, MC_HOST_<alias>, NPM_TOKEN in .npmrc as \${NPM_TOKEN}).`,
    examples: {
      match: () => [
        `vault login s.${fake.alnum(24)}`,
        `consul kv put -token=${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-a${fake.hex(3)}-${fake.hex(12)} config/flags @flags.json`,
        `nomad job run -token=${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-8${fake.hex(3)}-${fake.hex(12)} jobs/orders.nomad`,
        `mc alias set minio https://minio.internal:9000 ${fake.upperAlnum(20)} ${fake.alnum(40)}`,
        `kubeadm join 10.20.0.10:6443 --token ${fake.lowerAlnum(6)}.${fake.lowerAlnum(16)} --discovery-token-ca-cert-hash sha256:${fake.hex(64)}`,
        `npm config set "//npm.corp.net/:_authToken" "${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-9${fake.hex(3)}-${fake.hex(12)}"`,
      ],
      noMatch: [
        'vault login -method=oidc role=ops',
        'vault login -method=userpass username=ops',
        'vault login -method=token - < /run/secrets/vault-token',
        'consul kv get -token="$CONSUL_HTTP_TOKEN" config/orders',
        'consul acl token create -description "ci" -token-file /run/secrets/consul',
        'npm config set "//npm.corp.net/:_authToken" "${NPM_TOKEN}"',
        'mc alias set local http://localhost:9000 minioadmin minioadmin',
        'Run vault login first, then export VAULT_TOKEN.',
        'kubeadm join 10.20.0.10:6443 --token abcdef.0123456789abcdef --discovery-token-unsafe-skip-ca-verification',
      ],
    },
  },
  {
    id: 'secret/oracle-connect-password',
    description: 'Password in an Oracle user/password@db connect string (sqlplus, sqlldr, expdp, impdp, rman, CONNECT)',
    severity: 'high',
    // `conn` alone is in every `connection`: SQL*Plus's CONN / CONNECT are followed by a space.
    keywords: ['sqlplus', 'sqlldr', 'expdp', 'impdp', '\\brman', 'sqlcl', '\\bconn ', '\\bconnect '],
    // `sqlplus user/password@db`; `/ as sysdba` and `user@db` (no slash) prompt or use OS authentication.
    regex: /(?:\b(?:sqlplus|sqlldr|expdp|impdp|rman|sqlcl)\b(?:[ \t]{1,3}-\w{1,12}){0,4}[ \t]{1,3}(?:userid=|target[ \t]{1,3}|auxiliary[ \t]{1,3})?|^[ \t]{0,8}CONN(?:ECT)?[ \t]{1,3})['"]?[A-Za-z][\w$#]{0,29}\/([^\s'"`@/]{1,128})(?=@|['"]|\s|$)/im,
    secretGroup: 1,
    validate: realArgPassword,
    why: 'The connect string signs in to the Oracle database as that schema owner.',
    fix: `${FIX_ROTATE} (\`sqlplus user@db\` prompts; scripts use an Oracle wallet or \`/@alias\` with external authentication).`,
    examples: {
      match: () => [`sqlplus -s etl_loader/${pw()}@ORCLPDB1 @load.sql`, `expdp system/${pw()}@prod schemas=orders directory=DUMP`, `CONNECT app_owner/${pw()}@//db.corp.net:1521/ORCL`],
      noMatch: ['sqlplus / as sysdba', 'sqlplus scott/tiger@orcl', 'sqlplus -s "$ORA_USER/$ORA_PASS@$ORA_DB"', 'sqlplus app@ORCLPDB1', 'Connect to the database as user/password@service.'],
    },
  },
  {
    id: 'secret/sql-password-statement',
    description: 'Password in SET PASSWORD FOR, an unquoted Oracle IDENTIFIED BY, or sp_addlogin',
    severity: 'high',
    keywords: ['set password', 'identified by', 'sp_addlogin', 'sp_password'],
    // sql-user-password reads the quoted forms of CREATE/ALTER; Oracle writes the password bare (or in double quotes),
    // as in `CREATE DATABASE LINK … CONNECT TO u IDENTIFIED BY pw USING …`. VALUES, EXTERNALLY and GLOBALLY are keywords.
    // The value ends where a statement's word would, and no brace follows it: ASN.1's `{ PBES2-params IDENTIFIED BY
    // id-PBES2 }` (an object identifier, in node-forge's comments) is in braces.
    regex: /(?:\bSET\s{1,3}PASSWORD\s{1,3}FOR\s{1,3}[^\s=;]{1,130}\s{0,3}=\s{0,3}(?:PASSWORD\s{0,3}\(\s{0,3})?|\bIDENTIFIED\s{1,3}BY\s{1,3}(?!(?:VALUES|EXTERNALLY|GLOBALLY)\b)(?=["\w])|\bsp_(?:addlogin|password)\s{1,3}(?:@\w{1,20}\s{0,3}=\s{0,3})?N?'[^'\r\n]{1,128}'\s{0,3},\s{0,3}(?:@\w{1,20}\s{0,3}=\s{0,3})?N?)(['"]?)([^'"\s;,()`{}]{1,128})\1(?=[\s;,()'"`]|$)(?![ \t]*[{}])/i,
    secretGroup: 2,
    // A word and a sentence's last mark is prose about identity (`… can't be identified by context?`), not a password.
    validate: (pw) => realPositionalPassword(pw) && !/^[a-z]+[?.!:](?:\\[nrt])*$/.test(pw),
    why: 'A database account password in a migration or seed file logs in to every database that ran it.',
    fix: `${FIX_ROTATE}: create accounts from a provisioning step that reads the password from a secret store, not from a committed SQL file.`,
    examples: {
      match: () => [`SET PASSWORD FOR 'reporting'@'10.%' = '${pw()}';`, `CREATE DATABASE LINK legacy CONNECT TO etl IDENTIFIED BY ${pw()} USING 'LEGACYDB';`, `CREATE USER app_owner IDENTIFIED BY "${pw()}";`, `EXEC sp_addlogin 'svc_export', '${pw()}';`],
      // The quoted form is sql-user-password's: this rule leaves it alone.
      noMatch: () => ["CREATE USER legacy IDENTIFIED BY VALUES 'S:8F2D...';", 'CREATE USER ops IDENTIFIED EXTERNALLY;', "SET PASSWORD FOR 'app'@'%' = 'password';", 'ALTER USER app IDENTIFIED BY &app_password;', '/* Sets the value of the thread-specific storage identified by __TSS_ID for the current thread. */', "# XXX: should we throw error if result can't be identified by context?", `CREATE USER 'a'@'%' IDENTIFIED BY '${pw()}';`, ' * { {PBES2-params IDENTIFIED BY id-PBES2}, ... }', '{ PBES2-params IDENTIFIED BY id-PBES2 }'],
    },
  },
  {
    id: 'secret/password-stdin-literal',
    description: 'Literal password echoed into a --password-stdin login',
    severity: 'high',
    keywords: ['password-stdin'],
    // `--password-stdin` is the safe form only when what feeds it is a secret: `echo "…" | docker login` puts the literal on the line.
    regex: /\b(?:echo|printf[ \t]{1,3}(?:'%s\\?n?'|"%s\\?n?"))[ \t]{1,3}(?:-n[ \t]{1,3})?(['"]?)([^\s'"`|$]{1,128})\1[ \t]{0,3}\|[^\r\n|]{0,200}?--password-stdin\b/,
    secretGroup: 2,
    validate: realArgPassword,
    why: 'The password fed to the login is on the command line after all: it signs in to the registry as that account.',
    fix: `${FIX_ROTATE} (feed --password-stdin from a CI secret: \`echo "$REGISTRY_TOKEN" | docker login …\`).`,
    examples: {
      match: () => [`echo "${pw()}" | docker login registry.corp.net --username ci --password-stdin`, `printf '%s' '${pw()}' | helm registry login registry.corp.net -u ci --password-stdin`],
      noMatch: ['echo "$REGISTRY_TOKEN" | docker login registry.corp.net -u ci --password-stdin', 'cat /run/secrets/registry | docker login -u ci --password-stdin', 'echo "${{ secrets.TOKEN }}" | docker login ghcr.io -u ci --password-stdin', 'echo password | docker login -u ci --password-stdin'],
    },
  },
  {
    id: 'secret/password-file-literal',
    description: 'Literal password echoed into a --password-file process substitution',
    severity: 'high',
    keywords: ['password-file', 'passwd-file'],
    // `--password-file=<(echo "…")` (rsync, sshpass-like tools) reads a file only in name: the literal is on the line.
    regex: /--pass(?:word|wd)-file(?:=|[ \t]{1,3})<\([ \t]{0,3}(?:echo|printf[ \t]{1,3}(?:'%s\\?n?'|"%s\\?n?"))[ \t]{1,3}(?:-n[ \t]{1,3})?(['"]?)([^\s'"`|$()]{1,128})\1[ \t]{0,3}\)/,
    secretGroup: 2,
    validate: realArgPassword,
    why: 'The "file" is the echoed literal: the password is on the command line and in git, and signs in as that account.',
    fix: `${FIX_ROTATE} (point --password-file at a file outside the repository, or echo a CI secret: \`<(echo "$RSYNC_PASSWORD")\`).`,
    examples: {
      match: () => [`rsync -av --password-file=<(echo "${pw()}") ./build rsync://deploy@mirror.corp.net/site`, `rsync --passwd-file <(printf '%s' '${pw()}') src/ rsync://ci@backup.corp.net/data`],
      noMatch: ['rsync -av --password-file=<(echo "$RSYNC_PASSWORD") ./build rsync://deploy@mirror/site', 'rsync --password-file=/etc/rsync.secret ./build rsync://deploy@mirror/site', 'rsync --password-file=<(echo password) a b'],
    },
  },
];
