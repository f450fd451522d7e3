// Styles of the search and related panels, shipped with their components
// (popup.css belongs to the shell). Logical properties: RTL and LTR alike.
export const CORPUS_CSS = `
.sada-search input[type=search]{width:100%;box-sizing:border-box;padding:6px 8px;border:1px solid var(--line,#dde2e6);border-radius:6px;font:inherit}
.sada-search input[type=search]:focus{outline:2px solid var(--teal,#0d7a6f);outline-offset:0}
.sada-search-row{display:flex;gap:6px;align-items:center}
.sada-search select{font:inherit;padding:4px}
.sada-hits{list-style:none;margin:6px 0 0;padding:0;max-height:260px;overflow-y:auto}
.sada-hit{padding:6px 8px;border-block-end:1px solid var(--line,#dde2e6);border-radius:4px}
.sada-hit.active{background:var(--teal-light,#e3f2f0)}
.sada-hit-head{display:flex;gap:8px;align-items:baseline;font-weight:600}
.sada-conflict,.sada-mine,.sada-hit-meta{font-size:12px;color:var(--muted,#5d6670);font-weight:400}
.sada-context{display:block;margin-block:2px;line-height:1.5}
.sada-context mark{background:#ffe89a;color:inherit;border-radius:2px}
.sada-q{font-style:normal;quotes:none;color:var(--ink,#1d2328);font-weight:500}
.sada-hit-meta{display:flex;flex-wrap:wrap;gap:8px}
.sada-source{color:var(--teal-dark,#095a52)}
.sada-mycorpus ul{list-style:none;padding:0;margin:4px 0}
.sada-mycorpus li{display:flex;gap:6px;justify-content:space-between;align-items:center;font-size:12px}
.sada-buttons{display:flex;gap:6px;flex-wrap:wrap}
.sada-error{color:#a32020}
.sada-filters{margin-block-start:4px;font-size:12px;color:var(--muted,#5d6670);flex-wrap:wrap}
.sada-filters input[type=date]{font:inherit;font-size:12px;padding:1px 2px;max-width:118px}
.sada-chip{font:inherit;border:1px solid var(--teal,#0d7a6f);background:var(--teal-light,#e3f2f0);border-radius:10px;padding:0 8px;cursor:pointer}
.sada-speaker-button{font:inherit;font-weight:600;border:0;background:none;padding:0;cursor:pointer;color:var(--teal-dark,#095a52)}
.sada-speaker-button:hover{text-decoration:underline}
.sada-problem{color:#8a5a00}
`;
