// The clinician page (docs/app.md). No framework and no build step: the form is drawn from GET /app/settings (the API's
// own vocabularies), the panel goes to POST /api/v1/recommendations, and every value is written as text, never as HTML.
"use strict";

(() => {
  const keyStore = "cds.apiKey";
  const viewPath = /^\/app\/evaluations\/([0-9a-fA-F-]{36})\/?$/;

  // Every request field: JSON path (the key of its problem+json field error), label, kind, test id.
  const fields = [
    { group: "HER2 testing" },
    { path: "her2.ihc", label: "HER2 IHC score", testid: "her2-ihc" },
    { path: "her2.ihcMembraneStaining", label: "IHC 0: faint incomplete membrane staining (up to 10% of cells)", kind: "bool" },
    { path: "her2.ish.assay", label: "ISH assay" },
    { path: "her2.ish.her2Cep17Ratio", label: "ISH HER2/CEP17 ratio", kind: "number" },
    { path: "her2.ish.meanHer2CopiesPerCell", label: "ISH mean HER2 copies per cell", kind: "number" },
    { path: "her2.ish.recountGroup", label: "ISH group after blinded recount (1-5)", kind: "integer" },
    { path: "her2.reportedStatus", label: "Laboratory's reported HER2 status" },
    { group: "Markers" },
    { path: "pten", label: "PTEN", testid: "pten" },
    { path: "pik3ca.status", label: "PIK3CA status", testid: "pik3ca-status" },
    { path: "pik3ca.variants", label: "PIK3CA variants (comma-separated, e.g. H1047R)", kind: "list", testid: "pik3ca-variants" },
    { path: "pik3ca.classification", label: "PIK3CA variant classification" },
    { path: "cyclinE", label: "Cyclin E" },
    { path: "p27", label: "p27kip1" },
    { path: "fcgr3a158", label: "FCGR3A 158 genotype" },
    { path: "fcgr2a131", label: "FCGR2A 131 genotype" },
    { path: "serumHer2Ecd.value", label: "Serum HER2 ECD", kind: "number" },
    { path: "serumHer2Ecd.unit", label: "Serum HER2 ECD unit" },
    { path: "p95Her2", label: "p95HER2" },
    { path: "egfr", label: "EGFR" },
    { path: "erbb3", label: "ErbB3 (HER3)" },
    { path: "igf1r", label: "IGF-1R" },
    { path: "muc4", label: "Muc4" },
    { path: "cd44", label: "CD44" },
    { path: "src", label: "Src" },
    { group: "Treatment and ranking" },
    { path: "trastuzumabHistory", label: "Trastuzumab history" },
    { path: "ranking", label: "Ranking lens (current: available today first; review: the review's 2011 order)", testid: "ranking" },
    { path: "patientId", label: "Patient id (opaque, optional)", kind: "text" },
  ];

  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const idOf = (path) => "f-" + path.replace(/\./g, "-");
  const errorIdOf = (path) => "e-" + path.replace(/\./g, "-");

  function drawForm(settings) {
    const form = $("panel-form");
    let fieldset = null;
    for (const field of fields) {
      if (field.group) {
        fieldset = el("fieldset", {}, el("legend", { text: field.group }));
        form.append(fieldset);
        continue;
      }
      const id = idOf(field.path);
      const terms = settings.vocabularies[field.path];
      let input;
      if (terms) {
        input = el("select", { id, name: field.path }, el("option", { value: "", text: "(not given)" }),
          terms.map((t) => el("option", { value: t, text: t })));
      } else if (field.kind === "bool") {
        input = el("select", { id, name: field.path }, el("option", { value: "", text: "(not given)" }),
          el("option", { value: "true", text: "yes" }), el("option", { value: "false", text: "no" }));
      } else {
        input = el("input", { id, name: field.path, type: "text", autocomplete: "off",
          inputmode: field.kind === "number" ? "decimal" : field.kind === "integer" ? "numeric" : undefined });
      }
      input.dataset.kind = field.kind || "term";
      if (field.testid) input.dataset.testid = field.testid;
      input.setAttribute("aria-describedby", errorIdOf(field.path));
      fieldset.append(el("div", { class: "field" },
        el("label", { for: id, text: field.label }), input,
        el("p", { id: errorIdOf(field.path), class: "field-error", "data-field": field.path, "data-testid": "field-error", hidden: true })));
    }
    form.append(el("button", { type: "submit", "data-testid": "evaluate", text: "Evaluate" }));
    form.addEventListener("submit", (event) => { event.preventDefault(); evaluate(); });

    const examples = $("example");
    for (const example of settings.examples) examples.append(el("option", { value: example.name, text: example.summary }));
    examples.addEventListener("change", () => {
      const example = settings.examples.find((e) => e.name === examples.value);
      if (example) fillForm(example.request);
    });
  }

  function fillForm(request) {
    for (const field of fields) {
      if (!field.path) continue;
      const value = field.path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), request);
      const input = $(idOf(field.path));
      input.value = value === undefined || value === null ? "" : Array.isArray(value) ? value.join(", ") : String(value);
    }
    clearErrors();
  }

  // The body as the API reads it: empty fields are left out (a missing marker is "not applicable", never "normal");
  // what is typed is sent as typed, so the API's own validation speaks about it.
  function readForm() {
    const body = {};
    for (const field of fields) {
      if (!field.path) continue;
      const raw = $(idOf(field.path)).value.trim();
      if (raw === "") continue;
      let value = raw;
      if (field.kind === "number" || field.kind === "integer") value = Number.isFinite(Number(raw)) ? Number(raw) : raw;
      else if (field.kind === "bool") value = raw === "true";
      else if (field.kind === "list") value = raw.split(/[,\s]+/).filter((v) => v.length > 0);
      const keys = field.path.split(".");
      let target = body;
      for (const key of keys.slice(0, -1)) target = target[key] = target[key] || {};
      target[keys[keys.length - 1]] = value;
    }
    return body;
  }

  function clearErrors() {
    for (const p of document.querySelectorAll(".field-error")) { p.hidden = true; p.textContent = ""; }
    for (const input of document.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
    const box = $("form-problem");
    box.hidden = true;
    box.replaceChildren();
  }

  // A field error goes beside the field it names ("pik3ca.variants[0]" beside pik3ca.variants, "her2.ish" beside the
  // first ISH field); one that names no field of the form goes in the box under it.
  function errorTarget(key) {
    const path = key.replace(/\[\d+\]/g, "");
    const exact = document.querySelector(`.field-error[data-field="${CSS.escape(path)}"]`);
    if (exact) return exact;
    return document.querySelector(`.field-error[data-field^="${CSS.escape(path + ".")}"]`);
  }

  function showProblem(box, problem, status) {
    box.replaceChildren(...[
      el("strong", { text: problem.title || `The service answered ${status}.` }),
      problem.detail ? el("p", { text: problem.detail }) : null,
    ].filter(Boolean));
    box.hidden = false;
  }

  function showErrors(problem, status) {
    const box = $("form-problem");
    showProblem(box, problem, status);
    const unplaced = [];
    for (const [key, messages] of Object.entries(problem.errors || {})) {
      const target = key ? errorTarget(key) : null;
      if (!target) { unplaced.push(...messages.map((m) => (key ? `${key}: ${m}` : m))); continue; }
      target.textContent = (target.textContent ? target.textContent + " " : "") + messages.join(" ");
      target.hidden = false;
      const input = $(idOf(target.dataset.field));
      if (input) input.setAttribute("aria-invalid", "true");
    }
    if (unplaced.length > 0) box.append(el("ul", {}, unplaced.map((m) => el("li", { text: m }))));
  }

  // Any answer that is not 2xx becomes a problem with a title: the API's problem+json as it is, anything else (a proxy's
  // page, a dropped connection) as its status. No stack trace or raw body is ever shown.
  async function call(url, init) {
    let response;
    try {
      response = await fetch(url, init);
    } catch {
      return { problem: { title: "The service could not be reached.", detail: "Check the connection and try again." } };
    }
    const json = (response.headers.get("content-type") || "").includes("json") ? await response.json().catch(() => null) : null;
    if (response.ok && json) return { json };
    return { problem: json && typeof json.title === "string" ? json : { title: `The service answered ${response.status} ${response.statusText}.` }, status: response.status };
  }

  function headers(extra) {
    const result = { Accept: "application/json", ...extra };
    const key = sessionStorage.getItem(keyStore);
    if (key) result["X-Api-Key"] = key;
    return result;
  }

  async function evaluate() {
    clearErrors();
    const key = $("api-key").value.trim();
    if (key) sessionStorage.setItem(keyStore, key);
    const button = document.querySelector("[data-testid=evaluate]");
    button.disabled = true;
    const result = await call("/api/v1/recommendations", {
      method: "POST", headers: headers({ "Content-Type": "application/json" }), body: JSON.stringify(readForm()),
    });
    button.disabled = false;
    if (result.problem) {
      showErrors(result.problem, result.status);
      return;
    }
    drawAnswer(result.json);
    const links = await call(`/api/v1/evaluations/${result.json.evaluationId}/links`, { headers: headers() });
    showLinks(links.json);
  }

  function showLinks(links) {
    for (const [id, url] of [["report-link", links && links.report], ["view-link", links && links.view]]) {
      const a = $(id);
      a.hidden = !url;
      if (url) a.href = url;
    }
  }

  // ---- the answer ----

  // One number per reference, as the reports print them: a finding may cite the same paper for several statements.
  const refsOf = (citations) => [...new Set((citations || []).filter((c) => c.ref).map((c) => c.ref))];

  function citationText(c) {
    if (c.ref) return `[${c.ref}] ${c.paper || ""}${c.text ? (c.paper ? " - " : "") + c.text : ""}`;
    return `${c.source === "review" ? "The review" : c.source}${c.section ? ", " + c.section : ""}: ${c.text || ""}${c.url ? " (" + c.url + ")" : ""}`;
  }

  const citationList = (citations) => (citations && citations.length ? el("ul", { class: "citations" }, citations.map((c) => el("li", { text: citationText(c) }))) : null);

  // Dated notes fold under a summary so the answer reads at a glance; printing opens them all (start()).
  // A clinician note the note just above already gave is shown "as above", as the reports do.
  function datedNotes(currency) {
    if (!currency || currency.length === 0) return null;
    const advice = (n, i) => {
      if (!n.clinicianNote) return null;
      const repeated = i > 0 && currency[i - 1].clinicianNote === n.clinicianNote;
      return el("span", { class: "clinician-note", text: repeated ? " For the clinician: as above." : " " + n.clinicianNote });
    };
    return el("details", { class: "dated" }, el("summary", { text: `Dated notes from outside the review (${currency.length})` }), el("ul", {}, currency.map((n, i) => el("li", {},
      el("time", { text: n.asOfKind === "search" ? "Searched " + n.asOf : n.asOf }), " ", n.note, advice(n, i),
      n.verified ? null : el("span", { class: "unverified", text: " (unverified)" })))));
  }

  function messages(title, list, cls) {
    if (!list || list.length === 0) return null;
    return el("section", { class: cls }, el("h3", { text: title }),
      el("ul", {}, list.map((m) => el("li", { "data-code": m.code }, m.text, datedNotes(m.currency)))));
  }

  const tierText = { 1: "Tier 1: approved for HER2+ breast cancer", 2: "Tier 2: approved for another use", 3: "Tier 3: not available" };

  function drawHer2(answer) {
    const her2 = answer.her2;
    const labels = [her2.her2Low ? "HER2-low" : null, her2.her2Ultralow ? "HER2-ultralow" : null].filter(Boolean);
    return el("section", { class: "her2" },
      el("h3", { text: "HER2 status" }),
      el("p", {}, el("span", { class: `status status-${her2.status}`, "data-testid": "her2-status", text: her2.status }),
        her2.ishGroup ? ` ISH group ${her2.ishGroup}` : null, labels.length ? ` (${labels.join(", ")})` : null),
      el("p", { class: "basis", text: her2.basis }),
      el("p", { class: "guideline", text: her2.guideline }),
      her2.requiredActions.length ? el("div", { class: "required", role: "note", "data-testid": "required-actions" },
        el("strong", { text: "Required before the status is final:" }),
        el("ul", {}, her2.requiredActions.map((a) => el("li", { "data-code": a.code }, a.text)))) : null,
      messages("HER2 testing warnings", her2.warnings, "warnings"),
      el("p", { class: "trastuzumab" }, el("strong", { text: `Trastuzumab indicated: ${answer.trastuzumab.indicated}. ` }), answer.trastuzumab.basis),
      citationList(her2.citations));
  }

  // Clinician words for the answer's machine ids, from GET /app/settings (docs/app.md); an unknown id is shown as it is.
  let labels = { findings: {}, markers: {}, mechanisms: {} };
  const nameOf = (table, id) => table[id] || id;
  const namesOf = (table, ids) => ids.map((id) => nameOf(table, id)).join(", ");

  function drawFindings(answer) {
    const findings = answer.findings;
    if (findings.length === 0) {
      // The answer's own sentence: it knows whether no marker was given or the markers given show no finding.
      const none = (answer.notes || []).find((n) => n.code === "no-resistance-finding");
      return el("section", {}, el("h3", { text: "Findings" }), el("p", { "data-testid": "findings", text: none ? none.text : "No resistance finding." }));
    }
    return el("section", { class: "findings" }, el("h3", { text: "Findings" }),
      el("ul", { "data-testid": "findings" }, findings.map((f) => el("li", { "data-finding": f.id },
        el("strong", { text: nameOf(labels.findings, f.id) }), " ", el("span", { class: `effect effect-${f.effect}`, text: f.effect }),
        el("p", { text: f.summary }),
        el("p", { class: "meta", text: `From: ${namesOf(labels.markers, f.inputs)}. Mechanisms: ${namesOf(labels.mechanisms, f.mechanisms) || "none"}. References: ${refsOf(f.citations).join(", ") || "none"}.` }),
        datedNotes(f.currency)))));
  }

  // Table 1 cells and availability texts end with or without a full stop; print each as one sentence.
  const sentence = (text) => (!text ? "" : /[.!?)]$/.test(text.trim()) ? text.trim() : text.trim() + ".");

  function optionDetail(option) {
    const a = option.availability;
    return el("div", { class: "detail" },
      el("p", {}, el("strong", { text: "Rationale: " }), option.rationale),
      el("p", {}, el("strong", { text: "Availability: " }), [sentence(a.label), sentence(a.indication), a.note].filter(Boolean).join(" "), ` (as of ${a.asOf}${a.verified ? "" : ", unverified"})`),
      el("p", { class: "meta", text: [["Target", option.target], ["Mechanism", option.mechanismTargeted], ["Phase (2011)", option.phase], ["With trastuzumab", option.combinationWithTrastuzumab]]
        .filter(([, v]) => v).map(([k, v]) => sentence(`${k}: ${v}`)).join(" ") }),
      el("h4", { text: "Why this rank" }), el("ol", {}, option.rankReasons.map((r) => el("li", { text: r }))),
      el("h4", { text: "Citations" }), citationList(option.citations) || el("p", { text: "none" }),
      datedNotes(option.currency),
      option.dataQualityNotes.length ? el("h4", { text: "Data quality" }) : null,
      option.dataQualityNotes.length ? el("ul", {}, option.dataQualityNotes.map((n) => el("li", { text: n }))) : null);
  }

  // After progression the HER2-directed agents approved since the review lead, before the table, as in the reports.
  function drawOptions(answer) {
    const later = (answer.notes || []).find((n) => n.code === "later-her2-options");
    const section = el("section", { class: "options" }, el("h3", { text: "Ranked options" }),
      later && answer.options.length ? el("p", { class: "later-options", "data-testid": "later-options" }, el("strong", { text: "After progression on, or no response to, trastuzumab. " }), later.text, " (Their dated notes are under Notes.)") : null,
      el("p", { class: "meta", text: `Lens "${answer.ranking.lens}" (policy ${answer.ranking.policyVersion}): ${answer.ranking.text}` }));
    if (answer.options.length === 0) {
      section.append(el("p", { "data-testid": "options", text: "No Table 1 option: options are ranked only when HER2 status is positive." }));
      return section;
    }
    const body = el("tbody");
    for (const option of answer.options) {
      const detailId = `option-${option.rank}-detail`;
      const toggle = el("button", { type: "button", class: "link", "aria-expanded": "false", "aria-controls": detailId, text: option.agent });
      const row = el("tr", { "data-testid": "option-row", "data-agent": option.agentId, class: option.direction === "against" ? "against" : null },
        el("td", { text: option.rank }), el("td", {}, toggle),
        el("td", {}, el("span", { class: `tier tier-${option.availability.tier}`, "data-testid": "tier", text: `Tier ${option.availability.tier}` }),
          el("span", { class: "tier-label", text: ` ${option.availability.label}` })),
        el("td", { text: option.evidenceLevel }), el("td", { text: option.relevance }),
        el("td", { text: namesOf(labels.findings, option.matchedFindings) || "-" }));
      const detail = el("tr", { id: detailId, class: "option-detail", hidden: true }, el("td", { colspan: 6 }, optionDetail(option)));
      const flip = () => {
        const open = detail.hidden;
        detail.hidden = !open;
        toggle.setAttribute("aria-expanded", String(open));
      };
      row.addEventListener("click", flip);
      body.append(row, detail);
    }
    section.append(el("table", { "data-testid": "options" },
      el("caption", { text: "Click an agent for its rationale, rank reasons, citations and notes. Tiers: 1 approved for HER2-positive breast cancer, 2 approved for another use, 3 not available." }),
      el("thead", {}, el("tr", {}, ["Rank", "Agent", "Availability", "Level", "Relevance", "Matched findings"].map((h) => el("th", { scope: "col", text: h })))),
      body));
    if (answer.alsoDiscussed && answer.alsoDiscussed.length) {
      section.append(el("h4", { text: "Also discussed by the review (not ranked)" }),
        el("ul", {}, answer.alsoDiscussed.map((o) => el("li", {}, el("strong", { text: o.name }), " ",
          el("span", { class: `tier tier-${o.availability.tier}`, text: `Tier ${o.availability.tier}` }), ` ${o.availability.label}: ${o.text}`,
          datedNotes(o.currency)))));
    }
    return section;
  }

  // Every review reference the answer cites, once, in number order.
  function drawReferences(answer) {
    const byRef = new Map();
    const visit = (node) => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === "object") {
        if (typeof node.ref === "number" && !byRef.has(node.ref)) byRef.set(node.ref, node);
        Object.values(node).forEach(visit);
      }
    };
    visit(answer);
    const refs = [...byRef.values()].sort((a, b) => a.ref - b.ref);
    return el("section", { class: "references" }, el("h3", { text: "References of the review cited in this answer" }),
      refs.length ? el("ul", { "data-testid": "references" }, refs.map((c) => el("li", { text: `[${c.ref}] ${c.paper || c.text || ""}${c.identification ? " (" + c.identification + ")" : ""}` })))
        : el("p", { text: "none" }));
  }

  // A SMART launch's note (docs/smart.md): what was read from the EHR, what the mapping did not use, what could not be read.
  function drawLaunch(launch) {
    const list = (title, items) => items.length ? [el("h4", { text: title }), el("ul", {}, items.map((i) => el("li", { text: i })))] : [];
    return el("section", { class: "launch", "data-testid": "smart-launch-note" },
      el("h3", { text: "Read from the EHR" }),
      el("p", { text: `Patient ${launch.patient} on ${launch.issuer}: ${launch.read.length} resources read.` }),
      ...list("Read", launch.read),
      ...list("Not used", launch.notUsed),
      ...list("Could not be read (the answer is built without these)", launch.unread));
  }

  function drawAnswer(answer, stored) {
    const kb = answer.knowledgeBase;
    $("answer-body").replaceChildren(...[
      stored ? el("p", { class: "stored", "data-testid": "stored-evaluation", text: `Stored evaluation ${stored.evaluationId} of ${stored.evaluatedAt} (${stored.channel}${stored.patientId ? ", patient " + stored.patientId : ""}). Read-only.` }) : null,
      stored && stored.launch ? drawLaunch(stored.launch) : null,
      drawHer2(answer),
      messages("Warnings", answer.warnings, "warnings"),
      drawFindings(answer),
      drawOptions(answer),
      messages("Notes", answer.notes, "notes"),
      drawReferences(answer),
      el("footer", { class: "provenance" },
        el("p", { "data-testid": "kb-version", text: `Knowledge base ${kb.version} (${kb.hash}). Source: ${kb.source.citation} doi:${kb.source.doi}${kb.source.verified ? "" : " (identity of the source text probable, not verified)"}.` }),
        el("p", { text: `Evaluation ${answer.evaluationId}, ${answer.evaluatedAt}.` }),
        el("p", { class: "disclaimer", "data-testid": "disclaimer", text: answer.disclaimer })),
    ].filter(Boolean));
    $("answer").hidden = false;
  }

  // ---- start ----

  async function openStored(id) {
    $("panel").hidden = true;
    $("auth").hidden = true;
    const token = new URLSearchParams(location.search).get("token") || "";
    const result = await call(`/reports/evaluations/${id}/answer?token=${encodeURIComponent(token)}`, { headers: { Accept: "application/json" } });
    if (result.problem) {
      showProblem($("load-problem"), result.problem, result.status);
      return;
    }
    drawAnswer(result.json.answer, result.json);
    showLinks({ report: `/reports/evaluations/${id}?format=html&token=${encodeURIComponent(token)}` });
  }

  async function start() {
    $("print").addEventListener("click", () => window.print());
    window.addEventListener("beforeprint", () => { for (const d of document.querySelectorAll("details")) d.open = true; });
    const result = await call("/app/settings", { headers: { Accept: "application/json" } });
    if (result.problem) {
      showProblem($("load-problem"), result.problem, result.status);
      return;
    }
    if (result.json.labels) labels = result.json.labels;
    const stored = viewPath.exec(location.pathname);
    if (stored) {
      await openStored(stored[1]);
      return;
    }
    drawForm(result.json);
    if (result.json.apiKeyRequired) {
      $("auth").hidden = false;
      $("api-key").value = sessionStorage.getItem(keyStore) || "";
    }
    document.body.dataset.ready = "true";
  }

  start();
})();
