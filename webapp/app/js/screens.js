/**
 * The app's screens. Each shows what the phone keeps at once, then what the server says (a 304 when nothing
 * changed); offline, the kept copy stays and the status bar says so.
 */
import {addresses, current, kept, lastSync, matches, once, Refused, releaseBySlug, releasesOf, Unreachable} from './data.js';
import {h, richText} from './dom.js';
import {day, direction, LANGUAGES, languageName} from './i18n.js';

const PAGE = 20;
const LATEST_ON_HOME = 5;

/** An address of the app itself. */
export function link(parameters) {
  return `./?${new URLSearchParams(parameters)}`;
}

/** The public site's page for the same thing, in the reader's language: for sharing and for what the app leaves out. */
function site(ui, path) {
  return `${location.origin}${ui.language === 'en' ? '' : `/${ui.language}`}${path}`;
}

/** Marks a text that may be in another language than the interface (content falls back as the API says). */
function inLanguage(language) {
  return {lang: language, dir: direction(language)};
}

/**
 * The API gives no language for an office's texts and its contacts (releases have theirs): their direction follows
 * their own first letters, so that English stays left to right in the Urdu interface.
 */
const UNTAGGED = {dir: 'auto'};

/**
 * Shows the kept copy of a response, if any, then the server's, if it differs. Without either, {@code missing} says
 * why: offline, gone (404) or the server failing. {@code address} gives the response's address in a language: offline,
 * a copy kept in another language is better than none.
 */
async function showResponse(ui, address, render, missing) {
  const url = address(ui.language);
  const old = await kept(url) ?? await keptInAnotherLanguage(ui, address);
  if (old) {
    await render(old);
    if (!ui.revalidate) {
      return;
    }
  }
  try {
    const {body, changed} = await current(url);
    if (changed || !old) {
      await render(body);
    }
  } catch (failure) {
    if (!old) {
      missing(failure);
    }
  }
}

async function keptInAnotherLanguage(ui, address) {
  for (const language of LANGUAGES.filter(other => other !== ui.language)) {
    const body = await kept(address(language));
    if (body) {
      return body;
    }
  }
  return undefined;
}

function failed(ui, title, failure, offlineText) {
  const text = failure instanceof Unreachable ? offlineText
    : failure instanceof Refused && failure.status === 404 ? ui.t('noOffice') : ui.t('serverError');
  ui.show(title, h('h1', {tabindex: -1}, title), h('p', {class: 'message'}, text));
}

export async function offices(route, ui) {
  const title = ui.t('chooseOffice');
  ui.show(title, h('h1', {tabindex: -1}, title), h('p', {class: 'lead'}, ui.t('chooseOfficeLead')));
  await showResponse(ui, () => addresses.offices(), list => ui.show(title,
    h('h1', {tabindex: -1}, title),
    h('p', {class: 'lead'}, ui.t('chooseOfficeLead')),
    h('ul', {class: 'offices'}, list.items.map(office => h('li', {},
      h('a', {href: link({office: office.id})},
        h('strong', UNTAGGED, office.name),
        [office.city, office.countries.length > 1 ? office.countries.map(country => country.name).join(', ') : null]
          .filter(Boolean).join(' · ')))))),
  failure => failed(ui, title, failure, ui.t('officeNotSaved')));
}

export async function home(route, ui) {
  await showResponse(ui, language => addresses.office(route.office, language), async page => {
    const office = page.office;
    const teaser = (page.overview.sections[0]?.body || page.overview.history || '').split('\n\n')[0];
    const latest = await latestReleases(route.office, page.latestReleases);
    ui.show(office.name,
      h('h1', {tabindex: -1, ...UNTAGGED}, office.name),
      (office.city || office.address) && h('p', {class: 'meta', ...UNTAGGED}, [office.city, office.address].filter(Boolean).join(' · ')),
      h('p', {}, h('a', {class: 'more-link', href: link({screen: 'offices'})}, ui.t('changeOffice'))),
      teaser && h('p', {class: 'lead teaser', ...UNTAGGED}, teaser),
      h('p', {}, h('a', {class: 'more-link', href: site(ui, `/about?office=${office.id}`)}, ui.t('moreAbout'))),
      h('h2', {}, ui.t('latest')),
      latest.length ? h('ul', {class: 'releases'}, latest.map(release => releaseItem(ui, release, 'h3'))) : h('p', {}, ui.t('noneYet')),
      h('p', {}, h('a', {class: 'more-link', href: link({office: office.id, screen: 'releases'})}, ui.t('allReleases'))),
      h('h2', {}, ui.t('contact')),
      contactCards(ui, page.contacts, 'h3'));
  }, failure => failed(ui, ui.t('home'), failure, ui.t('officeNotSaved')));
}

