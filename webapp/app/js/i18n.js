/**
 * The interface in English, Urdu and Russian. The words are those of the public site where it has them
 * (site/messages*.properties), so that the app and the site speak alike.
 */

const TEXTS = {
  en: {
    appName: 'ILO Country Office Portal',
    skip: 'Skip to content',
    language: 'Language',
    sections: 'Sections',
    chooseOffice: 'Choose an office',
    chooseOfficeLead: 'Choose the office whose news you want to follow.',
    changeOffice: 'Change office',
    home: 'Home',
    releases: 'Press releases',
    contact: 'Contact',
    latest: 'Latest press releases',
    allReleases: 'All press releases',
    moreAbout: 'More about the office (web site)',
    search: 'Search',
    searchLabel: 'Search press releases',
    searchTooShort: 'Type at least 2 characters to search.',
    searchSaved: 'Searching the releases saved on this phone.',
    results: 'Results for “{0}”',
    showAll: 'Show all releases',
    none: 'No press release matches.',
    noneYet: 'No press releases yet.',
    more: 'More releases',
    loading: 'Loading…',
    end: 'No older releases.',
    published: 'Published',
    credit: 'Image credit',
    share: 'Share',
    readIn: 'Read in',
    onWeb: 'Open on the web site',
    noBody: 'The full text of this release is not available online.',
    notSaved: 'This release is not saved on this phone yet. Connect to the internet to read it.',
    gone: 'This release is no longer published.',
    officeNotSaved: 'This office’s page is not saved on this phone yet. Connect to the internet to open it.',
    noOffice: 'There is no such office.',
    phone: 'Phone',
    extension: 'ext.',
    email: 'E-mail',
    web: 'Web',
    address: 'Address',
    noContacts: 'No contact person is listed for this office yet.',
    offline: 'You are offline.',
    lastUpdated: 'Last updated {0}.',
    notUpdated: 'Nothing is saved on this phone yet.',
    updating: 'Updating…',
    refresh: 'Refresh',
    serverError: 'The server could not answer. Please try again in a moment.',
  },
  ur: {
    appName: 'آئی ایل او کنٹری آفس پورٹل',
    skip: 'مواد پر جائیں',
    language: 'زبان',
    sections: 'حصے',
    chooseOffice: 'دفتر منتخب کریں',
    chooseOfficeLead: 'جس دفتر کی خبریں آپ دیکھنا چاہتے ہیں، اسے منتخب کریں۔',
    changeOffice: 'دفتر تبدیل کریں',
    home: 'سرورق',
    releases: 'پریس ریلیزیں',
    contact: 'رابطہ',
    latest: 'تازہ ترین پریس ریلیزیں',
    allReleases: 'تمام پریس ریلیزیں',
    moreAbout: 'دفتر کے بارے میں مزید (ویب سائٹ)',
    search: 'تلاش',
    searchLabel: 'پریس ریلیزوں میں تلاش',
    searchTooShort: 'تلاش کے لیے کم از کم 2 حروف لکھیں۔',
    searchSaved: 'اس فون پر محفوظ ریلیزوں میں تلاش۔',
    results: '“{0}” کے نتائج',
    showAll: 'تمام ریلیزیں دکھائیں',
    none: 'کوئی پریس ریلیز نہیں ملی۔',
    noneYet: 'ابھی کوئی پریس ریلیز نہیں۔',
    more: 'مزید ریلیزیں',
    loading: 'لوڈ ہو رہا ہے…',
    end: 'اس سے پرانی کوئی ریلیز نہیں۔',
    published: 'اشاعت',
    credit: 'تصویر',
    share: 'شیئر کریں',
    readIn: 'پڑھیں',
    onWeb: 'ویب سائٹ پر کھولیں',
    noBody: 'اس ریلیز کا مکمل متن آن لائن دستیاب نہیں۔',
    notSaved: 'یہ ریلیز ابھی اس فون پر محفوظ نہیں۔ اسے پڑھنے کے لیے انٹرنیٹ سے جڑیں۔',
    gone: 'یہ ریلیز اب شائع شدہ نہیں۔',
    officeNotSaved: 'اس دفتر کا صفحہ ابھی اس فون پر محفوظ نہیں۔ اسے کھولنے کے لیے انٹرنیٹ سے جڑیں۔',
    noOffice: 'ایسا کوئی دفتر نہیں۔',
    phone: 'فون',
    extension: 'ایکسٹینشن',
    email: 'ای میل',
    web: 'ویب',
    address: 'پتہ',
    noContacts: 'اس دفتر کے لیے ابھی کوئی رابطہ کار درج نہیں۔',
    offline: 'آپ آف لائن ہیں۔',
    lastUpdated: 'آخری بار اپ ڈیٹ: {0}۔',
    notUpdated: 'ابھی اس فون پر کچھ محفوظ نہیں۔',
    updating: 'اپ ڈیٹ ہو رہا ہے…',
    refresh: 'تازہ کریں',
    serverError: 'سرور سے جواب نہیں ملا۔ براہ کرم کچھ دیر بعد دوبارہ کوشش کریں۔',
  },
  ru: {
    appName: 'Портал страновых бюро МОТ',
    skip: 'Перейти к содержанию',
    language: 'Язык',
    sections: 'Разделы',
    chooseOffice: 'Выберите бюро',
    chooseOfficeLead: 'Выберите бюро, новости которого хотите читать.',
    changeOffice: 'Сменить бюро',
    home: 'Главная',
    releases: 'Пресс-релизы',
    contact: 'Контакты',
    latest: 'Последние пресс-релизы',
    allReleases: 'Все пресс-релизы',
    moreAbout: 'Подробнее о бюро (на сайте)',
    search: 'Найти',
    searchLabel: 'Поиск по пресс-релизам',
    searchTooShort: 'Для поиска введите не менее 2 символов.',
    searchSaved: 'Поиск по релизам, сохранённым на телефоне.',
    results: 'Найдено по запросу «{0}»',
    showAll: 'Показать все релизы',
    none: 'Пресс-релизов не найдено.',
    noneYet: 'Пресс-релизов пока нет.',
    more: 'Ещё релизы',
    loading: 'Загрузка…',
    end: 'Более ранних релизов нет.',
    published: 'Опубликовано',
    credit: 'Фото',
    share: 'Поделиться',
    readIn: 'Читать на языке',
    onWeb: 'Открыть на сайте',
    noBody: 'Полный текст этого релиза в сети недоступен.',
    notSaved: 'Этот релиз ещё не сохранён на телефоне. Подключитесь к интернету, чтобы его прочитать.',
    gone: 'Этот релиз больше не опубликован.',
    officeNotSaved: 'Страница этого бюро ещё не сохранена на телефоне. Подключитесь к интернету, чтобы её открыть.',
    noOffice: 'Такого бюро нет.',
    phone: 'Телефон',
    extension: 'доб.',
    email: 'Эл. почта',
    web: 'Сайт',
    address: 'Адрес',
    noContacts: 'Для этого бюро контактное лицо пока не указано.',
    offline: 'Нет подключения к сети.',
    lastUpdated: 'Обновлено: {0}.',
    notUpdated: 'На телефоне пока ничего не сохранено.',
    updating: 'Обновление…',
    refresh: 'Обновить',
    serverError: 'Сервер не ответил. Пожалуйста, попробуйте ещё раз чуть позже.',
  },
};

