/** Browser code for runbook pages; see StepLinks.astro. */
import { resolveFragment } from '../../lib/runbooks/resolve-fragment.ts';

function flash(button: HTMLButtonElement, text: string): void {
  const before = button.textContent;
  button.textContent = text;
  setTimeout(() => (button.textContent = before), 1500);
}

async function copy(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    flash(button, 'Copied');
  } catch {
    flash(button, 'Copy failed');
  }
}

/** Adds the buttons and resolves the fragment in the address. */
export function enhanceRunbook(doc: Document): void {
  const holder = doc.getElementById('step-links');
  if (!holder) return;
  const steps = JSON.parse(holder.dataset['steps'] ?? '[]') as string[];
  const aliases = JSON.parse(holder.dataset['aliases'] ?? '{}') as Record<string, string>;

  for (const id of steps) {
    const heading = doc.getElementById(id);
    if (!heading) continue;
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'step-link-button';
    button.textContent = 'Copy link';
    button.setAttribute('aria-label', `Copy link to step: ${heading.textContent ?? id}`);
    button.addEventListener('click', () => void copy(`${location.origin}${location.pathname}#${id}`, button));
    heading.append(button);
  }

  for (const pre of doc.querySelectorAll<HTMLPreElement>('.prose pre')) {
    const wrapper = doc.createElement('div');
    wrapper.className = 'code-copy-wrapper';
    pre.replaceWith(wrapper);
    wrapper.append(pre);
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'code-copy-button';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy this code');
    button.addEventListener('click', () => void copy(pre.innerText.replace(/\n$/, ''), button));
    wrapper.append(button);
  }

  const land = () => {
    const fragment = decodeURIComponent(location.hash.slice(1));
    if (!fragment || doc.getElementById(fragment)) return;
    const target = resolveFragment(fragment, steps, aliases);
    const element = target ? doc.getElementById(target) : null;
    if (!element) return;
    history.replaceState(null, '', `#${target}`);
    for (const old of doc.querySelectorAll('.step-highlight')) old.classList.remove('step-highlight');
    element.classList.add('step-highlight');
    element.scrollIntoView({ block: 'start' });
  };
  land();
  window.addEventListener('hashchange', land);
}
