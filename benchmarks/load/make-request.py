#!/usr/bin/env python3
"""Builds patient-view-request.json: one patient-view call whose prefetch holds the FHIR test data of
tests/Fhir.Tests/TestData (HER2 IHC + FISH panel, PTEN/CCNE1/EGFR IHC, PIK3CA variants, FcgR genotypes, serum
HER2 ECD series) re-pointed at one patient, split over the service's four prefetch keys as an EHR would answer them."""
import json, os, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "Fhir.Tests", "TestData")

def resources(doc):
    if doc.get("resourceType") == "Bundle":
        return [e["resource"] for e in doc.get("entry", [])]
    if doc.get("resourceType") == "Parameters":
        return [r for p in doc.get("parameter", []) if "resource" in p for r in resources(p["resource"])]
    return [doc]

def take(file, ids):
    found = {r.get("id"): r for r in resources(json.load(open(os.path.join(root, file))))}
    out = []
    for i in ids:
        r = found[i]
        r["subject"] = {"reference": "Patient/p1"}
        out.append(r)
    return out

def searchset(items):
    return {"resourceType": "Bundle", "type": "searchset", "total": len(items),
            "entry": [{"fullUrl": f"https://ehr.example.org/fhir/Observation/{r['id']}", "resource": r,
                       "search": {"mode": "match"}} for r in items]}

her2 = (take("her2-fish-panel.json", ["ihc", "fish-panel", "fish-ratio", "fish-her2-cn", "fish-cep17-cn", "fish-result"])
        + take("mcode-her2-er-pr.json", ["her2-ihc-2023", "her2-status", "her2-ihc-error"]))
markers = (take("her2-positive-resistance.json", ["pik3ca", "ecd"])
           + take("pten-ihc-parameters.json", ["pik3ca-e545k"])
           + take("fcgr-genotype.json", ["fcgr3a-variant", "fcgr2a-variant", "fcgr2a-genotype"])
           + take("serum-ecd-units.json", ["ecd-2022", "ecd-2023", "ecd-2024"]))
biomarkers = (take("her2-positive-resistance.json", ["pten", "egfr"])
              + take("pten-ihc-parameters.json", ["ccne1-ihc", "pten-ihc"])
              # Prefetch keys overlap as a real EHR answers them: the PIK3CA variant also has a gene-studied component.
              + [r for r in markers if r["id"] == "pik3ca"])

request = {
    "hook": "patient-view",
    "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
    "context": {"userId": "Practitioner/example", "patientId": "p1"},
    "prefetch": {
        "patient": {"resourceType": "Patient", "id": "p1", "gender": "female", "birthDate": "1968-04-12",
                    "name": [{"family": "Example", "given": ["Jane"]}]},
        "her2Observations": searchset(her2),
        "markerObservations": searchset(markers),
        "biomarkerObservations": searchset(biomarkers),
    },
}
text = json.dumps(request, ensure_ascii=False)
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "patient-view-request.json"), "w").write(text)
print(f"patient-view-request.json: {len(text.encode())} bytes", file=sys.stderr)