export const LANGUAGES = Object.keys(TEXTS);
const CHOSEN = 'reader.language';
const RIGHT_TO_LEFT = new Set(['ur', 'ar', 'fa', 'he']);

/** The reader's own choice if they made one, else the first of the phone's languages the app speaks, else English. */
export function preferredLanguage() {
  const chosen = localStorage.getItem(CHOSEN);
  if (LANGUAGES.includes(chosen)) {
    return chosen;
  }
  const phone = (navigator.languages || [navigator.language]).map(tag => String(tag).split('-')[0].toLowerCase());
  return phone.find(tag => LANGUAGES.includes(tag)) || 'en';
}

export function chooseLanguage(language) {
  localStorage.setItem(CHOSEN, language);
}

export function direction(language) {
  return RIGHT_TO_LEFT.has(String(language).split('-')[0]) ? 'rtl' : 'ltr';
}

/** The interface's words in one language: t('results', query). */
export function texts(language) {
  const words = TEXTS[language];
  return (key, ...values) => words[key].replace(/\{(\d)}/g, (_, index) => values[index]);
}

/** A publication day as its office's calendar reads it: the date written in the API's timestamp. */
export function day(timestamp, language) {
  const date = new Date(`${timestamp.slice(0, 10)}T00:00:00Z`);
  return new Intl.DateTimeFormat(language, {dateStyle: 'long', timeZone: 'UTC'}).format(date);
}

export function moment(millis, language) {
  return new Intl.DateTimeFormat(language, {dateStyle: 'medium', timeStyle: 'short'}).format(new Date(millis));
}

/** A language's own name for itself (اردو, русский), for links to a text in it. */
export function languageName(tag) {
  try {
    return new Intl.DisplayNames([tag], {type: 'language'}).of(tag);
  } catch {
    return tag;
  }
}
