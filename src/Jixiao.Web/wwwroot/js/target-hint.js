// Live target interpretation in the indicator editor: asks the server (the same parser that saving uses)
// what it understood, and shows it under the field. The page works without it: the hint is also rendered
// on the server after each save attempt.
(() => {
  const output = document.getElementById('target-hint');
  if (!output) return;
  const field = (name) => document.querySelector(`[data-live="${name}"]`);
  const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; };
  let timer = 0, latest = 0;
  const update = async () => {
    const request = ++latest;
    const body = { text: field('target').value, level1: field('level1').value, level2: field('level2').value, direction: field('direction').value };
    const response = await fetch(output.dataset.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': output.dataset.csrf }, body: JSON.stringify(body) });
    if (!response.ok || request !== latest) return;
    const hint = await response.json();
    output.replaceChildren();
    const understood = el('span', 'understood', output.dataset.label + ' ');
    understood.append(el('b', '', hint.summary));
    output.append(understood);
    if (hint.steps.length) {
      const list = el('ul', 'ladder');
      for (const step of hint.steps) {
        const badge = el('li', `badge grade-${step.grade}${step.defective ? ' defective' : ''}`);
        badge.append(el('b', '', step.gradeName), document.createTextNode(' ' + step.condition));
        list.append(badge);
      }
      output.append(list);
    }
    for (const problem of hint.problems) output.append(el('span', 'problem', problem));
  };
  const schedule = () => { clearTimeout(timer); timer = setTimeout(update, 200); };
  for (const name of ['target', 'level1', 'level2', 'direction']) field(name)?.addEventListener('input', schedule);
})();
