// pyroad's small amount of JavaScript: theme, Tab in code editors, submit without reloading.
(function () {
  const root = document.documentElement;
  const saved = localStorage.getItem("pyroad-theme");
  if (saved) root.dataset.theme = saved;
  document.addEventListener("DOMContentLoaded", function () {
    const toggle = document.getElementById("theme-toggle");
    if (toggle) toggle.addEventListener("click", function () {
      const dark = root.dataset.theme ? root.dataset.theme === "dark"
        : window.matchMedia("(prefers-color-scheme: dark)").matches;
      root.dataset.theme = dark ? "light" : "dark";
      localStorage.setItem("pyroad-theme", root.dataset.theme);
    });
    document.querySelectorAll("textarea.code").forEach(function (area) {
      area.addEventListener("keydown", function (event) {
        if (event.key === "Tab" && !event.shiftKey && !event.ctrlKey && !event.altKey) {
          event.preventDefault();
          const start = area.selectionStart, end = area.selectionEnd;
          area.value = area.value.slice(0, start) + "    " + area.value.slice(end);
          area.selectionStart = area.selectionEnd = start + 4;
        } else if (event.key === "Enter") {
          const start = area.selectionStart;
          const line = area.value.slice(0, start).split("\n").pop();
          let indent = line.match(/^\s*/)[0];
          if (/:\s*$/.test(line)) indent += "    ";
          event.preventDefault();
          area.value = area.value.slice(0, start) + "\n" + indent + area.value.slice(area.selectionEnd);
          area.selectionStart = area.selectionEnd = start + 1 + indent.length;
        }
      });
    });
    const form = document.getElementById("submit-form");
    if (form) form.addEventListener("submit", submit);
  });

  function show(result, verdict) {
    result.replaceChildren();
    const head = document.createElement("h2");
    head.className = "verdict " + verdict.status;
    head.textContent = verdict.status.toUpperCase() + " (" + verdict.integrity + ")";
    result.appendChild(head);
    if (verdict.message) { const p = document.createElement("p"); p.textContent = verdict.message; result.appendChild(p); }
    (verdict.limits || []).forEach(function (limit) { const p = document.createElement("p"); p.textContent = "limit: " + limit; result.appendChild(p); });
    const list = document.createElement("ul");
    (verdict.cases || []).forEach(function (c) {
      const li = document.createElement("li");
      li.className = "case " + c.status;
      li.textContent = c.name + (c.message ? ": " + c.message : "");
      list.appendChild(li);
    });
    result.appendChild(list);
  }

  async function submit(event) {
    event.preventDefault();
    const form = event.target, result = document.getElementById("result");
    const files = {};
    form.querySelectorAll("textarea.code").forEach(function (area) { files[area.name] = area.value; });
    result.textContent = "Grading…";
    const response = await fetch("/api/v1/submissions", {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": form.dataset.csrf},
      body: JSON.stringify({exercise: form.dataset.exercise, files: files}),
    });
    const body = await response.json();
    if (!response.ok) { result.textContent = body.detail || "Could not submit."; return; }
    for (let i = 0; i < 120; i++) {
      const poll = await fetch("/api/v1/submissions/" + body.id, {credentials: "same-origin"});
      const data = await poll.json();
      if (data.status === "graded") { show(result, data.verdict); return; }
      await new Promise(function (done) { setTimeout(done, 250); });
    }
    result.textContent = "Still grading; reload the page later.";
  }
})();
