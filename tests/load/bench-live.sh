#!/bin/sh
# `npm run bench:live -- …`: raise the open-file soft limit to the hard limit (every bot is a socket in
# this process, and its peer one in the server child), then run the bench. Options: bench-live.ts --help.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
cd "$(dirname "$0")/../.." || exit 1
exec node --import tsx tests/load/bench-live.ts "$@"
