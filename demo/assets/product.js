// The product page wired the way the README tells integrators: the size guide and the shop's
// own size picker stay in step. Choosing a size in the guide (`rl-size-select`) checks it in the
// picker; choosing one in the picker marks it in the guide (`selected-size`).
const guide = document.querySelector('rl-size-guide');
const picker = document.querySelector('fieldset.sizes');
if (guide && picker) {
  const radios = () => [...picker.querySelectorAll('input[name="size"]')];
  const mark = () => {
    const checked = radios().find((r) => r.checked);
    if (checked) guide.setAttribute('selected-size', checked.value);
  };
  picker.addEventListener('change', mark);
  guide.addEventListener('rl-size-select', (event) => {
    const radio = radios().find((r) => r.value === event.detail.size);
    if (!radio) return;
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
  });
  mark();
}
