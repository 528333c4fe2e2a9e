/**
 * Compiled execution for the documents agents send again and again (the card's own): a query
 * operation seen `hits` times runs as JavaScript compiled for it by graphql-jit. Walking a busy
 * customer's ~130 contacts field by field through the generic executor cost as much as all of
 * the card's SQL.
 *
 * What it must not change, and how:
 * - each compiled query belongs to one document and one operation name (a document may hold
 *   several operations); mutations always run on the generic executor;
 * - what a compiled query costs to build and to keep is bounded: documents over `maxSource`
 *   characters are never compiled, and at most `maxEntries` documents are tracked (least
 *   recently used first out), so unique documents cannot fill the memory;
 * - variables that do not coerce are answered by the generic executor (a 400, as before);
 * - errors the compiled code makes itself (a value the schema cannot represent, a null in a
 *   non-null field) are masked like any unexpected error: only errors a resolver threw on
 *   purpose reach the client as they are.
 */
import {GraphQLError, getOperationAST, getVariableValues} from 'graphql';
import type {DocumentNode, ExecutionResult} from 'graphql';
import {compileQuery, isCompiledQuery} from 'graphql-jit';
import type {CompiledQuery} from 'graphql-jit';
import type {Plugin} from 'graphql-yoga';

export interface JitOptions {
  /** Runs of one operation before it is compiled (default 2). */
  readonly hits?: number;
  /** Documents tracked at once, compiled or counted (default 16). */
  readonly maxEntries?: number;
  /** Longest document compiled, in characters (default 8,192; the card's largest is about 2,600). */
  readonly maxSource?: number;
}

/** Per document: per operation name, the runs so far, or its compiled query (`null`: not compilable). */
type Operations = Map<string, number | CompiledQuery | null>;

/** The plugin, and how many compiled queries it holds (for tests). */
export function createJit(options: JitOptions = {}): {plugin: Plugin; compiled(): number} {
  const hits = options.hits ?? 2;
  const maxEntries = options.maxEntries ?? 16;
  const maxSource = options.maxSource ?? 8192;
  const documents = new Map<DocumentNode, Operations>();

  /** The document's entry, made the most recently used; the least recently used beyond the bound go. */
  function entry(document: DocumentNode): Operations {
    const found = documents.get(document) ?? new Map();
    documents.delete(document);
    documents.set(document, found);
    for (const oldest of documents.keys()) {
      if (documents.size <= maxEntries) break;
      documents.delete(oldest);
    }
    return found;
  }

  const plugin: Plugin = {
    onExecute({args, setExecuteFn}) {
      const {document, schema} = args;
      const operation = getOperationAST(document, args.operationName);
      if (operation?.operation !== 'query') return;
      if ((document.loc?.source.body.length ?? Infinity) > maxSource) return;
      const operations = entry(document);
      const name = args.operationName ?? '';
      let compiled: number | CompiledQuery | null = operations.get(name) ?? 0;
      if (typeof compiled === 'number') {
        if (compiled + 1 < hits) {
          operations.set(name, compiled + 1);
          return;
        }
        const result = compileQuery(schema, document, args.operationName ?? undefined, {disablingCapturingStackErrors: true});
        compiled = isCompiledQuery(result) ? result : null;
        operations.set(name, compiled);
      }
      if (!compiled) return;
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
      if (coerced.errors) return;
      const query = compiled;
      setExecuteFn(async (run) => maskOwnErrors(await query.query(run.rootValue, run.contextValue, run.variableValues)));
    },
  };
  const compiled = () =>
    [...documents.values()].reduce((n, ops) => n + [...ops.values()].filter((v) => typeof v === 'object' && v).length, 0);
  return {plugin, compiled};
}

/**
 * The result with the compiled code's own errors (those with no `originalError`: a resolver's
 * error always has one) given the error they stand for, so that masking hides them.
 */
function maskOwnErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((error) => error.originalError == null)) return result;
  return {
    ...result,
    errors: result.errors.map((error) =>
      error.originalError == null
        ? new GraphQLError(error.message, {path: error.path, originalError: new Error(error.message)})
        : error,
    ),
  };
}