/** The latest releases as the phone's synced copy has them (tombstones applied), else as the home response had them. */
async function latestReleases(office, fromResponse) {
  const sync = await lastSync();
  return sync ? (await releasesOf(office)).slice(0, LATEST_ON_HOME) : fromResponse;
}

/** A release in a list, its title a heading of the level that follows the list's own heading. */
function releaseItem(ui, release, heading) {
  return h('li', {class: 'release', 'data-id': release.id, ...inLanguage(release.language)},
    h('a', {href: link({office: release.office, release: release.slug})}, h(heading, {}, release.title)),
    h('p', {class: 'meta', ...inLanguage(ui.language)}, h('time', {datetime: release.published.slice(0, 10)}, day(release.published, ui.language))),
    h('p', {}, release.summary));
}

export async function releases(route, ui) {
  const query = route.q.trim();
  const title = query ? ui.t('results', query) : ui.t('releases');
  const list = h('ul', {class: 'releases', 'aria-busy': 'true'});
  const note = h('p', {class: 'message', hidden: true}, ui.t('searchSaved'));
  const more = h('button', {type: 'button', class: 'load-more', hidden: true}, ui.t('more'));
  const end = h('p', {class: 'end', hidden: true});
  const officePage = await kept(addresses.office(route.office, ui.language));
  ui.show(title, h('h1', {tabindex: -1}, title), officePage && h('p', {class: 'lead', ...UNTAGGED}, officePage.office.name),
    searchForm(route, ui, query), note, list, more, end,
    query ? h('p', {}, h('a', {class: 'more-link', href: link({office: route.office, screen: 'releases'})}, ui.t('showAll'))) : null);

  // The list is the phone's synced copy at first, then the API's pages by cursor when the server answers.
  const shown = new Set();
  let next = null;
  let saved = [];
  let fromServer = false;
  let loading = false;
  let nothingSaved = false;
  const append = items => {
    const fresh = items.filter(release => !shown.has(release.id));
    fresh.forEach(release => shown.add(release.id));
    list.append(...fresh.map(release => releaseItem(ui, release, 'h2')));
  };
  const appendSaved = () => append(saved.filter(release => !shown.has(release.id)).slice(0, PAGE));
  const settle = () => {
    list.setAttribute('aria-busy', 'false');
    const hasMore = fromServer ? next !== null : saved.some(release => !shown.has(release.id));
    more.hidden = !hasMore;
    more.disabled = false;
    more.textContent = ui.t('more');
    end.hidden = hasMore || nothingSaved;
    end.textContent = shown.size ? ui.t('end') : query ? ui.t('none') : ui.t('noneYet');
  };
  const loadMore = async () => {
    if (loading || more.hidden || !ui.current()) {
      return;
    }
    loading = true;
    more.disabled = true;
    more.textContent = ui.t('loading');
    try {
      if (fromServer) {
        const page = await once(addresses.releases(route.office, ui.language, query, next));
        next = page.next;
        append(page.items);
      } else {
        appendSaved();
      }
    } catch (failure) {
      fromServer = false;
      appendSaved();
    } finally {
      loading = false;
      settle();
      // Still near the end (a tall screen, large text): observing anew reports it, and the next page follows.
      nearEnd.unobserve(more);
      nearEnd.observe(more);
    }
  };
  more.addEventListener('click', loadMore);
  // Endless scrolling: the next page is asked for while the reader is still a screen or so above the list's end.
  const nearEnd = new IntersectionObserver(entries => {
    if (!ui.current()) {
      nearEnd.disconnect();
    } else if (entries.some(entry => entry.isIntersecting)) {
      loadMore();
    }
  }, {rootMargin: '0px 0px 600px 0px'});
  nearEnd.observe(more);

  saved = (await releasesOf(route.office)).filter(release => !query || matches(release, query));
  appendSaved();
  settle();
  try {
    const url = addresses.releases(route.office, ui.language, query);
    // Shown again after a sync, the screen keeps to what the phone has: a search stays on the saved releases.
    const page = !ui.revalidate ? (query ? null : await kept(url)) : query ? await once(url) : (await current(url)).body;
    if (page && ui.current()) {
      const sameStart = shown.size >= page.items.length
        && page.items.every((release, index) => list.children[index]?.dataset.id === String(release.id));
      if (!sameStart) {
        shown.clear();
        list.replaceChildren();
      }
      append(page.items);
      next = page.next;
      fromServer = true;
    }
  } catch (failure) {
    note.hidden = !query || !(failure instanceof Unreachable);
    if (failure instanceof Unreachable && !shown.size) {
      nothingSaved = true;
      note.textContent = ui.t('notUpdated');
      note.hidden = false;
    } else if (failure instanceof Refused) {
      note.textContent = failure.message;
      note.hidden = false;
    }
  }
  settle();
}

