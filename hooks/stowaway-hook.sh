#!/bin/sh
# stowaway-managed hook: written by `stowaway install`, removed by `stowaway uninstall`.
# The same script serves pre-commit, pre-merge-commit and pre-push; it takes its name from $0.
# A hook that was here before stowaway was moved to <name>.pre-stowaway and runs first.
# Skip stowaway once: STOWAWAY_SKIP=1 git commit ...  Pick the binary: STOWAWAY_BIN=/path/to/stowaway
hook=${0##*/}
previous="$0.pre-stowaway"
# The git command to repeat with STOWAWAY_SKIP=1 in an emergency.
case "$hook" in
pre-merge-commit) verb=merge ;;
pre-push) verb=push ;;
*) verb=commit ;;
esac

# pre-push: git writes the pushed refs to stdin once; keep a copy for both hooks.
input=
if [ "$hook" = pre-push ]; then
	input=$(mktemp "${TMPDIR:-/tmp}/stowaway-pre-push.XXXXXX") || exit 1
	trap 'rm -f "$input"' EXIT
	trap 'exit 1' HUP INT TERM
	cat >"$input"
fi
feed() {
	if [ -n "$input" ]; then "$@" <"$input"; else "$@"; fi
}

if [ -x "$previous" ]; then
	feed "$previous" "$@" || exit $?
fi

if [ "${STOWAWAY_SKIP:-}" = 1 ]; then
	echo "stowaway: $hook check skipped (STOWAWAY_SKIP=1)" >&2
	exit 0
fi

# GUI git clients and nvm users: put PATH setup for node here.
init="${XDG_CONFIG_HOME:-$HOME/.config}/stowaway/init.sh"
if [ -f "$init" ]; then
	. "$init"
fi

bin=
if [ -n "${STOWAWAY_BIN:-}" ]; then
	if [ ! -x "$STOWAWAY_BIN" ]; then
		echo "stowaway: STOWAWAY_BIN=$STOWAWAY_BIN is not an executable file, so the $hook check cannot run." >&2
		echo "  Point STOWAWAY_BIN at the stowaway binary, or unset it to use ./node_modules/.bin/stowaway or PATH." >&2
		echo "  In an emergency: STOWAWAY_SKIP=1 git $verb ..." >&2
		exit 1
	fi
	bin=$STOWAWAY_BIN
elif [ -x node_modules/.bin/stowaway ]; then
	bin=./node_modules/.bin/stowaway
else
	bin=$(command -v stowaway 2>/dev/null) || bin=
fi

if [ -z "$bin" ]; then
	echo "stowaway: the $hook check cannot run: no stowaway binary found. Tried:" >&2
	echo "  1. \$STOWAWAY_BIN (not set)" >&2
	echo "  2. $PWD/node_modules/.bin/stowaway (missing)" >&2
	echo "  3. stowaway on PATH (PATH=$PATH)" >&2
	echo "  Fix: npm install --save-dev stowaway, or export STOWAWAY_BIN=/path/to/stowaway," >&2
	echo "  or put PATH setup (nvm, volta) in $init." >&2
	echo "  In an emergency: STOWAWAY_SKIP=1 git $verb ...   Remove the hook: stowaway uninstall" >&2
	exit 1
fi

# stowaway makes no TLS connections; an extra CA bundle only slows Node's start.
unset NODE_EXTRA_CA_CERTS
# git shows a pre-commit hook's stdout on stderr but a pre-push hook's on stdout: keep the report on stderr.
feed "$bin" hook "$hook" "$@" >&2
status=$?
if [ "$status" -eq 126 ] || [ "$status" -eq 127 ]; then
	echo "stowaway: $bin did not start (exit $status). Is node on PATH for git? PATH=$PATH" >&2
	echo "  Put PATH setup (nvm, volta) in $init, or set STOWAWAY_BIN." >&2
	echo "  In an emergency: STOWAWAY_SKIP=1 git $verb ..." >&2
	exit 1
fi
exit "$status"
