// survey-core ships its dictionaries without types; imported only for the locale they register.
declare module 'survey-core/i18n/*';