function searchForm(route, ui, query) {
  const input = h('input', {type: 'search', id: 'q', name: 'q', value: query, enterkeyhint: 'search', autocomplete: 'off'});
  const error = h('p', {class: 'field-error', id: 'q-error', hidden: true});
  return h('form', {role: 'search', class: 'search', onsubmit: event => {
    event.preventDefault();
    const typed = input.value.trim();
    if (typed.length === 1) {
      error.textContent = ui.t('searchTooShort');
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'q-error');
      input.focus();
      return;
    }
    ui.go(link(typed ? {office: route.office, screen: 'releases', q: typed} : {office: route.office, screen: 'releases'}));
  }}, h('label', {for: 'q'}, ui.t('searchLabel')), input, h('button', {type: 'submit'}, ui.t('search')), error);
}

export async function release(route, ui) {
  const render = text => showRelease(route, ui, text);
  if (!route.text) {
    const saved = await releaseBySlug(route.slug);
    if (saved) {
      return render(saved);
    }
  }
  await showResponse(ui, language => addresses.release(route.slug, route.text || language), render, failure => {
    const gone = failure instanceof Refused && failure.status === 404;
    const title = ui.t('releases');
    ui.show(title, h('h1', {tabindex: -1}, title),
      h('p', {class: 'message'}, failure instanceof Unreachable ? ui.t('notSaved') : gone ? ui.t('gone') : ui.t('serverError')));
  });
}

function showRelease(route, ui, release) {
  const publicPage = site(ui, `/releases/${release.slug}`);
  const canShare = typeof navigator.share === 'function';
  ui.show(release.title,
    h('article', inLanguage(release.language),
      h('h1', {tabindex: -1}, release.title),
      h('p', {class: 'meta', ...inLanguage(ui.language)}, `${ui.t('published')}: `,
        h('time', {datetime: release.published.slice(0, 10)}, day(release.published, ui.language))),
      release.image && h('figure', {class: 'release-image'},
        h('img', {src: release.image.href, alt: release.image.alt, width: release.image.width, height: release.image.height}),
        release.imageCredit && h('figcaption', {...inLanguage(ui.language)}, `${ui.t('credit')}: `, h('span', {}, release.imageCredit))),
      !release.image && release.imageCredit && h('p', {class: 'credit', ...inLanguage(ui.language)}, `${ui.t('credit')}: ${release.imageCredit}`),
      h('p', {class: 'lead'}, release.summary),
      release.body ? h('div', {class: 'body'}, richText(release.body)) : h('p', {...inLanguage(ui.language)}, ui.t('noBody'))),
    h('div', {class: 'article-actions'},
      canShare && h('button', {type: 'button', class: 'share', onclick: () => navigator.share({
        title: release.title, text: release.summary, url: publicPage}).catch(() => {})}, ui.t('share')),
      h('a', {class: 'more-link', href: publicPage}, ui.t('onWeb'))),
    release.translations?.length ? h('div', {class: 'translations'},
      h('p', {}, `${ui.t('readIn')}:`),
      h('ul', {class: 'inline-list'}, release.translations.map(other => h('li', {},
        h('a', {href: link({office: route.office, release: release.slug, text: other.language}), ...inLanguage(other.language)},
          languageName(other.language)))))) : null);
}

export async function contacts(route, ui) {
  const title = ui.t('contact');
  await showResponse(ui, language => addresses.office(route.office, language), page => {
    ui.show(title, h('h1', {tabindex: -1}, title),
      h('p', {class: 'lead', ...UNTAGGED}, page.office.name),
      page.office.address && h('p', {}, h('strong', {}, `${ui.t('address')}: `), h('span', UNTAGGED, page.office.address)),
      contactCards(ui, page.contacts, 'h2'));
  }, failure => failed(ui, title, failure, ui.t('officeNotSaved')));
}

function contactCards(ui, people, heading) {
  if (!people.length) {
    return h('p', {}, ui.t('noContacts'));
  }
  return h('ul', {class: 'contacts'}, people.map(person => h('li', {class: 'card'},
    h(heading, UNTAGGED, [person.honorific, person.name].filter(Boolean).join(' ')),
    h('p', UNTAGGED, person.role),
    h('dl', {},
      person.phones.map(phone => [h('dt', {}, ui.t('phone')), h('dd', {},
        h('a', {href: phone.tel}, h('bdi', {dir: 'ltr'}, phone.number),
          phone.extension ? ` ${ui.t('extension')} ${phone.extension}` : ''))]),
      person.email && [h('dt', {}, ui.t('email')), h('dd', {}, h('a', {href: `mailto:${person.email}`, dir: 'ltr'}, person.email))],
      person.websites.map(website => [h('dt', {}, ui.t('web')), h('dd', {},
        h('a', {href: /^https?:/.test(website) ? website : `https://${website}`, dir: 'ltr'}, website))])))));
}
