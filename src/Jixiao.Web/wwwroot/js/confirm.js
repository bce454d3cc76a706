// Asks before a form marked data-confirm is sent (deleting an indicator). Without JS the form still works.
document.addEventListener('submit', (event) => {
  const message = event.target.dataset && event.target.dataset.confirm;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
