// The html report's inline stylesheet and script. Plain CSS and ES2017, no
// library: the page must work from a file on a machine without network.
#include "report/html_parts.h"

namespace guidecheck::report::html {

const char* style() {
  return R"CSS(
:root { --pass: #2e7d32; --fail: #c62828; --error: #9e6a00; --line: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Microsoft YaHei",
       sans-serif; color: #1f2328; background: #fff; }
main { display: flex; flex-direction: column; padding: 16px 24px; gap: 8px; }
#overview { order: -1; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 16px 0 8px; }
.summary b.pass { color: var(--pass); } .summary b.fail { color: var(--fail); } .summary b.error { color: var(--error); }
.summary .tool { color: var(--muted); font-size: 12px; margin-left: 8px; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; max-width: 100%;
         overflow-x: auto; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart text { font-size: 12px; fill: #1f2328; }
svg.chart rect.passed { fill: var(--pass); } svg.chart rect.failed { fill: var(--fail); }
svg.chart rect.errors { fill: #bdbdbd; }
svg.chart g.bar { cursor: pointer; } svg.chart g.bar:hover text.label { text-decoration: underline; }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 8px; }
.controls input { min-width: 320px; padding: 4px 8px; } .controls select { padding: 4px; }
#shown { color: var(--muted); }
table#proposals { border-collapse: collapse; width: 100%; }
table#proposals > thead th { position: sticky; top: 0; background: #f6f8fa; cursor: pointer; user-select: none;
                             text-align: left; border-bottom: 2px solid var(--line); padding: 4px 6px; white-space: nowrap; }
table#proposals > thead th[aria-sort=ascending]::after { content: " ▲"; }
table#proposals > thead th[aria-sort=descending]::after { content: " ▼"; }
table#proposals > tbody > tr.proposal > td { padding: 3px 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
tr.proposal { cursor: pointer; } tr.proposal:hover { outline: 1px solid #8c959f; }
tr.proposal.fail { background: #ffebe9; } tr.proposal.error { background: #fff8c5; }
tr.proposal.fail td.status { color: var(--fail); font-weight: 600; }
tr.proposal.pass td.status { color: var(--pass); font-weight: 600; }
tr.proposal.error td.status { color: var(--error); font-weight: 600; }
td.status small.reason { display: block; font-weight: 400; color: inherit; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.file, td.rules { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px;
                    word-break: break-all; }
tr.details > td { background: #f6f8fa; padding: 8px 16px 12px; border-bottom: 2px solid var(--line); }
.detail p { margin: 4px 0; } .detail p.error { color: var(--fail); }
table.findings { border-collapse: collapse; width: 100%; background: #fff; }
table.findings th, table.findings td { border: 1px solid var(--line); padding: 3px 6px; text-align: left;
                                       vertical-align: top; }
table.findings tr.fail td:nth-child(2) { color: var(--fail); }
table.findings tr.waived td:nth-child(2), .summary b.waived { color: #1f4e78; }
table.findings small { color: var(--muted); }
ul.warnings { margin: 6px 0; color: var(--error); }
)CSS";
}

// long on purpose: one JavaScript literal, the page's whole script, kept in
// one piece so that it reads (and is reviewed) as the script it is.
const char* script() {
  return R"JS(
(function () {
  "use strict";
  const table = document.getElementById("proposals");
  const body = table.tBodies[0];
  const rows = Array.from(body.querySelectorAll("tr.proposal"));
  const filter = document.getElementById("filter");
  const statusSel = document.getElementById("status-filter");
  const dirSel = document.getElementById("direction-filter");
  const shown = document.getElementById("shown");
  const state = { q: "", status: "", direction: "", sort: "", desc: false, open: "" };
  // The direction filter's value of files whose direction is unknown ("" means every direction).
  const UNKNOWN = "-";
  const dirValue = d => (d === "" ? UNKNOWN : d);

  function directionKey(d) {
    return d === "" ? [Infinity] : d.split(".").map(Number);
  }
  function compareDirections(a, b) {
    const x = directionKey(a), y = directionKey(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const u = x[i] === undefined ? -1 : x[i], v = y[i] === undefined ? -1 : y[i];
      if (u !== v) return u < v ? -1 : 1;
    }
    return 0;
  }

  const directions = Array.from(new Set(rows.map(r => r.dataset.direction))).sort(compareDirections);
  for (const d of directions) {
    const o = document.createElement("option");
    o.value = dirValue(d);
    o.textContent = d === "" ? L.unknown : d;
    dirSel.appendChild(o);
  }

  function details(row) { return document.getElementById(row.getAttribute("aria-controls")); }
  function setOpen(row, open) {
    row.setAttribute("aria-expanded", open ? "true" : "false");
    details(row).hidden = !open || row.hidden;
  }

  function apply() {
    const q = state.q.trim().toLowerCase();
    let n = 0;
    for (const r of rows) {
      const d = r.dataset;
      const text = (d.file + " " + d.title + " " + d.lead + " " + d.direction + " " + d.rules).toLowerCase();
      // "waived": the proposals with a waived requirement, whatever their status.
      const status = state.status === "waived" ? Number(d.waived) > 0 : d.status === state.status;
      const visible = (!q || text.includes(q)) && (!state.status || status) &&
                      (!state.direction || dirValue(d.direction) === state.direction);
      r.hidden = !visible;
      details(r).hidden = !visible || r.getAttribute("aria-expanded") !== "true";
      if (visible) n++;
    }
    shown.textContent = L.shown.replace("{0}", n).replace("{1}", rows.length);
  }

  function sortBy(key, desc) {
    const th = table.querySelector('th[data-key="' + key + '"]');
    if (!th) return;
    const type = th.dataset.type;
    const sorted = rows.slice().sort((a, b) => {
      const x = a.dataset[key] || "", y = b.dataset[key] || "";
      let c = type === "number" ? Number(x) - Number(y)
            : type === "direction" ? compareDirections(x, y)
            : x.localeCompare(y);
      if (desc) c = -c;
      const f = a.dataset.file, g = b.dataset.file;  // ties: by file, always ascending
      return c !== 0 ? c : f < g ? -1 : f > g ? 1 : 0;
    });
    for (const r of sorted) {
      const d = details(r);
      body.appendChild(r);
      body.appendChild(d);
    }
    for (const h of table.tHead.rows[0].cells) h.removeAttribute("aria-sort");
    th.setAttribute("aria-sort", desc ? "descending" : "ascending");
  }

  function save() {
    const p = new URLSearchParams();
    for (const k of ["q", "status", "direction", "sort", "open"]) if (state[k]) p.set(k, state[k]);
    if (state.desc) p.set("desc", "1");
    const h = p.toString();
    history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
  }

  function load() {
    const p = new URLSearchParams(location.hash.slice(1));
    state.q = p.get("q") || "";
    state.status = p.get("status") || "";
    state.direction = p.has("direction") ? p.get("direction") : "";
    state.sort = p.get("sort") || "";
    state.desc = p.get("desc") === "1";
    state.open = p.get("open") || "";
    filter.value = state.q;
    statusSel.value = state.status;
    dirSel.value = state.direction;
    if (state.sort) sortBy(state.sort, state.desc);
    for (const id of state.open.split(",")) {
      const r = id && document.getElementById(id);
      if (r && r.classList.contains("proposal")) setOpen(r, true);
    }
    apply();
  }

  function toggle(row) {
    setOpen(row, row.getAttribute("aria-expanded") !== "true");
    state.open = rows.filter(r => r.getAttribute("aria-expanded") === "true").map(r => r.id).join(",");
    save();
  }

  body.addEventListener("click", e => {
    const row = e.target.closest("tr.proposal");
    if (row) toggle(row);
  });
  body.addEventListener("keydown", e => {
    const row = e.target.closest("tr.proposal");
    if (row && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); toggle(row); }
  });
  for (const th of table.tHead.rows[0].cells) {
    const go = () => {
      const key = th.dataset.key;
      state.desc = state.sort === key ? !state.desc : false;
      state.sort = key;
      sortBy(key, state.desc);
      save();
    };
    th.addEventListener("click", go);
    th.addEventListener("keydown", e => { if (e.key === "Enter") go(); });
  }
  filter.addEventListener("input", () => { state.q = filter.value; apply(); save(); });
  statusSel.addEventListener("change", () => { state.status = statusSel.value; apply(); save(); });
  dirSel.addEventListener("change", () => { state.direction = dirSel.value; apply(); save(); });
  for (const g of document.querySelectorAll("#chart-pass-rate g.bar")) {
    g.addEventListener("click", () => {
      state.direction = dirValue(g.dataset.direction);
      dirSel.value = state.direction;
      apply(); save();
      table.scrollIntoView();
    });
  }
  for (const g of document.querySelectorAll("#chart-most-failed g.bar")) {
    g.addEventListener("click", () => {
      state.q = g.dataset.rule;
      filter.value = state.q;
      apply(); save();
      table.scrollIntoView();
    });
  }
  window.addEventListener("hashchange", load);
  load();
})();
)JS";
}

}  // namespace guidecheck::report::html
