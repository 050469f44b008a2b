// Checks GitHub Actions files with GitHub's own parser (@actions/workflow-parser, from the Actions
// language service): each workflow and action.yml against GitHub's schema, then each workflow through
// GitHub's conversion (jobs, needs, expressions). Prints `file:line:column: message` for every problem
// and exits 1 if there is one. Usage: node tools/lint-actions.mjs FILE...
import { readFileSync } from "node:fs";
import { register } from "node:module";
import { basename } from "node:path";

// The parser imports its schemas as `import schema from "./x.json"`, written for bundlers; Node wants the
// import attribute `type: "json"`, which this hook adds.
register("data:text/javascript," + encodeURIComponent(`
  export async function load(url, context, next) {
    return next(url, url.endsWith(".json") ? { ...context, importAttributes: { type: "json" } } : context);
  }`));
const { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } = await import("@actions/workflow-parser");
const { parseAction } = await import("@actions/workflow-parser/actions/index");

let problems = 0;
for (const name of process.argv.slice(2)) {
  const file = { name, content: readFileSync(name, "utf8") };
  const trace = new NoOperationTraceWriter();
  const isAction = /^action\.ya?ml$/.test(basename(name));
  const parsed = isAction ? parseAction(file, trace) : parseWorkflow(file, trace);
  if (!isAction && parsed.value && parsed.context.errors.count === 0) {
    await convertWorkflowTemplate(parsed.context, parsed.value);
  }
  for (const error of parsed.context.errors.getErrors()) {
    const where = error.range ? `${name}:${error.range.start.line}:${error.range.start.column}` : name;
    console.log(`${where}: ${error.rawMessage ?? error.message}`);
    problems++;
  }
}
process.exit(problems === 0 ? 0 : 1);
