/**
 * What a client author does with our OpenAPI document: generate TypeScript types from it (openapi-typescript) and
 * compile calls against them. Returns the compiler's complaints, so a test can expect none.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import openapiTS, { astToString } from 'openapi-typescript'
import ts from 'typescript'

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  types: [],
  skipLibCheck: true,
}

/** Generates `api-types.ts` from the document, then type-checks `calls` (which may import it) beside it. */
export async function compileAgainstDocument(document: object, calls: string) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'nwa-typed-client-'))
  try {
    const types = astToString(await openapiTS(document as Parameters<typeof openapiTS>[0]))
    fs.writeFileSync(path.join(directory, 'api-types.ts'), types)
    const callsFile = path.join(directory, 'calls.ts')
    fs.writeFileSync(callsFile, calls)
    const program = ts.createProgram([callsFile], COMPILER_OPTIONS)
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
      const at = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0)
      return `${path.basename(diagnostic.file?.fileName ?? '?')}:${(at?.line ?? 0) + 1} ${message}`
    })
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
}
