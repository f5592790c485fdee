/**
 * The reader app: the screens at their addresses (/app/?office=pakistan&screen=releases), the language, the
 * status bar, the delta sync and the service worker that keeps the app on the phone.
 */
import {connection, lastSync, sync} from './data.js';
import {chooseLanguage, direction, LANGUAGES, moment, preferredLanguage, texts} from './i18n.js';
import * as screens from './screens.js';

const OFFICE = 'reader.office';
/** Coming back to the app after this long starts a sync, as opening it does. */
const STALE_AFTER_MILLIS = 10 * 60_000;

const main = document.getElementById('main');
const bar = document.querySelector('.sync-bar');
const state = document.querySelector('.sync-state');
const refreshButton = document.querySelector('.refresh');
const tabs = document.querySelector('.tabs');

let language = preferredLanguage();
let t = texts(language);
let generation = 0;
let registered = false;

/** The screen the address asks for; the bare address opens the office last read, or the office picker. */
function route() {
  const parameters = new URLSearchParams(location.search);
  const office = parameters.get('office');
  if (parameters.get('screen') === 'offices' || !office) {
    return {screen: 'offices'};
  }
  if (parameters.has('release')) {
    return {screen: 'release', office, slug: parameters.get('release'), text: parameters.get('text')};
  }
  const screen = ['releases', 'contacts'].includes(parameters.get('screen')) ? parameters.get('screen') : 'home';
  return {screen, office, q: parameters.get('q') || ''};
}

/**
 * Shows the screen of the address. {focus}: the reader moved, so a screen reader starts at the new heading;
 * {revalidate}: ask the server whether the screen's responses changed, or show what the phone keeps.
 */
async function show({focus, revalidate}) {
  const here = route();
  if (here.office) {
    localStorage.setItem(OFFICE, here.office);
  }
  const mine = ++generation;
  let shown = false;
  const ui = {
    language,
    t,
    revalidate,
    current: () => mine === generation,
    go: address => navigate(address),
    show(title, ...nodes) {
      if (mine !== generation) {
        return;
      }
      main.replaceChildren(...nodes.filter(Boolean));
      keepTheApp();
      document.title = `${title} · ${t('appName')}`;
      if (focus && !shown) {
        main.querySelector('h1')?.focus();
      }
      shown = true;
    },
  };
  showTabs(here);
  try {
    await screens[here.screen](here, ui);
  } catch (failure) {
    console.error(failure);
    ui.show(t('appName'), Object.assign(document.createElement('p'), {className: 'message', textContent: t('serverError')}));
  }
}

function navigate(address) {
  history.pushState(null, '', address);
  scrollTo(0, 0);
  show({focus: true, revalidate: true});
}

function showTabs(here) {
  tabs.hidden = !here.office;
  for (const tab of tabs.querySelectorAll('a')) {
    const screen = tab.dataset.tab;
    tab.href = screens.link(screen === 'home' ? {office: here.office} : {office: here.office, screen});
    if (screen === here.screen) {
      tab.setAttribute('aria-current', 'page');
    } else {
      tab.removeAttribute('aria-current');
    }
  }
}

/** The words of the page around the screens, in the reader's language. */
function speak() {
  if (language === 'ur') {
    // Asked for now rather than when the first Urdu text is drawn: the Nastaliq font arrives sooner on a slow network.
    document.fonts?.load('1rem "Noto Nastaliq Urdu"', 'اردو');
  }
  document.documentElement.lang = language;
  document.documentElement.dir = direction(language);
  document.querySelector('.skip-link').textContent = t('skip');
  document.querySelector('.app-name').textContent = t('appName');
  document.querySelector('.languages').setAttribute('aria-label', t('language'));
  for (const button of document.querySelectorAll('[data-language]')) {
    button.setAttribute('aria-pressed', String(button.dataset.language === language));
  }
  tabs.setAttribute('aria-label', t('sections'));
  for (const tab of tabs.querySelectorAll('a')) {
    tab.textContent = t(tab.dataset.tab === 'contacts' ? 'contact' : tab.dataset.tab);
  }
  showConnection();
}

async function showConnection() {
  const last = connection.state.syncedAt ?? (await lastSync())?.syncedAt;
  // Read after the wait: what is shown is the state as it is now, not as it was when the change began.
  const {online, syncing} = connection.state;
  bar.classList.toggle('offline', !online);
  const parts = [];
  if (!online) {
    parts.push(Object.assign(document.createElement('strong'), {textContent: t('offline')}), ' ');
  }
  if (last) {
    const [before, after] = t('lastUpdated', '\u0000').split('\u0000');
    const time = Object.assign(document.createElement('time'), {dateTime: new Date(last).toISOString(), textContent: moment(last, language)});
    parts.push(before, time, after);
  } else {
    parts.push(t('notUpdated'));
  }
  const text = parts.map(part => part.textContent ?? part).join('');
  if (state.textContent !== text || state.querySelector('time')?.dateTime !== parts.find(part => part.dateTime)?.dateTime) {
    state.replaceChildren(...parts);
  }
  refreshButton.disabled = syncing;
  refreshButton.textContent = syncing ? t('updating') : t('refresh');
}

/**
 * Shows the screen with its responses revalidated while the delta sync brings the releases up to date; shows it
 * again from what the phone keeps if the sync changed any.
 */
async function refresh() {
  const screen = show({focus: false, revalidate: true});
  try {
    if (await sync(language)) {
      await screen;
      await show({focus: false, revalidate: false});
    }
    navigator.storage?.persist?.();
  } catch (failure) {
    // Offline or the server failing: the status bar says so, and the kept copy stays on the screen.
  }
}

document.addEventListener('click', event => {
  const anchor = event.target.closest('a[href]');
  if (!anchor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
    || event.altKey || anchor.target) {
    return;
  }
  const address = new URL(anchor.href);
  if (address.origin === location.origin && address.pathname === location.pathname) {
    event.preventDefault();
    navigate(address.href);
  }
});
addEventListener('popstate', () => show({focus: true, revalidate: true}));

for (const button of document.querySelectorAll('[data-language]')) {
  button.addEventListener('click', () => {
    language = LANGUAGES.includes(button.dataset.language) ? button.dataset.language : 'en';
    chooseLanguage(language);
    t = texts(language);
    speak();
    refresh();
  });
}
refreshButton.addEventListener('click', refresh);
connection.addEventListener('change', showConnection);
addEventListener('online', refresh);
document.addEventListener('visibilitychange', async () => {
  const last = connection.state.syncedAt ?? (await lastSync())?.syncedAt ?? 0;
  if (document.visibilityState === 'visible' && Date.now() - last > STALE_AFTER_MILLIS) {
    refresh();
  }
});

if (!new URLSearchParams(location.search).has('office') && localStorage.getItem(OFFICE)
  && new URLSearchParams(location.search).get('screen') !== 'offices') {
  history.replaceState(null, '', screens.link({office: localStorage.getItem(OFFICE)}));
}
speak();
refresh();

/**
 * Registers the service worker once the first screen is up, or at the page's load if that comes first: not later,
 * for on a slow network the load waits for the Urdu font, and a reader who loses the network before would find no
 * app to open.
 */
function keepTheApp() {
  if (!registered && 'serviceWorker' in navigator) {
    registered = true;
    navigator.serviceWorker.register('sw.js', {scope: './'});
  }
}

addEventListener('load', keepTheApp);
