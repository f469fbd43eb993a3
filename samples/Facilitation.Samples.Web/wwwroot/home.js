'use strict';
Live.loadLanguage(Live.lang).then(() => Live.languageSwitch(() => {}));
