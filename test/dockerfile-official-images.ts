import * as fake from '../lib/secrets/fake';

/**
 * Dockerfiles written to reproduce the docker-library official-image patterns
 * (postgres, python, node, golang, php, redis, httpd, a Windows golang): GPG
 * fingerprints in ENV and loops, `*_VERSION`, `*_SHA256` values,
 * `sha256sum -c`, `gpg --batch --verify`, `Get-FileHash`, multi-stage builds,
 * gosu drops. Fingerprints and digests are generated so the repository holds
 * no long hex strings a scanner could trip on.
 */
const fp = () => fake.upperHex(40);
const sha = () => fake.hex(64);

export function officialImageDockerfiles(): Record<string, string> {
  return {
    'postgres/Dockerfile': `FROM debian:bookworm-slim
RUN set -ex; \\
	if ! command -v gpg > /dev/null; then \\
		apt-get update; \\
		apt-get install -y --no-install-recommends gnupg dirmngr; \\
		rm -rf /var/lib/apt/lists/*; \\
	fi
RUN set -eux; \\
	groupadd -r postgres --gid=999; \\
	useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; \\
	mkdir -p /var/lib/postgresql; \\
	chown -R postgres:postgres /var/lib/postgresql
ENV GOSU_VERSION 1.17
RUN set -eux; \\
	savedAptMark="$(apt-mark showmanual)"; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends ca-certificates wget; \\
	rm -rf /var/lib/apt/lists/*; \\
	dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \\
	wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \\
	wget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc"; \\
	export GNUPGHOME="$(mktemp -d)"; \\
	gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys ${fp()}; \\
	gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \\
	gpgconf --kill all; \\
	rm -rf "$GNUPGHOME" /usr/local/bin/gosu.asc; \\
	apt-mark auto '.*' > /dev/null; \\
	[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \\
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\
	chmod +x /usr/local/bin/gosu; \\
	gosu --version; \\
	gosu nobody true
ENV LANG en_US.utf8
RUN mkdir /docker-entrypoint-initdb.d
RUN set -ex; \\
# pub   4096R/ACCC4CF8 2011-10-13 [expires: 2019-07-02]
	key='${fp()}'; \\
	export GNUPGHOME="$(mktemp -d)"; \\
	mkdir -p /usr/local/share/keyrings/; \\
	gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; \\
	gpg --batch --export --armor "$key" > /usr/local/share/keyrings/postgres.gpg.asc; \\
	gpgconf --kill all; \\
	rm -rf "$GNUPGHOME"
ENV PG_MAJOR 16
ENV PATH $PATH:/usr/lib/postgresql/$PG_MAJOR/bin
ENV PG_VERSION 16.3-1.pgdg120+1
RUN set -ex; \\
	export PYTHONDONTWRITEBYTECODE=1; \\
	aptRepo="[ signed-by=/usr/local/share/keyrings/postgres.gpg.asc ] http://apt.postgresql.org/pub/repos/apt/ bookworm-pgdg main $PG_MAJOR"; \\
	echo "deb $aptRepo" > /etc/apt/sources.list.d/pgdg.list; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends postgresql-common; \\
	sed -ri 's/#(create_main_cluster) .*$/\\1 = false/' /etc/postgresql-common/createcluster.conf; \\
	apt-get install -y --no-install-recommends "postgresql-$PG_MAJOR=$PG_VERSION"; \\
	rm -rf /var/lib/apt/lists/*
RUN mkdir -p /var/run/postgresql && chown -R postgres:postgres /var/run/postgresql && chmod 3777 /var/run/postgresql
ENV PGDATA /var/lib/postgresql/data
RUN mkdir -p "$PGDATA" && chown -R postgres:postgres "$PGDATA" && chmod 1777 "$PGDATA"
VOLUME /var/lib/postgresql/data
COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
STOPSIGNAL SIGINT
EXPOSE 5432
CMD ["postgres"]
`,
    'app-db/Dockerfile': `FROM postgres:16.3
ENV POSTGRES_USER=app \\
    POSTGRES_DB=app \\
    POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password \\
    POSTGRES_INITDB_ARGS="--auth-host=scram-sha-256"
COPY initdb/ /docker-entrypoint-initdb.d/
`,
    'python/Dockerfile': `FROM debian:bookworm-slim
ENV PATH /usr/local/bin:$PATH
ENV LANG C.UTF-8
RUN set -eux; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends ca-certificates netbase tzdata; \\
	rm -rf /var/lib/apt/lists/*
ENV GPG_KEY ${fp()}
ENV PYTHON_VERSION 3.12.4
ENV PYTHON_SHA256 ${sha()}
RUN set -eux; \\
	savedAptMark="$(apt-mark showmanual)"; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends dpkg-dev gcc gnupg libbz2-dev libffi-dev libssl-dev make wget xz-utils zlib1g-dev; \\
	wget -O python.tar.xz "https://www.python.org/ftp/python/\${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \\
	echo "$PYTHON_SHA256 *python.tar.xz" | sha256sum -c -; \\
	wget -O python.tar.xz.asc "https://www.python.org/ftp/python/\${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz.asc"; \\
	GNUPGHOME="$(mktemp -d)"; export GNUPGHOME; \\
	gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$GPG_KEY"; \\
	gpg --batch --verify python.tar.xz.asc python.tar.xz; \\
	gpgconf --kill all; \\
	rm -rf "$GNUPGHOME" python.tar.xz.asc; \\
	mkdir -p /usr/src/python; \\
	tar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz; \\
	rm python.tar.xz; \\
	cd /usr/src/python; \\
	gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \\
	./configure --build="$gnuArch" --enable-optimizations --enable-shared --with-lto --without-ensurepip; \\
	make -j "$(nproc)" "EXTRA_CFLAGS=\${EXTRA_CFLAGS:-}" "LDFLAGS=\${LDFLAGS:-}"; \\
	make install; \\
	cd /; \\
	rm -rf /usr/src/python; \\
	find /usr/local -depth \\
		\\( \\
			\\( -type d -a \\( -name test -o -name tests -o -name idle_test \\) \\) \\
			-o \\( -type f -a \\( -name '*.pyc' -o -name '*.pyo' -o -name 'libpython*.a' \\) \\) \\
		\\) -exec rm -rf '{}' + \\
	; \\
	ldconfig; \\
	python3 --version
ENV PYTHON_PIP_VERSION 24.0
ENV PYTHON_GET_PIP_URL https://github.com/pypa/get-pip/raw/${fake.hex(40)}/public/get-pip.py
ENV PYTHON_GET_PIP_SHA256 ${sha()}
RUN set -eux; \\
	wget -O get-pip.py "$PYTHON_GET_PIP_URL"; \\
	echo "$PYTHON_GET_PIP_SHA256 *get-pip.py" | sha256sum -c -; \\
	python get-pip.py --disable-pip-version-check --no-cache-dir --no-compile "pip==$PYTHON_PIP_VERSION"; \\
	rm -f get-pip.py; \\
	pip --version
CMD ["python3"]
`,
    'node/Dockerfile': `FROM debian:bookworm-slim
RUN groupadd --gid 1000 node \\
  && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
ENV NODE_VERSION 20.14.0
RUN ARCH= && dpkgArch="$(dpkg --print-architecture)" \\
    && case "\${dpkgArch##*-}" in \\
      amd64) ARCH='x64';; \\
      arm64) ARCH='arm64';; \\
      *) echo "unsupported architecture"; exit 1 ;; \\
    esac \\
    && set -ex \\
    # libatomic1 for arm
    && apt-get update && apt-get install -y ca-certificates curl wget gnupg dirmngr xz-utils libatomic1 --no-install-recommends \\
    && rm -rf /var/lib/apt/lists/* \\
    && export GNUPGHOME="$(mktemp -d)" \\
    && for key in \\
      ${fp()} \\
      ${fp()} \\
      ${fp()} \\
    ; do \\
      gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$key" || \\
      gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key" ; \\
    done \\
    && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz" \\
    && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/SHASUMS256.txt.asc" \\
    && gpg --batch --decrypt --output SHASUMS256.txt SHASUMS256.txt.asc \\
    && gpgconf --kill all \\
    && rm -rf "$GNUPGHOME" \\
    && grep " node-v$NODE_VERSION-linux-$ARCH.tar.xz\\$" SHASUMS256.txt | sha256sum -c - \\
    && tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner \\
    && rm "node-v$NODE_VERSION-linux-$ARCH.tar.xz" SHASUMS256.txt.asc SHASUMS256.txt \\
    && apt-mark auto '.*' > /dev/null \\
    && find /usr/local -type f -executable -exec ldd '{}' ';' \\
      | awk '/=>/ { so = $(NF-1); if (index(so, "/usr/local/") == 1) { next }; gsub("^/(usr/)?", "", so); print so }' \\
      | sort -u \\
      | xargs -r dpkg-query --search \\
      | cut -d: -f1 \\
      | sort -u \\
      | xargs -r apt-mark manual \\
    && apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false \\
    && ln -s /usr/local/bin/node /usr/local/bin/nodejs \\
    && node --version \\
    && npm --version
ENV YARN_VERSION 1.22.22
RUN set -ex \\
  && export GNUPGHOME="$(mktemp -d)" \\
  && for key in \\
    ${fp()} \\
  ; do \\
    gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$key" || \\
    gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key" ; \\
  done \\
  && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz" \\
  && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz.asc" \\
  && gpg --batch --verify yarn-v$YARN_VERSION.tar.gz.asc yarn-v$YARN_VERSION.tar.gz \\
  && gpgconf --kill all \\
  && rm -rf "$GNUPGHOME" \\
  && mkdir -p /opt \\
  && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/ \\
  && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn \\
  && rm yarn-v$YARN_VERSION.tar.gz.asc yarn-v$YARN_VERSION.tar.gz \\
  && yarn --version
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
CMD [ "node" ]
`,
    'golang/Dockerfile': `FROM buildpack-deps:bookworm-scm AS build
ENV PATH /usr/local/go/bin:$PATH
ENV GOLANG_VERSION 1.22.4
RUN set -eux; \\
	arch="$(dpkg --print-architecture)"; arch="\${arch##*-}"; \\
	url=; \\
	case "$arch" in \\
		'amd64') \\
			url='https://dl.google.com/go/go1.22.4.linux-amd64.tar.gz'; \\
			sha256='${sha()}'; \\
			;; \\
		'arm64') \\
			url='https://dl.google.com/go/go1.22.4.linux-arm64.tar.gz'; \\
			sha256='${sha()}'; \\
			;; \\
		*) echo >&2 "error: unsupported architecture '$arch' (likely packaging update needed)"; exit 1 ;; \\
	esac; \\
	wget -O go.tgz.asc "$url.asc"; \\
	wget -O go.tgz "$url" --progress=dot:giga; \\
	echo "$sha256 *go.tgz" | sha256sum -c -; \\
	GNUPGHOME="$(mktemp -d)"; export GNUPGHOME; \\
	gpg --batch --keyserver keyserver.ubuntu.com --recv-keys '${fp().replace(/(.{4})/g, '$1 ').trim()}'; \\
	gpg --batch --verify go.tgz.asc go.tgz; \\
	gpgconf --kill all; \\
	rm -rf "$GNUPGHOME" go.tgz.asc; \\
	tar -C /usr/local -xzf go.tgz; \\
	rm go.tgz; \\
	go version
FROM buildpack-deps:bookworm-scm
RUN set -eux; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends g++ gcc libc6-dev make pkg-config; \\
	rm -rf /var/lib/apt/lists/*
ENV GOLANG_VERSION 1.22.4
ENV GOTOOLCHAIN=local
ENV GOPATH /go
ENV PATH $GOPATH/bin:/usr/local/go/bin:$PATH
COPY --from=build --link /usr/local/go/ /usr/local/go/
RUN mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"
WORKDIR $GOPATH
`,
    'golang/windows/servercore/Dockerfile': `# escape=\`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]
ENV GOPATH C:\\\\go
ENV GOLANG_VERSION 1.22.4
RUN $url = 'https://dl.google.com/go/go1.22.4.windows-amd64.zip'; \`
	Write-Host ('Downloading {0} ...' -f $url); \`
	[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; \`
	Invoke-WebRequest -Uri $url -OutFile 'go.zip'; \`
	\`
	$sha256 = '${sha()}'; \`
	Write-Host ('Verifying sha256 ({0}) ...' -f $sha256); \`
	if ((Get-FileHash go.zip -Algorithm sha256).Hash -ne $sha256) { \`
		Write-Host 'FAILED!'; \`
		exit 1; \`
	}; \`
	Expand-Archive go.zip -DestinationPath C:\\; \`
	Remove-Item go.zip -Force
WORKDIR $GOPATH
`,
    'php/Dockerfile': `FROM debian:bookworm-slim
ENV PHPIZE_DEPS autoconf dpkg-dev file g++ gcc libc-dev make pkg-config re2c
RUN set -eux; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends $PHPIZE_DEPS ca-certificates curl xz-utils; \\
	rm -rf /var/lib/apt/lists/*
ENV PHP_INI_DIR /usr/local/etc/php
RUN set -eux; \\
	mkdir -p "$PHP_INI_DIR/conf.d"; \\
	[ ! -d /var/www/html ]; \\
	mkdir -p /var/www/html; \\
	chown www-data:www-data /var/www/html; \\
	chmod 1777 /var/www/html
ENV PHP_CFLAGS="-fstack-protector-strong -fpic -fpie -O2 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64"
ENV PHP_CPPFLAGS="$PHP_CFLAGS"
ENV PHP_LDFLAGS="-Wl,-O1 -pie"
ENV GPG_KEYS ${fp()} ${fp()} ${fp()}
ENV PHP_VERSION 8.3.8
ENV PHP_URL="https://www.php.net/distributions/php-8.3.8.tar.xz" PHP_ASC_URL="https://www.php.net/distributions/php-8.3.8.tar.xz.asc"
ENV PHP_SHA256="${sha()}"
RUN set -eux; \\
	savedAptMark="$(apt-mark showmanual)"; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends gnupg; \\
	rm -rf /var/lib/apt/lists/*; \\
	mkdir -p /usr/src; \\
	cd /usr/src; \\
	curl -fsSL -o php.tar.xz "$PHP_URL"; \\
	if [ -n "$PHP_SHA256" ]; then \\
		echo "$PHP_SHA256 *php.tar.xz" | sha256sum -c -; \\
	fi; \\
	if [ -n "$PHP_ASC_URL" ]; then \\
		curl -fsSL -o php.tar.xz.asc "$PHP_ASC_URL"; \\
		export GNUPGHOME="$(mktemp -d)"; \\
		for key in $GPG_KEYS; do \\
			gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; \\
		done; \\
		gpg --batch --verify php.tar.xz.asc php.tar.xz; \\
		gpgconf --kill all; \\
		rm -rf "$GNUPGHOME"; \\
	fi; \\
	apt-mark auto '.*' > /dev/null; \\
	apt-mark manual $savedAptMark > /dev/null; \\
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false
COPY docker-php-source /usr/local/bin/
RUN set -eux; \\
	docker-php-source extract; \\
	cd /usr/src/php; \\
	./configure --with-config-file-path="$PHP_INI_DIR" --enable-option-checking=fatal --with-mhash --with-pic --enable-ftp --with-openssl --with-zlib; \\
	make -j "$(nproc)"; \\
	make install; \\
	pecl update-channels; \\
	rm -rf /tmp/pear ~/.pearrc; \\
	php --version
COPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/
ENTRYPOINT ["docker-php-entrypoint"]
STOPSIGNAL SIGQUIT
EXPOSE 9000
CMD ["php-fpm"]
`,
    'redis/Dockerfile': `FROM debian:bookworm-slim
RUN set -eux; \\
	groupadd -r -g 999 redis; \\
	useradd -r -g redis -u 999 redis
ENV GOSU_VERSION 1.17
RUN set -eux; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends ca-certificates gnupg wget; \\
	rm -rf /var/lib/apt/lists/*; \\
	dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \\
	case "$dpkgArch" in \\
		amd64) url='https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64'; sha256='${sha()}' ;; \\
		arm64) url='https://github.com/tianon/gosu/releases/download/1.17/gosu-arm64'; sha256='${sha()}' ;; \\
		*) echo >&2 "error: unsupported gosu architecture: '$dpkgArch'"; exit 1 ;; \\
	esac; \\
	wget -O /usr/local/bin/gosu.asc "$url.asc"; \\
	wget -O /usr/local/bin/gosu "$url"; \\
	echo "$sha256 */usr/local/bin/gosu" | sha256sum -c -; \\
	export GNUPGHOME="$(mktemp -d)"; \\
	gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys ${fp()}; \\
	gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \\
	gpgconf --kill all; \\
	rm -rf "$GNUPGHOME" /usr/local/bin/gosu.asc; \\
	chmod +x /usr/local/bin/gosu; \\
	gosu --version; \\
	gosu nobody true
ENV REDIS_VERSION 7.2.5
ENV REDIS_DOWNLOAD_URL http://download.redis.io/releases/redis-7.2.5.tar.gz
ENV REDIS_DOWNLOAD_SHA ${sha()}
RUN set -eux; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends ca-certificates wget dpkg-dev gcc libc6-dev libssl-dev make; \\
	rm -rf /var/lib/apt/lists/*; \\
	wget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; \\
	echo "$REDIS_DOWNLOAD_SHA *redis.tar.gz" | sha256sum -c -; \\
	mkdir -p /usr/src/redis; \\
	tar -xzf redis.tar.gz -C /usr/src/redis --strip-components=1; \\
	rm redis.tar.gz; \\
	grep -E '^ *createBoolConfig[(]"protected-mode",.*, *1 *,.*[)],$' /usr/src/redis/src/config.c; \\
	sed -ri 's!^( *createBoolConfig[(]"protected-mode",.*, *)1( *,.*[)],)$!\\10\\2!' /usr/src/redis/src/config.c; \\
	export BUILD_TLS=yes; \\
	make -C /usr/src/redis -j "$(nproc)" all; \\
	make -C /usr/src/redis install; \\
	rm -r /usr/src/redis; \\
	redis-server --version
RUN mkdir /data && chown redis:redis /data
VOLUME /data
WORKDIR /data
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
EXPOSE 6379
CMD ["redis-server"]
`,
    'httpd/Dockerfile': `FROM debian:bookworm-slim
ENV HTTPD_PREFIX /usr/local/apache2
ENV PATH $HTTPD_PREFIX/bin:$PATH
RUN mkdir -p "$HTTPD_PREFIX" \\
	&& chown www-data:www-data "$HTTPD_PREFIX"
WORKDIR $HTTPD_PREFIX
ENV HTTPD_VERSION 2.4.59
ENV HTTPD_SHA256 ${sha()}
ENV HTTPD_PATCHES=""
RUN set -eux; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends bzip2 dirmngr dpkg-dev gcc gnupg make wget; \\
	rm -r /var/lib/apt/lists/*; \\
	ddist() { \\
		local f="$1"; shift; \\
		local distFile="$1"; shift; \\
		local success=; \\
		local distUrl=; \\
		for distUrl in \\
			'https://www.apache.org/dyn/closer.cgi?action=download&filename=' \\
			https://downloads.apache.org/ \\
			https://archive.apache.org/dist/ \\
		; do \\
			if wget -O "$f" "$distUrl$distFile" && [ -s "$f" ]; then \\
				success=1; \\
				break; \\
			fi; \\
		done; \\
		[ -n "$success" ]; \\
	}; \\
	ddist 'httpd.tar.bz2' "httpd/httpd-$HTTPD_VERSION.tar.bz2"; \\
	echo "$HTTPD_SHA256 *httpd.tar.bz2" | sha256sum -c -; \\
	ddist 'httpd.tar.bz2.asc' "httpd/httpd-$HTTPD_VERSION.tar.bz2.asc"; \\
	export GNUPGHOME="$(mktemp -d)"; \\
	for key in \\
		${fp()} \\
		${fp()} \\
	; do \\
		gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; \\
	done; \\
	gpg --batch --verify httpd.tar.bz2.asc httpd.tar.bz2; \\
	command -v gpgconf && gpgconf --kill all || :; \\
	rm -rf "$GNUPGHOME" httpd.tar.bz2.asc; \\
	mkdir -p src; \\
	tar -xf httpd.tar.bz2 -C src --strip-components=1; \\
	rm httpd.tar.bz2; \\
	cd src; \\
	./configure --prefix="$HTTPD_PREFIX" --enable-mods-shared=reallyall --enable-mpms-shared=all; \\
	make -j "$(nproc)"; \\
	make install; \\
	cd ..; \\
	rm -r src man manual; \\
	sed -ri -e 's!^(\\s*CustomLog)\\s+\\S+!\\1 /proc/self/fd/1!g' "$HTTPD_PREFIX/conf/httpd.conf"; \\
	httpd -v
STOPSIGNAL SIGWINCH
COPY httpd-foreground /usr/local/bin/
EXPOSE 80
CMD ["httpd-foreground"]
`,
    'tomcat/Dockerfile': `FROM eclipse-temurin:21-jdk
ENV CATALINA_HOME /usr/local/tomcat
ENV TOMCAT_MAJOR 10
ENV TOMCAT_VERSION 10.1.24
ENV TOMCAT_SHA512 ${fake.hex(128)}
RUN set -eux; \\
	ddist() { \\
		local f="$1"; shift; \\
		local distFile="$1"; shift; \\
		local mvnBase="https://repo1.maven.org/maven2/org/apache/tomcat/tomcat/$TOMCAT_VERSION"; \\
		curl -fL -o "$f" "$mvnBase/$distFile"; \\
	}; \\
	ddist 'tomcat.tar.gz' "apache-tomcat-$TOMCAT_VERSION.tar.gz"; \\
	printf '%s *tomcat.tar.gz' "$TOMCAT_SHA512" | sha512sum --strict --check -; \\
	tar -xf tomcat.tar.gz --strip-components=1; \\
	rm tomcat.tar.gz*
EXPOSE 8080
CMD ["catalina.sh", "run"]
`,
  };
}

/** A user Dockerfile in the same style with one download that really is unverified. */
export function reallyUnverified(): string {
  return `FROM python:3.12-slim
ENV TOOL_VERSION=1.4.0
RUN set -eux; \\
	curl -fsSLo /usr/local/bin/tool "https://github.com/example/tool/releases/download/v$TOOL_VERSION/tool-linux-amd64"; \\
	chmod +x /usr/local/bin/tool
USER 10001
`;
}
