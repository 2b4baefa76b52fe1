// Validates every manifest in a directory against the Kubernetes OpenAPI schema that the kubernetes-models package
// is generated from: types, required fields, enums and formats. It does not reject unknown fields (the models allow
// them), so KubernetesManifestsTests still checks the fields this service depends on.
// Usage: node scripts/k8s-validate/validate.mjs deploy/k8s
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const dir = process.argv[2];
let failed = 0;
let checked = 0;
for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.yaml')).sort()) {
  for (const doc of yaml.loadAll(fs.readFileSync(path.join(dir, file), 'utf8'))) {
    if (!doc) continue;
    const name = `${file}: ${doc.kind} ${doc.metadata?.name ?? '(no name)'}`;
    let Model;
    try {
      Model = (await import(`kubernetes-models/${doc.apiVersion}/${doc.kind}`))[doc.kind];
    } catch {
      console.log(`${name}: unknown apiVersion/kind ${doc.apiVersion} ${doc.kind}`);
      failed++;
      continue;
    }
    try {
      new Model(doc).validate();
      checked++;
    } catch (e) {
      console.log(`${name}: INVALID: ${e.message}`);
      failed++;
    }
  }
}
console.log(`k8s manifests: ${checked} valid, ${failed} invalid`);
process.exit(failed ? 1 : 0);
