// Asks before a button marked data-confirm submits its form (deleting an indicator). Without JS the form still works.
document.addEventListener('submit', (event) => {
  const button = event.submitter;
  const message = button && button.dataset ? button.dataset.confirm : undefined;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
