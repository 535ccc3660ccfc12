/**
 * `npm run admin -- create you@example.org [--role admin|coordinator|actor]`: creates an account and prints a
 * one-time setup link (there are no default credentials). `npm run admin -- role you@example.org coordinator`
 * changes a role (audited). Works on DATABASE_URL, or on the embedded database in DATA_DIR while no server
 * runs on it (the server holds DATA_DIR's lock; stop it first, or use DATABASE_URL).
 */
import pino from 'pino'
import { RoleSchema, type Role } from '@netzwerkatlas/shared'
import { createAccountWithSetupToken, SETUP_LINK_HOURS } from '../auth/account-setup.ts'
import { loadConfigOrExit } from '../config.ts'
import { auditLogRepository } from '../store/accounts/audit-log-repository.ts'
import { usersRepository } from '../store/accounts/users-repository.ts'
import { startEmbeddedPostgres } from '../store/embedded-postgres.ts'
import { openStore, type Store } from '../store/store.ts'

const USAGE = `Usage:
  npm run admin -- create <email> [--role admin|coordinator|actor]   (default role: admin)
  npm run admin -- role <email> <admin|coordinator|actor>`

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

async function create(store: Store, publicUrl: string, email: string, role: Role) {
  const result = await createAccountWithSetupToken(store.db, { email, role, createdBy: 'cli' })
  if (result.kind === 'exists') fail(`An account for ${email} exists already.`)
  const link = `${publicUrl}/konto/einrichten#token=${result.setupToken}`
  process.stdout.write(
    `Account ${email} (${role}) created.\nSet its password within ${SETUP_LINK_HOURS} h, once, at:\n\n  ${link}\n\n`,
  )
}

async function changeRole(store: Store, email: string, role: Role) {
  const user = await usersRepository.findByEmail(store.db, email)
  if (!user) fail(`There is no account for ${email}.`)
  await store.db.transaction().execute(async (tx) => {
    await usersRepository.setRole(tx, user.id, role)
    await auditLogRepository.append(tx, {
      actorUserId: null,
      actorLabel: 'cli',
      action: 'role_changed',
      subjectType: 'user',
      subjectId: user.id,
      detail: { from: user.role, to: role },
    })
  })
  process.stdout.write(`${email}: ${user.role} → ${role}\n`)
}

function parseArguments(args: string[]) {
  const [command, email, ...rest] = args.filter((arg) => arg !== '--')
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) fail(USAGE)
  if (command === 'create') {
    const roleFlag = rest.indexOf('--role')
    const role = RoleSchema.safeParse(roleFlag >= 0 ? rest[roleFlag + 1] : 'admin')
    if (!role.success) fail(USAGE)
    return { command, email, role: role.data } as const
  }
  if (command === 'role') {
    const role = RoleSchema.safeParse(rest[0])
    if (!role.success) fail(USAGE)
    return { command, email, role: role.data } as const
  }
  fail(USAGE)
}

const request = parseArguments(process.argv.slice(2))
const config = loadConfigOrExit()
const logger = pino({ level: 'warn' })
const embedded = config.databaseUrl
  ? undefined
  : await startEmbeddedPostgres({
      baseDir: config.dataDir,
      database: 'netzwerkatlas',
      durable: true,
      log: (level, message) => logger[level](message),
    }).catch((error: Error) => fail(error.message))
try {
  const store = await openStore({
    connectionString: config.databaseUrl ?? embedded!.connectionString(),
    onPoolError: (error) => logger.warn({ err: error }, 'database connection failed'),
  })
  try {
    if (request.command === 'create')
      await create(store, config.publicUrl, request.email, request.role)
    else await changeRole(store, request.email, request.role)
  } finally {
    await store.close()
  }
} finally {
  await embedded?.stop()
}
