#!/bin/sh
# The e2e server: a fresh embedded database, the accounts the specs sign in with made by the admin CLI (the only
# way an account comes to be: no default credentials), each setup link kept in var/e2e-setup-links/<name>.txt,
# then the bundled server. `exec`, so the server itself receives Playwright's SIGTERM and stops PostgreSQL.
set -e
rm -rf ../var/e2e ../var/e2e-setup-links
mkdir -p ../var/e2e-setup-links
for account in coordinator:koordination actor:verein coordinator:xss-koordination actor:xss-verein \
  actor:privat actor:einwilligung actor:anmeldegrenze admin:admin; do
  role=${account%%:*}
  name=${account#*:}
  ../api/node_modules/.bin/tsx ../api/src/cli/admin.ts create "e2e-$name@example.org" --role "$role" \
    > "../var/e2e-setup-links/$name.txt"
done
exec node ../api/dist/server.mjs
